"""Serializers of status notes: drafts (rapporten) and publications with their files."""

from __future__ import annotations

from rest_framework import serializers

from samen.api.naming import CamelModelSerializer
from samen.organisaties.models import Organisatie
from samen.rapportage.models import Publicatie, Publicatiebestand, Rapport


class RapportSerializer(CamelModelSerializer):
    class Meta:
        model = Rapport
        fields = [
            "id",
            "organisatie",
            "soort",
            "peildatum",
            "vanaf",
            "onderwerp",
            "datum",
            "agendapunt",
            "documentnummer",
            "status",
            "gegenereerd_op",
            "geregistreerd_op",
            "gewijzigd_op",
        ]
        read_only_fields = fields


class RapportNieuwSerializer(CamelModelSerializer):
    organisatie = serializers.PrimaryKeyRelatedField(queryset=Organisatie.objects.all())
    vanaf = serializers.DateField(required=False, allow_null=True)
    onderwerp = serializers.CharField(required=False, allow_blank=True, max_length=300)

    class Meta:
        model = Rapport
        fields = [
            "organisatie",
            "soort",
            "peildatum",
            "vanaf",
            "onderwerp",
            "agendapunt",
            "documentnummer",
        ]


class PublicatiebestandSerializer(CamelModelSerializer):
    class Meta:
        model = Publicatiebestand
        fields = ["formaat", "bestandsnaam", "sha256", "grootte"]
        read_only_fields = fields


class PublicatieSerializer(CamelModelSerializer):
    bestanden = PublicatiebestandSerializer(many=True, read_only=True)

    class Meta:
        model = Publicatie
        fields = [
            "id",
            "rapport",
            "organisatie",
            "soort",
            "titel",
            "peildatum",
            "vanaf",
            "registratienummer",
            "publicatiedatum",
            "gepubliceerd_op",
            "bestanden",
        ]
        read_only_fields = fields
