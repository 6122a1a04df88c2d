"""Serializers of business cases and their evaluated results."""

from __future__ import annotations

from rest_framework import serializers

from samen.api.naming import CamelModelSerializer, CamelSerializer
from samen.bestuur.models import Besluit
from samen.businesscase.models import Businesscase
from samen.organisaties.models import Samenwerkingsverband
from samen.terreinen.models import Samenwerkingsterrein


class BusinesscaseSerializer(CamelModelSerializer):
    samenwerkingsverband = serializers.PrimaryKeyRelatedField(
        queryset=Samenwerkingsverband.objects.all()
    )
    terrein = serializers.PrimaryKeyRelatedField(
        queryset=Samenwerkingsterrein.objects.all(), allow_null=True, required=False
    )
    besluit = serializers.PrimaryKeyRelatedField(
        queryset=Besluit.objects.all(), allow_null=True, required=False
    )
    inhoud = serializers.JSONField(
        help_text="De invoer in het businesscaseformaat (zie docs/businesscase.md)."
    )

    class Meta:
        model = Businesscase
        fields = [
            "id",
            "samenwerkingsverband",
            "naam",
            "slug",
            "terrein",
            "besluit",
            "inhoud",
            "geregistreerd_op",
            "gewijzigd_op",
        ]
        read_only_fields = ["id", "naam", "slug", "geregistreerd_op", "gewijzigd_op"]


class BusinesscaseWijzigSerializer(CamelModelSerializer):
    inhoud = serializers.JSONField(required=False)
    terrein = serializers.PrimaryKeyRelatedField(
        queryset=Samenwerkingsterrein.objects.all(), allow_null=True, required=False
    )
    besluit = serializers.PrimaryKeyRelatedField(
        queryset=Besluit.objects.all(), allow_null=True, required=False
    )
    toelichting = serializers.CharField(required=False, allow_blank=True, max_length=300)

    class Meta:
        model = Businesscase
        fields = ["inhoud", "terrein", "besluit", "toelichting"]


class BusinesscaseVervangSerializer(BusinesscaseWijzigSerializer):
    """PUT: the whole writable state; ``terrein`` and ``besluit`` are given, ``null`` to clear."""

    inhoud = serializers.JSONField()
    terrein = serializers.PrimaryKeyRelatedField(
        queryset=Samenwerkingsterrein.objects.all(), allow_null=True
    )
    besluit = serializers.PrimaryKeyRelatedField(queryset=Besluit.objects.all(), allow_null=True)


class ReeksSerializer(CamelSerializer):
    sleutel = serializers.CharField(help_text="De partner; leeg voor alle partners samen.")
    naam = serializers.CharField()
    basislijn = serializers.ListField(child=serializers.IntegerField())
    investeringen = serializers.ListField(child=serializers.IntegerField())
    kosten = serializers.ListField(child=serializers.IntegerField())
    besparingen = serializers.ListField(child=serializers.IntegerField())
    netto = serializers.ListField(child=serializers.IntegerField())
    cumulatief = serializers.ListField(child=serializers.IntegerField())
    ncw = serializers.IntegerField(help_text="Netto contante waarde, in euro.")
    terugverdienjaar = serializers.IntegerField(allow_null=True)
    extra_per_jaar = serializers.IntegerField()


class ScenarioResultaatSerializer(CamelSerializer):
    scenario = serializers.CharField(source="scenario.sleutel")
    naam = serializers.CharField(source="scenario.naam")
    startjaar = serializers.IntegerField()
    looptijd = serializers.IntegerField()
    disconteringsvoet = serializers.DecimalField(max_digits=8, decimal_places=6)
    jaren = serializers.ListField(child=serializers.IntegerField())
    partners = ReeksSerializer(many=True)
    totaal = ReeksSerializer()
