"""``samen logboek_opruimen``: remove the processing-log lines whose retention period passed."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand
from tqdm import tqdm

from samen.logboek.models import Regel
from samen.logboek.services import regels_opruimen


class Command(BaseCommand):
    help = (
        "Verwijder de regels van het logboek waarvan de bewaartermijn verstreken is (regels "
        "zonder bewaartermijn blijven). Draai dit dagelijks, bijvoorbeeld met een systemd-timer."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        totaal = Regel.objects.exclude(bewaartermijn="").count()
        with tqdm(total=totaal, desc="bewaartermijn", unit="regel", file=sys.stderr,
                  disable=options["verbosity"] == 0) as balk:  # fmt: skip
            weg = regels_opruimen(voortgang=balk.update)
        self.stdout.write(
            f"{weg} regels verwijderd na hun bewaartermijn; {totaal - weg} bekeken regels blijven."
        )
