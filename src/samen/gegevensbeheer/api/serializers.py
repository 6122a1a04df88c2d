"""Serializers of data definitions and validation runs (read-only in the API)."""

from __future__ import annotations

from rest_framework import serializers

from samen.api.naming import CamelModelSerializer
from samen.gegevensbeheer.models import Bevinding, Definitieset, Tabel, Validatierun


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
            "bevindingen",
        ]
        read_only_fields = fields
