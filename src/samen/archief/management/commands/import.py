"""``samen import FILE``: restore an archive of ``samen export`` into an empty database."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from samen.archief.importeren import ArchiefFout, controleer, importeer


class Command(BaseCommand):
    help = "Zet een archief van 'samen export' terug in een lege database (alles of niets)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("bestand", help="het archief, bijv. samen.zip")

    def handle(self, *args: Any, **options: Any) -> None:
        pad = Path(options["bestand"])
        try:
            manifest, _ = controleer(pad)
            totaal = len(manifest["modellen"]) + len(manifest["media"])
            with tqdm(total=totaal, desc="import", unit="deel", file=sys.stderr,
                      disable=options["verbosity"] == 0) as balk:  # fmt: skip
                manifest = importeer(pad, voortgang=lambda naam, n: balk.update(1))
        except ArchiefFout as e:
            raise CommandError(f"Import geweigerd, er is niets gewijzigd: {e}") from None
        records = sum(m["aantal"] for m in manifest["modellen"])
        self.stdout.write(
            f"{pad}: {records} records en {len(manifest['media'])} mediabestanden teruggezet."
        )
