"""Serializers of the skills map's people, absences and substitution plans, under the privacy
rule: what a field holds depends on :func:`samen.accounts.authz.personeel_zicht`; the selectors
of the kwaliteitskaart decide it, these only render their views (``MedewerkerWeergave``...)."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from samen.api.naming import CamelModelSerializer, CamelSerializer
from samen.kwaliteitskaart.models import Afwezigheid, Medewerker, Vervangingsplan


class VaardigheidSerializer(CamelSerializer):
    specialisme = serializers.IntegerField(source="specialisme_id")
    specialisme_naam = serializers.CharField(source="specialisme.naam")
    niveau = serializers.IntegerField(min_value=1, max_value=4)


class MedewerkerSerializer(CamelSerializer):
    """An employee as the user may see them: ``zicht`` says how much (volledig or functie)."""

    id = serializers.IntegerField(source="pk")
    naam = serializers.CharField(help_text="De naam, of een pseudoniem voor een partner.")
    organisatie = serializers.IntegerField(source="medewerker.organisatie_id")
    zicht = serializers.ChoiceField(choices=["volledig", "functie"])
    afdeling = serializers.CharField(allow_null=True)
    functie = serializers.CharField(allow_null=True)
    uren_per_week = serializers.DecimalField(max_digits=4, decimal_places=1, allow_null=True)
    vaardigheden = VaardigheidSerializer(many=True)

    def to_representation(self, instance: Any) -> Any:
        data = super().to_representation(instance)
        data["zicht"] = "volledig" if instance.volledig else "functie"
        return data


class AfwezigheidSerializer(CamelSerializer):
    """An absence as the user may see it: its type only for the employee's own organisation."""

    id = serializers.IntegerField(source="pk")
    medewerker = serializers.CharField(help_text="De naam, of een pseudoniem voor een partner.")
    organisatie = serializers.IntegerField(source="afwezigheid.medewerker.organisatie_id")
    soort = serializers.ChoiceField(
        choices=["verlof", "ziek", "overig", "afwezig"],
        help_text="verlof, ziek of overig voor de eigen organisatie; anders 'afwezig'.",
    )
    eerste_dag = serializers.DateField(source="afwezigheid.eerste_dag")
    laatste_dag = serializers.DateField(source="afwezigheid.laatste_dag")


class AfwezigheidNieuwSerializer(CamelModelSerializer):
    medewerker = serializers.PrimaryKeyRelatedField(queryset=Medewerker.objects.all())

    class Meta:
        model = Afwezigheid
        fields = ["medewerker", "soort", "eerste_dag", "laatste_dag"]


class VervangingsplanSerializer(CamelModelSerializer):
    class Meta:
        model = Vervangingsplan
        fields = [
            "id",
            "samenwerkingsverband",
            "van",
            "tot",
            "taakuren",
            "aantal_taakdagen",
            "aantal_gedekt",
            "kosten",
            "geregistreerd_op",
        ]
        read_only_fields = fields


class PlanregelSerializer(CamelSerializer):
    datum = serializers.DateField()
    organisatie = serializers.CharField(help_text="Wiens taak het is.")
    taak = serializers.CharField()
    specialisme = serializers.CharField()
    minimumniveau = serializers.IntegerField()
    vervanger = serializers.CharField(help_text="Naam of pseudoniem; leeg als ongedekt.")
    vervanger_organisatie = serializers.CharField()
    niveau = serializers.IntegerField(allow_null=True)
    kosten = serializers.IntegerField(allow_null=True)
    reden = serializers.CharField(help_text="Waarom ongedekt; leeg als gedekt.")
    structureel = serializers.BooleanField()
