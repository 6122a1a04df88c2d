"""Fixtures: the demo with an API token per demo user, and a client that sends it."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient


@pytest.fixture
def token_voor(dsz_demo: Any) -> Any:
    """``token_voor("dalfsen-redacteur")`` -> the key of a new token at the user's organisation."""
    from django.contrib.auth import get_user_model

    from samen.accounts.models import Rol
    from samen.api.services import api_token_create

    def maak(username: str) -> str:
        user = get_user_model().objects.get(username=username)
        rol = Rol.objects.filter(gebruiker=user).select_related("organisatie").first()
        assert rol is not None
        _, sleutel = api_token_create(gebruiker=user, organisatie=rol.organisatie, naam="test")
        return sleutel

    return maak


@pytest.fixture
def api_als(token_voor: Any) -> Any:
    """``api_als("dalfsen-lezer")`` -> an APIClient that authenticates with that user's token."""

    def maak(username: str) -> APIClient:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {token_voor(username)}")
        return client

    return maak
