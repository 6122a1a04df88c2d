"""``samen export FILE``: the complete state of this installation as one archive."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from samen.archief.export import exporteer, modellen
from samen.core.cli import optie_fout


class Command(BaseCommand):
    help = "Schrijf de volledige toestand van deze installatie naar één archief (zip)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("bestand", help="het archief dat wordt geschreven, bijv. samen.zip")
        parser.add_argument(
            "--overschrijven", action="store_true", help="een bestaand bestand vervangen"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        pad = Path(options["bestand"])
        if pad.exists() and not options["overschrijven"]:
            raise optie_fout(f"{pad} bestaat al; kies een andere naam of gebruik --overschrijven.")
        if not pad.parent.is_dir():
            raise optie_fout(f"Map {pad.parent} bestaat niet.")
        with tqdm(total=len(modellen()), desc="export", unit="model", file=sys.stderr,
                  disable=options["verbosity"] == 0) as balk:  # fmt: skip
            manifest = exporteer(
                pad, voortgang=lambda naam, n: balk.update(0 if naam.startswith("media/") else 1)
            )
        totaal = sum(m["aantal"] for m in manifest["modellen"])
        self.stdout.write(
            f"{pad}: {totaal} records in {len(manifest['modellen'])} modellen, "
            f"{len(manifest['media'])} mediabestanden."
        )
