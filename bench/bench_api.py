"""Benchmark: the REST API under concurrent load, on a large generated cooperation.

    .venv/bin/python bench/bench_api.py [--clients 20] [--seconden 10] [--port 8790]
    DATABASE_URL=postgres://…/leeg bench/bench_api.py   # the same on an empty PostgreSQL database

It builds a throwaway SQLite database (a temporary SAMEN_VAR_DIR) with the large cooperation of
the report benchmark (25 municipalities, 20 domains, five years, 10,000 progress updates, 2,000
decisions: :func:`samen.rapportage.bench_data.maak_grote_samenwerking`), creates an API token for
a redacteur of its first municipality, starts ``samen serve`` (Gunicorn: by default one process
per core, 2 threads each) in a separate process and drives it from this process with N client
threads (http.client, keep-alive), each for a fixed time, against three endpoints:

- list:   GET /api/v1/voortgangsberichten?samenwerkingsverband=…&paginaGrootte=20
- detail: GET /api/v1/voortgangsberichten/{id}
- write:  POST /api/v1/voortgangsberichten (a new progress update)

and prints requests per second and p50/p95/p99 latency for each, and the CPU share the client
itself used. The load comes from wrk (Debian's package, written in C) when it is installed: it
leaves the two cores to the server. Without it, or with ``--client python``, Python threads drive
the load; they cost the server about a tenth of a core and add their own waits for the GIL to the
latencies, and they also print the lowest and highest median of a single client (a wide spread
means the connections were split unevenly over the server processes). Goal: p95 < 100 ms for reads at 20 clients. Load goes to 127.0.0.1 only, bounded in
time. For comparison: Open Zaak publishes a median of 240-310 ms at 16 users on ten 1-CPU
replicas (its own benchmark; it cannot run here), printed beside Samen's median.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _setup(var_dir: str) -> tuple[str, int, list[int], int]:
    os.environ["SAMEN_VAR_DIR"] = var_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samen.settings")
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from samen.accounts.services import rol_assign
    from samen.api.services import api_token_create
    from samen.organisaties.models import Organisatie, Samenwerkingsverband
    from samen.rapportage.bench_data import maak_grote_samenwerking
    from samen.terreinen.models import Samenwerkingsterrein, Voortgangsbericht

    call_command("migrate", verbosity=0)
    groot = maak_grote_samenwerking()
    from django.db import connection

    if connection.vendor == "postgresql":  # as autovacuum has done in a running installation:
        with connection.cursor() as cursor:  # statistics, and the visibility map that lets a
            cursor.execute("VACUUM ANALYZE")  # count read the index alone
    organisatie = Organisatie.objects.get(slug=groot.hoofdgemeente)
    user = get_user_model().objects.create_user("bench-redacteur", password="bench-wachtwoord-1")
    rol_assign(gebruiker=user, organisatie=organisatie, soort="redacteur")
    _, sleutel = api_token_create(gebruiker=user, organisatie=organisatie, naam="bench")
    verband = Samenwerkingsverband.objects.get(slug=groot.verband)
    ids = list(
        Voortgangsbericht.objects.filter(terrein__samenwerkingsverband=verband).values_list(
            "pk", flat=True
        )[:2000]
    )
    terrein = Samenwerkingsterrein.objects.filter(samenwerkingsverband=verband).first()
    assert terrein is not None
    print(f"Database: {groot.aantallen}; {len(ids)} berichten om op te vragen.", file=sys.stderr)
    return sleutel, verband.pk, ids, terrein.pk


def _database() -> str:
    from django.db import connection

    return "PostgreSQL" if connection.vendor == "postgresql" else "SQLite"


def _wait(port: int, timeout: float = 60) -> None:
    eind = time.monotonic() + timeout
    while time.monotonic() < eind:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/api/v1/openapi.json")
            c.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("De server startte niet.")


def _load(
    port: int, clients: int, seconden: float, maak_verzoek
) -> tuple[list[float], int, list[float]]:  # type: ignore[no-untyped-def]
    tijden: list[float] = []
    per_client: list[float] = []  # each client's median: shows how evenly the server serves them
    fouten = [0]
    slot = threading.Lock()
    eind = time.monotonic() + seconden

    def werker(n: int) -> None:
        rng = random.Random(n)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        eigen: list[float] = []
        while time.monotonic() < eind:
            methode, pad, body, headers = maak_verzoek(rng)
            begin = time.perf_counter()
            try:
                conn.request(methode, pad, body=body, headers=headers)
                r = conn.getresponse()
                r.read()
                ok = r.status < 400
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                ok = False
            eigen.append(time.perf_counter() - begin)
            if not ok:
                with slot:
                    fouten[0] += 1
        with slot:
            tijden.extend(eigen)
            if eigen:
                per_client.append(statistics.median(eigen))

    threads = [threading.Thread(target=werker, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return tijden, fouten[0], per_client


_WRK_LUA = """
local teller = 0
function setup(thread) teller = teller + 1; thread:set("nummer", teller) end
function init(args) math.randomseed(nummer * 7919) end
local headers = %(headers)s
local ids = {%(ids)s}
request = function()
%(verzoek)s
end
done = function(summary, latency, requests)
  local fouten = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  io.write(string.format("SAMEN %%d %%d %%d %%.3f %%.3f %%.3f\\n", summary.requests, fouten,
    summary.duration, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
"""

_WRK_VERZOEKEN = {
    "lijst": 'return wrk.format("GET", "/api/v1/voortgangsberichten?samenwerkingsverband='
    '%(verband)d&paginaGrootte=20&pagina=" .. math.random(1, 49), headers)',
    "detail": 'return wrk.format("GET", "/api/v1/voortgangsberichten/" .. ids[math.random(#ids)],'
    " headers)",
    "schrijven": 'return wrk.format("POST", "/api/v1/voortgangsberichten", headers, string.format('
    '\'{"terrein": %(terrein)d, "datum": "2019-06-01", "titel": "Bench", "tekst": "Bericht %%d '
    "(fictief, benchmark).\"}', math.random(1, 1000000000)))",
}


def _wrk(
    port: int, clients: int, seconden: float, naam: str, sleutel: str, verband: int,
    ids: list[int], terrein: int,
) -> tuple[int, int, float, tuple[float, float, float], float]:  # fmt: skip
    """Drive one endpoint with wrk; returns requests, errors, seconds, (p50, p95, p99) in ms
    and wrk's CPU share."""
    headers = {"Authorization": f"Bearer {sleutel}", "Accept": "application/json"}
    if naam == "schrijven":
        headers["Content-Type"] = "application/json"
    lua = _WRK_LUA % {
        "headers": "{" + ", ".join(f'["{k}"] = "{v}"' for k, v in headers.items()) + "}",
        "ids": ", ".join(map(str, ids)),
        "verzoek": _WRK_VERZOEKEN[naam] % {"verband": verband, "terrein": terrein},
    }
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(lua)
    try:
        voor = resource.getrusage(resource.RUSAGE_CHILDREN)
        opdracht = ["wrk", "-t", "2", "-c", str(clients), "-d", f"{seconden:.0f}s",
                    "--timeout", "30s", "-s", script.name, f"http://127.0.0.1:{port}"]  # fmt: skip
        uit = subprocess.run(
            opdracht, capture_output=True, text=True, check=True, timeout=seconden + 60
        ).stdout
        na = resource.getrusage(resource.RUSAGE_CHILDREN)
    finally:
        os.unlink(script.name)
    regel = next(r for r in uit.splitlines() if r.startswith("SAMEN "))
    verzoeken, fouten, duur_us, p50, p95, p99 = regel.split()[1:]
    duur = int(duur_us) / 1e6
    cpu = (na.ru_utime + na.ru_stime - voor.ru_utime - voor.ru_stime) / duur
    return int(verzoeken), int(fouten), duur, (float(p50), float(p95), float(p99)), cpu


def _pct(waarden: list[float], p: float) -> float:
    if len(waarden) < 2:
        return waarden[0] if waarden else float("nan")
    return statistics.quantiles(waarden, n=100, method="inclusive")[int(p) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconden", type=float, default=10.0)
    parser.add_argument("--port", type=int, default=8790)
    parser.add_argument("--processen", type=int, default=0, help="serverprocessen (0: standaard)")
    parser.add_argument("--threads", type=int, default=0, help="threads per proces (0: standaard)")
    parser.add_argument(
        "--client", choices=("auto", "wrk", "python"), default="auto",
        help="wie de last maakt (auto: wrk als dat er is)",
    )  # fmt: skip
    args = parser.parse_args()
    client = args.client
    if client == "auto":
        client = "wrk" if shutil.which("wrk") else "python"
    if client == "wrk" and not shutil.which("wrk"):
        raise SystemExit("wrk ontbreekt: installeer het met 'apt-get install wrk'.")

    var_dir = tempfile.mkdtemp(prefix="samen-bench-api-")
    sleutel, verband, ids, terrein = _setup(var_dir)
    env = {**os.environ, "SAMEN_VAR_DIR": var_dir}
    opdracht = [str(Path(sys.executable).parent / "samen"), "serve", "--port", str(args.port),
                "--zonder-worker"]  # fmt: skip
    if args.processen:
        opdracht += ["--processen", str(args.processen)]
    if args.threads:
        opdracht += ["--threads", str(args.threads)]
    server = subprocess.Popen(
        opdracht, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _wait(args.port)
        auth = {"Authorization": f"Bearer {sleutel}", "Accept": "application/json"}
        schrijf = {**auth, "Content-Type": "application/json"}
        gevallen = {
            "lijst": lambda rng: (
                "GET",
                f"/api/v1/voortgangsberichten?samenwerkingsverband={verband}&paginaGrootte=20"
                f"&pagina={rng.randrange(1, 50)}",
                None,
                auth,
            ),
            "detail": lambda rng: (
                "GET",
                f"/api/v1/voortgangsberichten/{rng.choice(ids)}",
                None,
                auth,
            ),
            "schrijven": lambda rng: (
                "POST",
                "/api/v1/voortgangsberichten",
                json.dumps(
                    {
                        "terrein": terrein,
                        "datum": "2019-06-01",
                        "titel": "Bench",
                        "tekst": f"Bericht {rng.random()} (fictief, benchmark).",
                    }
                ),
                schrijf,
            ),
        }
        from samen.core.management.commands.serve import standaard_processen

        print(f"{args.clients} clients ({client}), {args.seconden:.0f} s per eindpunt, 'samen serve' "
              f"met {args.processen or standaard_processen()} processen x {args.threads or 2} "
              f"threads ({_database()}), {os.cpu_count()} cores\n")  # fmt: skip
        print(f"{'eindpunt':<10} {'verzoeken':>9} {'fouten':>6} {'req/s':>8} "
              f"{'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'client-cpu':>10} "
              f"{'p50 per client ms':>18}")  # fmt: skip
        medianen = {}
        for naam, maak in gevallen.items():
            if client == "wrk":
                _wrk(args.port, min(args.clients, 4), 1.0, naam, sleutel, verband, ids, terrein)
                n, fouten, duur, (p50, p95, p99), cpu = _wrk(
                    args.port, args.clients, args.seconden, naam, sleutel, verband, ids, terrein
                )
                spreiding = "-"
            else:
                _load(args.port, min(args.clients, 4), 1.0, maak)  # warm up
                cpu, begin = time.process_time(), time.perf_counter()
                tijden, fouten, per_client = _load(args.port, args.clients, args.seconden, maak)
                duur = time.perf_counter() - begin
                cpu = (time.process_time() - cpu) / duur
                ms = [t * 1000 for t in tijden]
                n, duur = len(ms), args.seconden
                p50, p95, p99 = _pct(ms, 50), _pct(ms, 95), _pct(ms, 99)
                spreiding = f"{min(per_client) * 1000:.0f}-{max(per_client) * 1000:.0f}"
            medianen[naam] = p50
            print(
                f"{naam:<10} {n:>9} {fouten:>6} {n / duur:>8.1f} {p50:>8.1f} {p95:>8.1f} "
                f"{p99:>8.1f} {cpu:>9.0%} {spreiding:>18}"
            )
        print(
            f"\nOpen Zaak (gepubliceerd, 16 gebruikers, tien replica's): mediaan 240-310 ms. "
            f"Verhouding Open Zaak / Samen: lijst {240 / medianen['lijst']:.1f}-"
            f"{310 / medianen['lijst']:.1f}, detail {240 / medianen['detail']:.1f}-"
            f"{310 / medianen['detail']:.1f} (boven 1: Samen sneller)."
        )
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
