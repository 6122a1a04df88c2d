"""Benchmark of the gegevensbeheer validation engine against frictionless-py.

Generates a 10-million-row address CSV (with DuckDB, in a temporary directory) in the shape of
the demo table ``adressen`` with a few defects, validates it with Samen's engine in a child
process (to measure that process's peak memory), validates a 1-million-row sample with
frictionless-py, and prints rows per second for both, their ratio and Samen's peak memory.

    .venv/bin/python bench/bench_validate.py [--rijen 10000000] [--steekproef 1000000]

Goal (issue 6): 10 M rows in under 20 s and under 2 GiB on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFINITIE = (
    Path(__file__).resolve().parents[1] / "src/samen/gegevensbeheer/data/belastingen_geo.json"
)


def genereer(pad: Path, rijen: int) -> None:
    import duckdb

    con = duckdb.connect()
    con.execute(
        f"""COPY (
        SELECT '0148' || '20' || lpad(CAST(i AS VARCHAR), 10, '0') AS nummeraanduiding_id,
          'Straat ' || CAST(i % 1000 AS VARCHAR) AS openbareruimte,
          CASE WHEN i % 250000 = 3 THEN '0' ELSE CAST(1 + (i % 500) AS VARCHAR) END AS huisnummer,
          CASE WHEN i % 10 = 0 THEN chr(65 + (i % 7)::INT) END AS huisletter,
          CASE WHEN i % 17 = 0 THEN 'bis' END AS huisnummertoevoeging,
          CASE WHEN i % 100000 = 7 THEN '123AB'
               ELSE CAST(1000 + (i * 7919) % 9000 AS VARCHAR) || ' ' || chr(65 + (i % 26)::INT)
                    || chr(65 + ((i // 26) % 26)::INT) END AS postcode,
          CASE i % 3 WHEN 0 THEN 'Dalfsen' WHEN 1 THEN 'Lemelerveld' ELSE 'Nieuwleusen' END AS woonplaats
        FROM range({rijen}) t(i)) TO '{pad}' (HEADER, DELIMITER ',')"""
    )
    con.close()


KIND = """
import json, sys, time
from pathlib import Path
from samen.gegevensbeheer.engine import uit_json, valideer
d = uit_json(json.loads(Path(sys.argv[1]).read_text()))
begin = time.perf_counter()
r = valideer(sys.argv[2], d, "adressen", geheugen=sys.argv[3])
print(json.dumps({"seconden": time.perf_counter() - begin, "rijen": r.rijen,
                  "tellingen": {b.sleutel: b.aantal for b in r.bevindingen if b.aantal}}))
"""


def samen(pad: Path, geheugen: str) -> tuple[dict[str, object], float]:
    uit = subprocess.run(
        [sys.executable, "-c", KIND, str(DEFINITIE), str(pad), geheugen],
        check=True,
        capture_output=True,
        text=True,
    )
    piek_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return json.loads(uit.stdout), piek_mib


def frictionless_tellingen(pad: Path) -> tuple[float, int, dict[str, int]]:
    from frictionless import Resource, Schema, validate

    pakket = json.loads(DEFINITIE.read_text())
    schema = next(r["schema"] for r in pakket["resources"] if r["name"] == "adressen")
    begin = time.perf_counter()
    rapport = validate(
        Resource(path=pad.name, basepath=str(pad.parent), schema=Schema.from_descriptor(schema)),
        limit_errors=10**9,
    )
    duur = time.perf_counter() - begin
    tellingen: dict[str, int] = {}
    for taak in rapport.tasks:
        for fout in taak.errors:
            sleutel = f"{fout.type}:{getattr(fout, 'field_name', '')}"
            tellingen[sleutel] = tellingen.get(sleutel, 0) + 1
    return duur, taak.stats.get("rows") or 0, tellingen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rijen", type=int, default=10_000_000)
    parser.add_argument("--steekproef", type=int, default=1_000_000)
    parser.add_argument("--geheugen", default="1GB", help="DuckDB memory limit")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()}")
    with tempfile.TemporaryDirectory(prefix="bench-validate-") as tmp:
        groot, klein = Path(tmp) / "adressen.csv", Path(tmp) / "steekproef.csv"
        begin = time.perf_counter()
        genereer(groot, args.rijen)
        genereer(klein, args.steekproef)
        grootte = groot.stat().st_size / 2**20
        print(
            f"generated {args.rijen:,} rows ({grootte:.0f} MiB) in {time.perf_counter() - begin:.1f} s"
        )
        uitkomst, piek = samen(groot, args.geheugen)
        s_sec = float(uitkomst["seconden"])  # type: ignore[arg-type]
        s_rps = args.rijen / s_sec
        print(
            f"Samen:         {args.rijen:>10,} rows in {s_sec:7.2f} s = {s_rps:>12,.0f} rows/s; "
            f"peak RSS {piek:,.0f} MiB; findings {uitkomst['tellingen']}"
        )
        f_sec, _rijen, f_tel = frictionless_tellingen(klein)
        f_rps = args.steekproef / f_sec
        print(
            f"frictionless:  {args.steekproef:>10,} rows in {f_sec:7.2f} s = {f_rps:>12,.0f} rows/s; findings {f_tel}"
        )
        print(f"ratio Samen/frictionless: {s_rps / f_rps:.1f}x")
        doel = s_sec < 20 and piek < 2048
        print(
            f"goal (10 M rows < 20 s, < 2 GiB): {'met' if doel else 'NOT met'}; load now {os.getloadavg()}"
        )


if __name__ == "__main__":
    main()
