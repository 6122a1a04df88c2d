"""Benchmark: the cost of the processing log per write, and export/import of the demo.

    .venv/bin/python bench/bench_logboek.py [--n 2000]

In a throwaway SQLite database (temporary SAMEN_VAR_DIR): migrate, load the DSZ demo, then

- N updates of an organisation through ``save()`` with the log's signals connected, and N with
  them disconnected: microseconds per write and the overhead of the log;
- ``samen export`` of the demo and ``samen import`` into a second, fresh database: seconds,
  records and archive size.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-logboek-"))
    (tmp / "a").mkdir()
    (tmp / "b").mkdir()
    os.environ["SAMEN_VAR_DIR"] = str(tmp / "a")
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "samen.settings"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

    from samen.logboek import signals
    from samen.logboek.models import Regel
    from samen.organisaties.models import Organisatie

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0)
    org = Organisatie.objects.order_by("pk").first()
    assert org is not None

    def schrijf(n: int) -> float:
        start = time.perf_counter()
        for i in range(n):
            org.adres = f"Straat {i}"
            org.save()
        return (time.perf_counter() - start) / n * 1e6

    voor = Regel.objects.count()
    met = schrijf(args.n)
    gelogd = Regel.objects.count() - voor
    for signaal, uid in ((pre_save, "logboek_pre_save"), (post_save, "logboek_post_save"),
                         (post_delete, "logboek_post_delete"), (m2m_changed, "logboek_m2m")):  # fmt: skip
        signaal.disconnect(dispatch_uid=uid)
    zonder = schrijf(args.n)
    signals.verbind()
    print(f"writes: {args.n}, lines logged: {gelogd}")
    print(f"save() with log: {met:.0f} us, without: {zonder:.0f} us, overhead {met - zonder:.0f} us "
          f"({(met / zonder - 1) * 100:.0f}%)")  # fmt: skip

    archief = tmp / "demo.zip"
    start = time.perf_counter()
    call_command("export", str(archief), verbosity=0)
    export_s = time.perf_counter() - start
    env = {**os.environ, "SAMEN_VAR_DIR": str(tmp / "b")}
    samen = str(Path(sys.executable).with_name("samen"))
    subprocess.run([samen, "migrate", "-v0"], env=env, check=True)
    start = time.perf_counter()
    subprocess.run([samen, "import", str(archief), "-v0"], env=env, check=True)
    import_s = time.perf_counter() - start
    print(f"export: {export_s:.2f} s, {archief.stat().st_size / 1024:.0f} KiB; "
          f"import (incl. process start): {import_s:.2f} s; records: {Regel.objects.count()} log lines")  # fmt: skip


if __name__ == "__main__":
    main()
