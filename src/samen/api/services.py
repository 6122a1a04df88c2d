"""Writes on API tokens: create (the key is returned once) and revoke."""

from __future__ import annotations

import secrets
from typing import Any

from django.utils import timezone

from samen.accounts.models import Rol
from samen.api.models import ApiToken, sleutel_hash
from samen.core.services import fout, save_validated

PREFIX = "samen_"


def api_token_create(*, gebruiker: Any, organisatie: Any, naam: str) -> tuple[ApiToken, str]:
    """A new token for ``gebruiker`` acting at ``organisatie``; returns it with its key."""
    if not naam.strip():
        raise fout("naam", "Geef de sleutel een naam, bijvoorbeeld het systeem dat hem gebruikt.")
    if (
        not gebruiker.is_superuser
        and not Rol.objects.filter(gebruiker=gebruiker, organisatie=organisatie).exists()
    ):
        raise fout(
            "organisatie",
            f"{gebruiker} heeft geen rol bij {organisatie}; een sleutel kan alleen handelen "
            "met een rol die de gebruiker heeft.",
        )
    sleutel = PREFIX + secrets.token_urlsafe(32)
    token = save_validated(
        ApiToken(
            gebruiker=gebruiker,
            organisatie=organisatie,
            naam=naam.strip(),
            voorvoegsel=sleutel[: len(PREFIX) + 6],
            sleutel_hash=sleutel_hash(sleutel),
        )
    )
    return token, sleutel


def api_token_revoke(*, token: ApiToken) -> ApiToken:
    token.ingetrokken_op = timezone.now()
    return save_validated(token)
