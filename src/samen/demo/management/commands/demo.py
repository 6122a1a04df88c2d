"""``samen demo``: migrate the database, load the DSZ demo once, and show the demo logins."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from samen.demo.loader import DEMO_GEBRUIKERS, DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = (
        "Laadt de DSZ-demo (Dalfsen, Staphorst en Zwartewaterland, 2011-2012) met demo-gebruikers. "
        "Voert eerst de migraties uit; een tweede keer laden verandert niets."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--force",
            action="store_true",
            help="Laad de demo ook als SAMEN_ENV=production. De demo-wachtwoorden zijn openbaar.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if getattr(settings, "PRODUCTION", False) and not options["force"]:
            raise CommandError(
                "Dit is een productieomgeving (SAMEN_ENV=production): de demo maakt gebruikers aan "
                "met een openbaar wachtwoord en wordt daarom niet geladen. Gebruik --force als u "
                "dat toch wilt."
            )
        call_command("migrate", interactive=False, verbosity=0)
        try:
            geladen = load_demo()
        except ValidationError as exc:
            raise CommandError(
                "De DSZ-demo kon niet worden geladen; er is niets gewijzigd. "
                f"Botst de demo met bestaande gegevens? {'; '.join(exc.messages)}"
            ) from exc
        if geladen:
            self.stdout.write(self.style.SUCCESS("DSZ-demo geladen."))
        else:
            self.stdout.write("DSZ-demo was al geladen; niets gewijzigd.")
        self._print_logins()

    def _print_logins(self) -> None:
        rijen = [("gebruikersnaam", "organisatie", "rol", "wachtwoord")] + [
            (g.username, g.organisatie_naam, str(g.rol), DEMO_PASSWORD) for g in DEMO_GEBRUIKERS
        ]
        breedtes = [max(len(rij[i]) for rij in rijen) for i in range(len(rijen[0]))]
        self.stdout.write("")
        self.stdout.write("Demo-logins (alleen voor de demo; nooit gebruiken voor echte gegevens):")
        for nummer, rij in enumerate(rijen):
            regel = "  ".join(cel.ljust(b) for cel, b in zip(rij, breedtes, strict=True))
            self.stdout.write(f"  {regel.rstrip()}")
            if nummer == 0:
                self.stdout.write("  " + "  ".join("-" * b for b in breedtes))
