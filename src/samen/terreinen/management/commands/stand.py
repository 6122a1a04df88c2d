"""``samen stand``: the state of every domain of an alliance on a peildatum, in the terminal."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from samen.core.cli import datum_optie, optie_fout
from samen.core.dates import format_datum
from samen.organisaties import selectors as org_selectors
from samen.terreinen import selectors


class Command(BaseCommand):
    help = (
        "Toon de stand van de samenwerkingsterreinen van een samenwerkingsverband op een peildatum."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--verband", default="dsz", help="korte naam, bijvoorbeeld dsz")
        parser.add_argument("--peildatum", help="JJJJ-MM-DD; standaard vandaag")
        parser.add_argument(
            "--organisatie", help="toon ook de relaties van deze organisatie (korte naam)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        peildatum = datum_optie(options["peildatum"], "--peildatum") or timezone.localdate()
        try:
            verband = org_selectors.samenwerkingsverband_get(slug=options["verband"])
        except Exception as exc:
            bekend = ", ".join(v.slug for v in org_selectors.samenwerkingsverband_list()) or "geen"
            raise optie_fout(
                f"Onbekend samenwerkingsverband '{options['verband']}' (bekend: {bekend})."
            ) from exc
        organisatie = None
        if options["organisatie"]:
            try:
                organisatie = org_selectors.organisatie_get(slug=options["organisatie"])
            except Exception as exc:
                raise optie_fout(f"Onbekende organisatie '{options['organisatie']}'.") from exc

        self.stdout.write(f"{verband.naam}: stand op {format_datum(peildatum)}\n")
        for stand in selectors.terreinen_stand_op(
            samenwerkingsverband=verband, peildatum=peildatum
        ):
            fase = stand.fase.get_fase_display() if stand.fase else "nog niet gestart"
            regel = f"  {stand.terrein.naam:<28} {fase:<16}"
            volgende = stand.volgende_mijlpaal
            if volgende and volgende.stand.geplande_datum:
                regel += f" volgende mijlpaal: {volgende.mijlpaal.naam} ({format_datum(volgende.stand.geplande_datum)})"
            self.stdout.write(regel)
            for m in stand.verschoven_mijlpalen:
                self.stdout.write(
                    f"      verschoven: {m.mijlpaal.naam} van "
                    f"{format_datum(m.stand.oorspronkelijke_datum)} naar {format_datum(m.stand.geplande_datum)}"
                )
        if organisatie is not None:
            self.stdout.write(f"\n{organisatie.naam} op {format_datum(peildatum)}:")
            for lm in org_selectors.lidmaatschappen_op(
                peildatum=peildatum, organisatie=organisatie
            ):
                self.stdout.write(f"  {lm.get_status_display()}: {lm.samenwerkingsverband.naam}")
