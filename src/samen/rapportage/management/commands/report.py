"""``samen report``: the status note of one organisation on a peildatum, written to a file."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from samen.rapportage.cli import controleer, schrijf, voeg_opties_toe
from samen.rapportage.formaten import FORMATEN_PER_SOORT

FORMATEN = FORMATEN_PER_SOORT["stand_van_zaken"]


class Command(BaseCommand):
    help = (
        "Schrijf de stand van zaken (raadscommissievoorstel en notitie) van een organisatie op "
        "een peildatum, als html, pdf, docx of md."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        voeg_opties_toe(parser, FORMATEN)

    def handle(self, *args: Any, **options: Any) -> None:
        schrijf(controleer(options, FORMATEN), "stand_van_zaken", self.stdout)
