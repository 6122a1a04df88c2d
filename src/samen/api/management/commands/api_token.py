"""Create (or revoke) a personal API token: `samen api_token <gebruiker> [--organisatie slug]`."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand

from samen.accounts.models import Rol
from samen.api.models import ApiToken
from samen.api.services import api_token_create, api_token_revoke
from samen.core.cli import optie_fout
from samen.organisaties.models import Organisatie


class Command(BaseCommand):
    help = (
        "Maak een persoonlijke API-sleutel voor een gebruiker bij een van diens organisaties "
        "(de sleutel wordt één keer getoond), of trek er een in met --intrekken."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("gebruiker", help="De gebruikersnaam.")
        parser.add_argument(
            "--organisatie", help="Korte naam van de organisatie (standaard: de enige)."
        )
        parser.add_argument("--naam", default="API", help="Waarvoor de sleutel dient.")
        parser.add_argument(
            "--intrekken", metavar="VOORVOEGSEL", help="Trek de sleutel met dit voorvoegsel in."
        )

    def handle(self, *args: Any, **opts: Any) -> None:
        user = get_user_model().objects.filter(username=opts["gebruiker"]).first()
        if user is None:
            raise optie_fout(f"Onbekende gebruiker '{opts['gebruiker']}'.")
        if opts.get("intrekken"):
            token = ApiToken.objects.filter(
                gebruiker=user, voorvoegsel=opts["intrekken"], ingetrokken_op__isnull=True
            ).first()
            if token is None:
                raise optie_fout(f"Geen geldige sleutel met voorvoegsel '{opts['intrekken']}'.")
            api_token_revoke(token=token)
            self.stdout.write(f"Sleutel {token.voorvoegsel}… ingetrokken.")
            return
        if opts.get("organisatie"):
            organisatie = Organisatie.objects.filter(slug=opts["organisatie"]).first()
            if organisatie is None:
                raise optie_fout(f"Onbekende organisatie '{opts['organisatie']}'.")
        else:
            rollen = list(Rol.objects.filter(gebruiker=user).select_related("organisatie"))
            if len(rollen) != 1:
                raise optie_fout(
                    "Deze gebruiker heeft geen of meer dan één organisatie; kies er een met --organisatie."
                )
            organisatie = rollen[0].organisatie
        try:
            token, sleutel = api_token_create(
                gebruiker=user, organisatie=organisatie, naam=opts["naam"]
            )
        except ValidationError as exc:
            raise optie_fout(" ".join(exc.messages)) from exc
        self.stderr.write(
            f"Sleutel '{token.naam}' voor {user} bij {organisatie}; bewaar hem nu, hij wordt niet "
            "opnieuw getoond:"
        )
        self.stdout.write(sleutel)
