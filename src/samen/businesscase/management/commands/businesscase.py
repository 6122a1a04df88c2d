"""``samen businesscase``: evaluate a case file, and convert between a case file and Excel.

    samen businesscase evaluate FILE [--simulations N] [--seed S] [--format table|json|xlsx]
                                     [--output FILE]
    samen businesscase export-xlsx FILE --output WERKMAP.xlsx [--simulations N] [--seed S]
    samen businesscase import-xlsx WERKMAP.xlsx [--output FILE.yaml|.json]

FILE is a case in YAML or JSON (docs/businesscase.md) or an Excel workbook written by Samen.
A bad file or option gives Dutch errors that name the line (or cell) and the field, and exit
code 2. A Monte Carlo run of 20,000 simulations or more shows a progress bar on stderr.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from samen.businesscase.engine.evaluate import evaluate_all
from samen.businesscase.engine.excel import write_workbook
from samen.businesscase.engine.fileformat import case_to_json, case_to_yaml, read_file
from samen.businesscase.engine.model import Case
from samen.businesscase.engine.montecarlo import SimulatieResultaat, simulate, tornado
from samen.businesscase.engine.report import json_report, text_report
from samen.businesscase.engine.validate import CaseFout
from samen.core.cli import optie_fout

VOORTGANG_VANAF = 20_000
MAX_SIMULATIES = 10_000_000


class Command(BaseCommand):
    help = "Rekent een businesscase door (YAML, JSON of Excel) en zet hem om van en naar Excel."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(
            dest="opdracht", required=True, metavar="{evaluate,export-xlsx,import-xlsx}"
        )
        evaluate = sub.add_parser("evaluate", help="Reken een businesscase door.")
        evaluate.add_argument("bestand", help="De businesscase: .yaml, .yml, .json of .xlsx.")
        evaluate.add_argument("--simulations", "--simulaties", type=int, default=0, dest="simulaties",
                              help="Aantal Monte Carlo-simulaties per scenario (standaard geen).")  # fmt: skip
        evaluate.add_argument("--seed", "--zaad", type=int, default=None, dest="zaad",
                              help="Zaad voor herhaalbare simulaties.")  # fmt: skip
        evaluate.add_argument(
            "--format", choices=["table", "json", "xlsx"], default="table", dest="formaat"
        )
        evaluate.add_argument(
            "--output", default=None, help="Schrijf naar dit bestand in plaats van stdout."
        )
        export = sub.add_parser(
            "export-xlsx", help="Schrijf een Excel-werkmap met invoer en uitkomsten."
        )
        export.add_argument("bestand")
        export.add_argument("--output", required=True)
        export.add_argument("--simulations", "--simulaties", type=int, default=0, dest="simulaties")
        export.add_argument("--seed", "--zaad", type=int, default=None, dest="zaad")
        imp = sub.add_parser("import-xlsx", help="Lees de invoer uit een Excel-werkmap van Samen.")
        imp.add_argument("bestand")
        imp.add_argument(
            "--output", default=None, help="Een .yaml- of .json-bestand; standaard YAML op stdout."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        opdracht = options["opdracht"]
        case = self.lees(options["bestand"])
        if opdracht == "import-xlsx":
            uit = options.get("output")
            tekst = (
                case_to_json(case) if uit and uit.lower().endswith(".json") else case_to_yaml(case)
            )
            self.schrijf(tekst, uit)
            return
        formaat = "xlsx" if opdracht == "export-xlsx" else options["formaat"]
        simulaties, zaad = options["simulaties"], options["zaad"]
        if simulaties < 0 or simulaties > MAX_SIMULATIES:
            raise optie_fout(
                f"--simulations moet tussen 0 en {MAX_SIMULATIES:,} liggen.".replace(",", ".")
            )
        if zaad is not None and not 0 <= zaad < 2**32:
            raise optie_fout("--seed moet een geheel getal van 0 tot 4294967296 zijn.")
        if formaat == "xlsx" and not options.get("output"):
            raise optie_fout(
                "Geef met --output aan waar de Excel-werkmap heen moet (bijvoorbeeld --output case.xlsx)."
            )
        resultaten = evaluate_all(case)
        sims = self.simuleer(case, simulaties, zaad)
        tornados = {r.scenario.sleutel: tornado(case, r)[""] for r in resultaten}
        if formaat == "xlsx":
            self.schrijf(write_workbook(case, resultaten, list(sims.values())), options["output"])
        elif formaat == "json":
            report = json_report(case, resultaten, sims, tornados)
            self.schrijf(
                json.dumps(report, ensure_ascii=False, indent=2) + "\n", options.get("output")
            )
        else:
            self.schrijf(text_report(case, resultaten, sims, tornados), options.get("output"))

    def lees(self, naam: str) -> Case:
        pad = Path(naam)
        if not pad.is_file():
            raise optie_fout(f"Het bestand '{naam}' bestaat niet.")
        if pad.suffix.lower() not in (".yaml", ".yml", ".json", ".xlsx"):
            raise optie_fout(f"'{naam}': gebruik een .yaml-, .yml-, .json- of .xlsx-bestand.")
        try:
            return read_file(pad)
        except CaseFout as exc:
            meldingen = [str(m) for m in exc.meldingen] or ["onbekende fout"]
            for m in meldingen[:-1]:
                self.stderr.write(m)
            raise CommandError(meldingen[-1], returncode=2) from exc

    def simuleer(
        self, case: Case, simulaties: int, zaad: int | None
    ) -> dict[str, SimulatieResultaat]:
        if not simulaties:
            return {}
        totaal = simulaties * len(case.scenarios)
        with tqdm(total=totaal, unit="sim", file=getattr(self.stderr, "_out", sys.stderr), disable=simulaties < VOORTGANG_VANAF,
                  desc="Monte Carlo") as balk:  # fmt: skip
            return {
                s.sleutel: simulate(
                    case, s, simulations=simulaties, seed=zaad, progress=balk.update
                )
                for s in case.scenarios
            }

    def schrijf(self, inhoud: str | bytes, uit: str | None) -> None:
        if uit is None:
            assert isinstance(inhoud, str)
            self.stdout.write(inhoud, ending="")
            return
        try:
            if isinstance(inhoud, bytes):
                Path(uit).write_bytes(inhoud)
            else:
                Path(uit).write_text(inhoud, encoding="utf-8")
        except OSError as exc:
            raise optie_fout(f"Kan niet schrijven naar '{uit}': {exc.strerror}.") from exc
        self.stderr.write(f"Geschreven: {uit}")
