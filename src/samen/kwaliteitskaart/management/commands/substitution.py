"""``samen substitution plan``: the optimal substitution plan of an alliance for a period.

    samen substitution plan --samenwerkingsverband dsz --van 2012-07-02 --tot 2012-08-24
        [--format table|csv|json|xlsx] [--output FILE] [--taakuren 2] [--opslaan]

Any length of period (up to three years); a progress bar per working day goes to stderr. The
output holds the names of the staff of every partner: the access log records that it was made.
"""

from __future__ import annotations

import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from samen.core.cli import datum_optie, optie_fout
from samen.kwaliteitskaart import services
from samen.kwaliteitskaart.models import Toegangslog
from samen.kwaliteitskaart.solver import working_days
from samen.kwaliteitskaart.uitvoer import Samenvatting, naar_csv, naar_excel, naar_json, naar_tabel
from samen.kwaliteitskaart.vervanging import regels
from samen.organisaties import selectors as org_selectors

FORMATEN = ("table", "csv", "json", "xlsx")
BRON = "opdrachtregel"


class Command(BaseCommand):
    help = (
        "Vervanging: 'plan' berekent het optimale vervangingsplan van een samenwerkingsverband "
        "voor een periode (alle werkdagen, zonder feestdagen)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("opdracht", nargs="?", help="plan")
        parser.add_argument("--samenwerkingsverband", help="korte naam, bijvoorbeeld dsz")
        parser.add_argument("--van", help="eerste dag, JJJJ-MM-DD")
        parser.add_argument("--tot", help="laatste dag (tot en met), JJJJ-MM-DD")
        parser.add_argument(
            "--format", default="table", help="table (standaard), csv, json of xlsx"
        )
        parser.add_argument("--output", help="schrijf naar dit bestand in plaats van het scherm")
        parser.add_argument("--taakuren", default="2", help="uren per taakdag (standaard 2)")
        parser.add_argument(
            "--opslaan", action="store_true", help="bewaar het plan, zodat het op de website staat"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["opdracht"] != "plan":
            gegeven = options["opdracht"]
            raise optie_fout(
                (f"Onbekende opdracht '{gegeven}'" if gegeven else "Geef een opdracht")
                + ": gebruik 'samen substitution plan --samenwerkingsverband KORTE_NAAM "
                "--van JJJJ-MM-DD --tot JJJJ-MM-DD'."
            )
        verband, van, tot, formaat, output, taakuren = self._opties(options)
        dagen = working_days(van, tot)
        with tqdm(
            total=len(dagen), desc="Werkdagen", unit="dag", file=sys.stderr, leave=False
        ) as balk:
            try:
                invoer, plan = services.vervangingsplan_bereken(
                    samenwerkingsverband=verband, van=van, tot=tot, taakuren=taakuren,
                    progress=balk.update,
                )  # fmt: skip
            except ValidationError as exc:
                raise optie_fout(" ".join(exc.messages)) from exc
        opgeslagen = None
        if options["opslaan"]:
            opgeslagen = services.vervangingsplan_opslaan(
                samenwerkingsverband=verband, invoer=invoer, plan=plan, van=van, tot=tot,
                taakuren=taakuren, door=BRON,
            )  # fmt: skip
        rijen = regels(invoer, plan)
        samenvatting = Samenvatting(
            samenwerkingsverband=str(verband), van=van, tot=tot, werkdagen=len(plan.days),
            taakdagen=plan.task_days, gedekt=plan.covered,
            extern=sum(1 for r in rijen if r.extern), kosten=plan.cost, rekentijd_s=plan.seconds,
        )  # fmt: skip
        services.toegang_log_inzage(
            door=BRON,
            objecten=[
                (org, "vervangingsplan", opgeslagen.pk if opgeslagen else "")
                for org in sorted({m.organisatie_id for m in invoer.medewerkers.values()})
            ],
            actie=Toegangslog.Actie.EXPORTEREN,
            omschrijving=f"samen substitution plan {van} t/m {tot} ({formaat})",
        )
        if formaat == "xlsx":
            assert output is not None
            output.write_bytes(naar_excel(rijen, samenvatting))
        else:
            tekst = {"table": naar_tabel, "json": naar_json}.get(formaat)
            inhoud = naar_csv(rijen) if formaat == "csv" else tekst(rijen, samenvatting)  # type: ignore[misc]
            if output is not None:
                output.write_text(inhoud, encoding="utf-8")
            else:
                self.stdout.write(inhoud, ending="")
        if output is not None:
            self.stderr.write(
                f"{plan.covered} van {plan.task_days} taakdagen gedekt; geschreven naar {output}."
            )
        if opgeslagen is not None:
            self.stderr.write(f"Opgeslagen als vervangingsplan {opgeslagen.pk}.")

    def _opties(self, options: dict[str, Any]) -> tuple[Any, Any, Any, str, Path | None, Decimal]:
        slug = options["samenwerkingsverband"]
        if not slug:
            raise optie_fout(
                "Geef het samenwerkingsverband met --samenwerkingsverband, bijvoorbeeld dsz."
            )
        try:
            verband = org_selectors.samenwerkingsverband_get(slug=slug)
        except Exception as exc:
            bekend = ", ".join(v.slug for v in org_selectors.samenwerkingsverband_list()) or "geen"
            raise optie_fout(f"Onbekend samenwerkingsverband '{slug}' (bekend: {bekend}).") from exc
        if not options["van"] or not options["tot"]:
            raise optie_fout("Geef de periode met --van JJJJ-MM-DD en --tot JJJJ-MM-DD.")
        van = datum_optie(options["van"], "--van")
        tot = datum_optie(options["tot"], "--tot")
        assert van is not None and tot is not None
        if tot < van:
            raise optie_fout("--tot ligt vóór --van: de periode eindigt vóór ze begint.")
        formaat = options["format"]
        if formaat not in FORMATEN:
            raise optie_fout(f"Onbekend formaat '{formaat}': kies table, csv, json of xlsx.")
        output = Path(options["output"]) if options["output"] else None
        if formaat == "xlsx" and output is None:
            raise optie_fout("Een Excel-bestand schrijft u met --output BESTAND.xlsx.")
        if output is not None and not output.parent.is_dir():
            raise optie_fout(f"De map '{output.parent}' voor --output bestaat niet.")
        try:
            taakuren = Decimal(str(options["taakuren"]).replace(",", "."))
        except InvalidOperation as exc:
            raise optie_fout(f"--taakuren '{options['taakuren']}' is geen getal.") from exc
        if not 0 < taakuren <= 8:
            raise optie_fout("--taakuren moet meer dan 0 en hoogstens 8 zijn.")
        return verband, van, tot, formaat, output, taakuren
