"""Serializers of data definitions and validation runs, and of an upload that starts a run."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from samen.api.naming import CamelModelSerializer, CamelSerializer
from samen.gegevensbeheer import selectors, services
from samen.gegevensbeheer.models import Bevinding, Definitieset, Tabel, Validatierun
from samen.organisaties.models import Organisatie


class TabelSerializer(CamelModelSerializer):
    class Meta:
        model = Tabel
        fields = ["id", "naam", "titel", "volgorde"]
        read_only_fields = fields


class DefinitiesetSerializer(CamelModelSerializer):
    tabellen = TabelSerializer(many=True, read_only=True)

    class Meta:
        model = Definitieset
        fields = ["id", "naam", "versie", "titel", "beschrijving", "aangemaakt_op", "tabellen"]
        read_only_fields = fields


class BevindingSerializer(CamelModelSerializer):
    """A finding: the constraint, fields and count; never the example rows (they may hold the
    organisation's data)."""

    velden = serializers.ListField(child=serializers.CharField(), read_only=True)

    class Meta:
        model = Bevinding
        fields = ["beperking", "velden", "omschrijving", "aantal"]
        read_only_fields = fields


class ValidatierunSerializer(CamelModelSerializer):
    bevindingen = BevindingSerializer(many=True, read_only=True)

    class Meta:
        model = Validatierun
        fields = [
            "id",
            "organisatie",
            "tabel",
            "bestandsnaam",
            "grootte",
            "formaat",
            "status",
            "ingediend_op",
            "gestart_op",
            "gereed_op",
            "rijen",
            "schendingen",
            "conformiteit",
            "foutmelding",
            "bevindingen",
        ]
        read_only_fields = fields


class ValidatierunNieuwSerializer(CamelSerializer):
    """Een aanlevering: de organisatie, een tabel en het bestand (multipart/form-data)."""

    # As the upload page takes it. Whether the user may deliver for the organisation is the
    # view's check (403); whether the file can be read is the service's (400 on ``bestand``).

    organisatie = serializers.PrimaryKeyRelatedField(
        queryset=Organisatie.objects.all(), help_text="De organisatie waarvoor u aanlevert."
    )
    tabel = serializers.PrimaryKeyRelatedField(
        queryset=Tabel.objects.select_related("definitieset"),
        help_text="De tabel (van de laatste versie van een definitieset) waartegen u aanlevert.",
    )
    bestand = serializers.FileField(
        help_text=(
            "CSV (scheidingsteken komma, puntkomma, tab of |; UTF-8, UTF-16 of Windows-1252), "
            "Excel (.xlsx) of Parquet; hoogstens 2 GiB."
        )
    )

    def validate_tabel(self, tabel: Tabel) -> Tabel:
        if not selectors.tabellen_van_laatste_versies().filter(pk=tabel.pk).exists():
            raise serializers.ValidationError(
                "Lever aan tegen een tabel van de laatste versie van haar definitieset."
            )
        return tabel

    def validate_bestand(self, bestand: Any) -> Any:
        if bestand.size > services.MAX_UPLOAD:  # refused before the service copies it
            raise serializers.ValidationError("Het bestand is groter dan 2 GiB.")
        return bestand
