"""The planned representation (samen.api.weergave) gives exactly what DRF's own gives."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone
from rest_framework import serializers

from samen.api.naming import CamelModelSerializer
from samen.api.tests.routes import api_routes
from samen.api.weergave import GeplandeWeergave, weergaveplan
from samen.terreinen.api.serializers import VoortgangsberichtSerializer
from samen.terreinen.models import Voortgangsbericht

LIJSTEN = [r for r in api_routes() if r.actie == "list"]


def _drf(self: Any, instance: Any) -> Any:
    return serializers.Serializer.to_representation(self, instance)


def _alles(client: Any) -> dict[str, Any]:
    """Every list (one page of 100) and the detail of its first result, as JSON."""
    uit: dict[str, Any] = {}
    for r in LIJSTEN:
        lijst = client.get(f"/api/v1/{r.prefix}?samenwerkingsverband=1&paginaGrootte=100")
        assert lijst.status_code == 200, (r.prefix, lijst.content)
        uit[r.prefix] = lijst.json()["resultaten"]
        if uit[r.prefix] and "id" in uit[r.prefix][0]:
            detail = client.get(f"/api/v1/{r.prefix}/{uit[r.prefix][0]['id']}")
            uit[f"{r.prefix}/1"] = detail.json()
    return uit


@pytest.mark.django_db
def test_every_resource_is_represented_as_drf_does(api_als: Any, monkeypatch: Any) -> None:
    client = api_als("dalfsen-beheerder")
    gepland = _alles(client)
    monkeypatch.setattr(GeplandeWeergave, "to_representation", _drf)
    drf = _alles(client)
    assert gepland == drf
    assert sum(len(v) for v in gepland.values() if isinstance(v, list)) > 100  # not vacuous


@pytest.mark.django_db
def test_plain_fields_take_the_planned_path(dsz_demo: Any) -> None:
    plan = {
        naam: attribuut
        for naam, attribuut, _ in weergaveplan(VoortgangsberichtSerializer, Voortgangsbericht)
    }
    assert plan["terrein"] == "terrein_id"
    assert plan["datum"] == "datum"
    assert plan["geregistreerdOp"] == "geregistreerd_op"
    assert plan["id"] == "id"
    # all of its fields are plain: representing a page never builds the serializer's fields
    serializer = VoortgangsberichtSerializer(Voortgangsbericht.objects.all()[:5], many=True)
    assert len(serializer.data) == 5
    assert "fields" not in serializer.child.__dict__


class _Proef(CamelModelSerializer):
    class Meta:
        model = Voortgangsbericht
        fields = ["id", "datum", "titel", "vertraging", "geregistreerd_op", "gewijzigd_op"]


@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "UTC", "America/Sao_Paulo"])
def test_date_times_in_the_current_zone_and_naive_values(zone: str) -> None:
    bericht = Voortgangsbericht(
        id=7,
        datum=dt.date(2026, 3, 29),
        titel="",
        vertraging="",
        geregistreerd_op=dt.datetime(2026, 3, 29, 0, 30, tzinfo=dt.UTC),
        gewijzigd_op=dt.datetime(2026, 3, 29, 4, 0),  # naive: DRF makes it aware
    )
    with timezone.override(zone):
        gepland = _Proef(bericht).data
        verwacht = _drf(_Proef(bericht), bericht)
    assert gepland == verwacht
    assert gepland["geregistreerdOp"] == verwacht["geregistreerdOp"]
    if zone == "UTC":
        assert gepland["geregistreerdOp"] == "2026-03-29T00:30:00Z"


def test_big_integers_follow_the_coerce_setting(settings: Any) -> None:
    class Groot(CamelModelSerializer):
        id = serializers.BigIntegerField()

        class Meta:
            model = Voortgangsbericht
            fields = ["id"]

    bericht = Voortgangsbericht(id=2**60)
    assert Groot(bericht).data == {"id": 2**60}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "COERCE_BIGINT_TO_STRING": True}
    assert Groot(bericht).data == {"id": str(2**60)}


def test_each_serializer_gets_its_own_fields() -> None:
    """The fields are derived once per class, but every serializer gets its own bound copies."""
    a, b = VoortgangsberichtSerializer(), VoortgangsberichtSerializer()
    assert list(a.fields) == list(b.fields)
    assert (
        "geregistreerdOp" in a.fields and a.fields["geregistreerdOp"].source == "geregistreerd_op"
    )
    assert a.fields["titel"] is not b.fields["titel"]
    assert a.fields["titel"].parent is a and b.fields["titel"].parent is b
    assert a.fields["terrein"].queryset is not b.fields["terrein"].queryset
