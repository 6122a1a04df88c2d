"""Every list endpoint runs a constant number of queries, whatever the page size and however many
organisations (and records) there are."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from samen.api.tests.routes import api_routes

pytestmark = pytest.mark.django_db

LIJSTEN = [r for r in api_routes() if r.actie == "list"]
QUERY = "samenwerkingsverband=1&van=2012-01-01&totEnMet=2012-12-31"


def _tel(client: Any, pad: str) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(pad)
    assert response.status_code == 200, (pad, response.content)
    return len(ctx.captured_queries), len(response.json()["resultaten"])


def _meer_gegevens() -> None:
    """More organisations that are members of the alliance, with people and records."""
    import datetime as dt

    from samen import factories  # noqa: F401
    from samen.organisaties import services as org
    from samen.organisaties.models import Samenwerkingsverband

    verband = Samenwerkingsverband.objects.get(pk=1)
    for i in range(6):
        o = org.organisatie_create(naam=f"Extra {i}", slug=f"extra-{i}", soort="gemeente")
        org.lidmaatschap_create(
            organisatie=o,
            samenwerkingsverband=verband,
            status="lid",
            begindatum=dt.date(2010, 1, 1),
        )
        for j in range(3):
            org.persoon_create(
                organisatie=o, achternaam=f"Extra{i}{j}", functie="adviseur",
                begindatum=dt.date(2010, 1, 1),
            )  # fmt: skip


def test_list_queries_do_not_grow(api_als: Any) -> None:
    client = api_als("dalfsen-beheerder")
    klein = {r.prefix: _tel(client, f"/api/v1/{r.prefix}?{QUERY}&paginaGrootte=2") for r in LIJSTEN}
    _meer_gegevens()
    client = api_als("dalfsen-beheerder")
    for r in LIJSTEN:
        groot_aantal, n = _tel(client, f"/api/v1/{r.prefix}?{QUERY}&paginaGrootte=100")
        klein_aantal, n_klein = klein[r.prefix]
        assert groot_aantal == klein_aantal, (
            f"{r.prefix}: {klein_aantal} queries voor {n_klein} resultaten, {groot_aantal} voor {n}"
        )
