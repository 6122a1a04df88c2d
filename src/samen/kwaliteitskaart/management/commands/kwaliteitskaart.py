"""``samen kwaliteitskaart import``: employees, skills and absences of one organisation from CSV.

    samen kwaliteitskaart import --organisatie dalfsen [--medewerkers FILE]
        [--vaardigheden FILE] [--afwezigheden FILE]

All or nothing: with an error in any row nothing is stored, and every error is listed with its
file and row number (see :mod:`samen.kwaliteitskaart.importeren` for the columns).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from samen.core.cli import optie_fout
from samen.kwaliteitskaart.importeren import ImportFout, personeel_import
from samen.organisaties import selectors as org_selectors

SOORTEN = ("medewerkers", "vaardigheden", "afwezigheden")


class Command(BaseCommand):
    help = (
        "Kwaliteitskaart: 'import' leest medewerkers, specialismen en afwezigheid van één "
        "organisatie uit CSV-bestanden; bij een fout wordt niets opgeslagen."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("opdracht", nargs="?", help="import")
        parser.add_argument("--organisatie", help="korte naam, bijvoorbeeld dalfsen")
        for soort in SOORTEN:
            parser.add_argument(f"--{soort}", metavar="BESTAND", help=f"CSV-bestand met {soort}")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["opdracht"] != "import":
            gegeven = options["opdracht"]
            raise optie_fout(
                (f"Onbekende opdracht '{gegeven}'" if gegeven else "Geef een opdracht")
                + ": gebruik 'samen kwaliteitskaart import --organisatie KORTE_NAAM "
                "--medewerkers BESTAND --vaardigheden BESTAND --afwezigheden BESTAND'."
            )
        slug = options["organisatie"]
        if not slug:
            raise optie_fout("Geef de organisatie met --organisatie, bijvoorbeeld dalfsen.")
        try:
            organisatie = org_selectors.organisatie_get(slug=slug)
        except Exception as exc:
            raise optie_fout(f"Onbekende organisatie '{slug}'.") from exc
        bestanden: dict[str, tuple[str, str]] = {}
        for soort in SOORTEN:
            pad = options[soort]
            if pad is None:
                continue
            bestand = Path(pad)
            if not bestand.is_file():
                raise optie_fout(f"Het bestand '{pad}' voor --{soort} bestaat niet.")
            try:
                bestanden[soort] = (bestand.name, bestand.read_text(encoding="utf-8-sig"))
            except UnicodeDecodeError as exc:
                raise optie_fout(
                    f"Het bestand '{pad}' is geen UTF-8-tekst; sla het op als CSV UTF-8."
                ) from exc
        if not bestanden:
            raise optie_fout(
                "Geef minstens één bestand: --medewerkers, --vaardigheden of --afwezigheden."
            )
        try:
            resultaat = personeel_import(organisatie=organisatie, door="opdrachtregel", **bestanden)
        except ImportFout as exc:
            for fout in exc.fouten:
                self.stderr.write(fout)
            raise CommandError(
                f"{len(exc.fouten)} fout(en) gevonden; er is niets opgeslagen."
            ) from exc
        for soort in SOORTEN:
            if soort in bestanden:
                self.stdout.write(
                    f"{soort}: {resultaat.aangemaakt.get(soort, 0)} nieuw, "
                    f"{resultaat.gewijzigd.get(soort, 0)} gewijzigd, "
                    f"{resultaat.overgeslagen.get(soort, 0)} al aanwezig"
                )
