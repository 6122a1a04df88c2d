"""``samen validate --definitie FILE.json --tabel NAME DATA [--format table|json]``.

Exit code 0 when the data conforms, 1 when it does not, 2 on bad input (a one-line Dutch error).
A progress bar goes to stderr for files over 10 MB.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from samen.core.cli import optie_fout
from samen.gegevensbeheer.engine import DefinitieFout, LeesFout, Resultaat, uit_json, valideer

VOORTGANG_VANAF = 10 * 1024 * 1024


def definitie_lezen(pad: Path) -> Any:
    try:
        data = json.loads(pad.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise optie_fout(f"Definitiebestand '{pad}' bestaat niet.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise optie_fout(f"Definitiebestand '{pad}' is geen geldige JSON: {exc}") from exc
    try:
        return uit_json(data, naam=pad.stem)
    except DefinitieFout as exc:
        raise optie_fout(str(exc)) from exc


def als_tabel(r: Resultaat) -> str:
    regels = [
        f"Bestand: {r.bestand} ({r.formaat}"
        + (f", {r.codering}" if r.codering else "")
        + (f", scheidingsteken {r.scheidingsteken!r}" if r.scheidingsteken else "")
        + ")",
        f"Tabel: {r.tabel}; rijen: {r.rijen}; conformiteit: {r.conformiteit:.2f}%; duur: {r.duur_s:.2f} s",
        "",
        f"{'beperking':<12} {'veld(en)':<34} {'aantal':>9}  eerste rijen",
    ]
    for b in r.bevindingen:
        rijen = ", ".join(str(v.rij) for v in b.voorbeelden)
        regels.append(f"{b.beperking:<12} {','.join(b.velden):<34} {b.aantal:>9}  {rijen}")
    for m in r.meldingen:
        regels.append(f"Let op: {m}")
    regels.append("")
    regels.append("Conform." if r.conform else f"Niet conform: {r.schendingen} schendingen.")
    return "\n".join(regels)


class Command(BaseCommand):
    help = "Controleer een gegevensbestand tegen een tabel van een definitieset (Data Package/Table Schema)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("data", help="CSV-, Excel- (.xlsx) of Parquet-bestand")
        parser.add_argument(
            "--definitie", required=True, help="Data Package of Table Schema (JSON)"
        )
        parser.add_argument("--tabel", help="naam van de tabel (resource) in de definitie")
        parser.add_argument("--format", choices=("table", "json"), default="table")
        parser.add_argument(
            "--geheugen", default="1GB", help="geheugenlimiet van DuckDB (standaard 1GB)"
        )

    def handle(self, *args: Any, **opts: Any) -> None:
        definitie = definitie_lezen(Path(opts["definitie"]))
        tabel = opts["tabel"]
        if tabel is None:
            if len(definitie.tabellen) != 1:
                raise optie_fout("Geef --tabel: de definitie heeft meer dan één tabel.")
            tabel = definitie.tabellen[0].naam
        try:
            definitie.tabel(tabel)
        except DefinitieFout as exc:
            raise optie_fout(str(exc)) from exc
        data = Path(opts["data"])
        if not data.is_file():
            raise optie_fout(f"Gegevensbestand '{data}' bestaat niet.")
        balk = None
        voortgang = None
        if data.stat().st_size >= VOORTGANG_VANAF:
            from tqdm import tqdm

            balk = tqdm(total=100, file=sys.stderr, unit="%", desc="controleren", leave=False)

            def voortgang(deel: float, stap: str) -> None:
                assert balk is not None
                balk.set_description(stap)
                balk.n = round(deel * 100, 1)
                balk.refresh()

        try:
            resultaat = valideer(
                data, definitie, tabel, voortgang=voortgang, geheugen=opts["geheugen"]
            )
        except LeesFout as exc:
            raise optie_fout(f"{data.name}: {exc}") from exc
        finally:
            if balk is not None:
                balk.close()
        if opts["format"] == "json":
            self.stdout.write(
                json.dumps(resultaat.naar_dict(), ensure_ascii=False, indent=2, default=str)
            )
        else:
            self.stdout.write(als_tabel(resultaat))
        if not resultaat.conform:
            sys.exit(1)
