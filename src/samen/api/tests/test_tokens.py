"""API tokens: hashed at rest, carry organisation and role, revocable; the command."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


def test_token_is_stored_hashed_and_revocable(dsz_demo: Any, capsys: Any) -> None:
    from samen.api.models import ApiToken

    call_command("api_token", "dalfsen-redacteur", "--naam", "DMS")
    sleutel = capsys.readouterr().out.strip().splitlines()[-1]
    token = ApiToken.objects.get(naam="DMS")
    assert sleutel.startswith("samen_") and len(sleutel) > 40
    assert token.sleutel_hash == hashlib.sha256(sleutel.encode()).hexdigest()
    assert sleutel not in {getattr(token, f.attname) for f in token._meta.concrete_fields}
    assert token.organisatie.slug == "dalfsen"

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {sleutel}")
    assert client.get("/api/v1/organisaties").status_code == 200

    call_command("api_token", "dalfsen-redacteur", "--intrekken", token.voorvoegsel)
    ingetrokken = client.get("/api/v1/organisaties")
    assert ingetrokken.status_code == 401
    assert ingetrokken["Content-Type"] == "application/problem+json"


def test_command_errors_exit_2(dsz_demo: Any) -> None:
    with pytest.raises(CommandError) as exc:
        call_command("api_token", "niemand")
    assert exc.value.returncode == 2
    with pytest.raises(CommandError) as exc:
        call_command("api_token", "dalfsen-redacteur", "--organisatie", "staphorst")
    assert exc.value.returncode == 2
    assert "geen rol" in str(exc.value)


def test_api_actor_is_bound(api_als: Any, monkeypatch: Any) -> None:
    """Services see who acts, with herkomst api and the token's organisation."""
    from samen.logboek.context import huidige_actor
    from samen.terreinen import services

    gezien: list[Any] = []
    echt = services.voortgangsbericht_create

    def meeluisteren(**kwargs: Any) -> Any:
        gezien.append(huidige_actor())
        return echt(**kwargs)

    monkeypatch.setattr(services, "voortgangsbericht_create", meeluisteren)
    response = api_als("dalfsen-redacteur").post(
        "/api/v1/voortgangsberichten",
        {"terrein": 1, "datum": "2013-01-01", "titel": "t", "tekst": "t"},
        format="json",
    )
    assert response.status_code == 201
    [actor] = gezien
    assert actor.herkomst == "api" and actor.gebruikersnaam == "dalfsen-redacteur"
    assert actor.organisatie_id is not None


def test_a_changed_role_or_deactivated_user_counts_on_the_next_request(api_als: Any) -> None:
    """The process remembers what a token stood for, but checks it on every request."""
    from django.contrib.auth import get_user_model

    from samen.accounts.models import Rol

    client = api_als("dalfsen-redacteur")
    pad = "/api/v1/voortgangsberichten"
    # an empty update: a redacteur may write, so the body is judged (400); a lezer may not (403)
    assert client.post(pad, {}, format="json").status_code == 400

    rol = Rol.objects.get(gebruiker__username="dalfsen-redacteur", organisatie__slug="dalfsen")
    rol.soort = Rol.Soort.LEZER
    rol.save()
    assert client.post(pad, {}, format="json").status_code == 403

    rol.soort = Rol.Soort.REDACTEUR
    rol.save()
    assert client.post(pad, {}, format="json").status_code == 400

    get_user_model().objects.filter(username="dalfsen-redacteur").update(is_active=False)
    assert client.get(pad).status_code == 401
