"""``samen newsletter``: the staff newsletter of one organisation over a period, to a file."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from samen.rapportage.cli import controleer, schrijf, voeg_opties_toe
from samen.rapportage.formaten import FORMATEN_PER_SOORT

FORMATEN = FORMATEN_PER_SOORT["nieuwsbrief"]


class Command(BaseCommand):
    help = "Schrijf de nieuwsbrief voor medewerkers van een organisatie over een periode, als html of md."

    def add_arguments(self, parser: CommandParser) -> None:
        voeg_opties_toe(parser, FORMATEN)

    def handle(self, *args: Any, **options: Any) -> None:
        schrijf(controleer(options, FORMATEN), "nieuwsbrief", self.stdout)
