"""Serializers of the register's parties: organisations, alliances, memberships and people."""

from __future__ import annotations

from rest_framework import serializers

from samen.api.naming import CamelModelSerializer
from samen.organisaties.models import Lidmaatschap, Organisatie, Persoon, Samenwerkingsverband

GEREGISTREERD = ["geregistreerd_op", "gewijzigd_op"]


class OrganisatieSerializer(CamelModelSerializer):
    class Meta:
        model = Organisatie
        fields = ["id", "naam", "slug", "soort", "cbs_code", "website", "adres", *GEREGISTREERD]
        read_only_fields = ["id", *GEREGISTREERD]


class SamenwerkingsverbandSerializer(CamelModelSerializer):
    class Meta:
        model = Samenwerkingsverband
        fields = ["id", "naam", "afkorting", "slug", "omschrijving", "opgericht_op", *GEREGISTREERD]
        read_only_fields = ["id", *GEREGISTREERD]


class LidmaatschapSerializer(CamelModelSerializer):
    organisatie = serializers.PrimaryKeyRelatedField(queryset=Organisatie.objects.all())
    samenwerkingsverband = serializers.PrimaryKeyRelatedField(
        queryset=Samenwerkingsverband.objects.all()
    )

    class Meta:
        model = Lidmaatschap
        fields = [
            "id",
            "organisatie",
            "samenwerkingsverband",
            "status",
            "begindatum",
            "einddatum",
            "toelichting",
            *GEREGISTREERD,
        ]
        read_only_fields = ["id", *GEREGISTREERD]


class PersoonSerializer(CamelModelSerializer):
    organisatie = serializers.PrimaryKeyRelatedField(queryset=Organisatie.objects.all())
    naam = serializers.CharField(read_only=True)

    class Meta:
        model = Persoon
        fields = [
            "id",
            "naam",
            "titel",
            "voorletters",
            "roepnaam",
            "tussenvoegsel",
            "achternaam",
            "organisatie",
            "functie",
            "email",
            "telefoon",
            "begindatum",
            "einddatum",
            *GEREGISTREERD,
        ]
        read_only_fields = ["id", *GEREGISTREERD]
