"""Serializers of domains and their progress."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from samen.api.naming import CamelModelSerializer
from samen.organisaties.models import Organisatie, Samenwerkingsverband
from samen.terreinen.models import (
    Fase,
    Fasewijziging,
    Mijlpaal,
    Mijlpaalplanning,
    Samenwerkingsterrein,
    Voortgangsbericht,
    Werkgroep,
)

GEREGISTREERD = ["geregistreerd_op", "gewijzigd_op"]


class SamenwerkingsterreinSerializer(CamelModelSerializer):
    samenwerkingsverband = serializers.PrimaryKeyRelatedField(
        queryset=Samenwerkingsverband.objects.all()
    )
    fase = serializers.ChoiceField(
        choices=Fase.choices,
        read_only=True,
        allow_null=True,
        help_text="De fase op de peildatum (leeg als er nog geen fase was).",
    )
    # Explicit, so the OpenAPI document is the same on SQLite and PostgreSQL (whose small
    # integer range Django would otherwise add as a validator).
    volgorde = serializers.IntegerField(min_value=0, max_value=32767, required=False)

    class Meta:
        model = Samenwerkingsterrein
        fields = [
            "id",
            "samenwerkingsverband",
            "naam",
            "slug",
            "omschrijving",
            "volgorde",
            "fase",
            *GEREGISTREERD,
        ]
        read_only_fields = ["id", "fase", *GEREGISTREERD]


class WerkgroepSerializer(CamelModelSerializer):
    terrein = serializers.PrimaryKeyRelatedField(queryset=Samenwerkingsterrein.objects.all())
    trekker = serializers.PrimaryKeyRelatedField(
        queryset=Organisatie.objects.all(), allow_null=True, required=False
    )

    class Meta:
        model = Werkgroep
        fields = ["id", "terrein", "naam", "trekker", "begindatum", "einddatum", *GEREGISTREERD]
        read_only_fields = ["id", *GEREGISTREERD]


class FasewijzigingSerializer(CamelModelSerializer):
    terrein = serializers.PrimaryKeyRelatedField(queryset=Samenwerkingsterrein.objects.all())

    class Meta:
        model = Fasewijziging
        fields = ["id", "terrein", "fase", "datum", "datumprecisie", "toelichting", *GEREGISTREERD]
        read_only_fields = ["id", *GEREGISTREERD]


class VoortgangsberichtSerializer(CamelModelSerializer):
    terrein = serializers.PrimaryKeyRelatedField(queryset=Samenwerkingsterrein.objects.all())

    class Meta:
        model = Voortgangsbericht
        fields = [
            "id",
            "terrein",
            "datum",
            "datumprecisie",
            "titel",
            "tekst",
            "vertraging",
            *GEREGISTREERD,
        ]
        read_only_fields = ["id", *GEREGISTREERD]


class MijlpaalplanningSerializer(CamelModelSerializer):
    class Meta:
        model = Mijlpaalplanning
        fields = ["id", "vastgesteld_op", "geplande_datum", "datumprecisie", "reden"]
        read_only_fields = fields


class MijlpaalSerializer(CamelModelSerializer):
    terrein: serializers.PrimaryKeyRelatedField[Any] = serializers.PrimaryKeyRelatedField(
        read_only=True
    )
    planningen = MijlpaalplanningSerializer(many=True, read_only=True)

    class Meta:
        model = Mijlpaal
        fields = [
            "id",
            "terrein",
            "naam",
            "omschrijving",
            "startdatum",
            "werkelijke_datum",
            "planningen",
            *GEREGISTREERD,
        ]
        read_only_fields = fields


class MijlpaalNieuwSerializer(CamelModelSerializer):
    terrein = serializers.PrimaryKeyRelatedField(queryset=Samenwerkingsterrein.objects.all())
    vastgesteld_op = serializers.DateField()
    geplande_datum = serializers.DateField()

    class Meta:
        model = Mijlpaal
        fields = [
            "terrein",
            "naam",
            "omschrijving",
            "startdatum",
            "vastgesteld_op",
            "geplande_datum",
        ]


class MijlpaalGereedSerializer(CamelModelSerializer):
    werkelijke_datum = serializers.DateField(required=True)

    class Meta:
        model = Mijlpaal
        fields = ["werkelijke_datum"]
