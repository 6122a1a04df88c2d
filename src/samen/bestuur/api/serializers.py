"""Serializers of governance: bodies, meetings, decisions, motions and commitments."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from samen.api.naming import CamelModelSerializer
from samen.bestuur.models import Besluit, Motie, Orgaan, Toezegging, Vergadering
from samen.bestuur.status import ToezeggingStatus
from samen.organisaties.models import Organisatie, Samenwerkingsverband
from samen.terreinen.models import Samenwerkingsterrein

GEREGISTREERD = ["geregistreerd_op", "gewijzigd_op"]


class OrgaanSerializer(CamelModelSerializer):
    organisatie = serializers.PrimaryKeyRelatedField(
        queryset=Organisatie.objects.all(), allow_null=True, required=False
    )
    samenwerkingsverband = serializers.PrimaryKeyRelatedField(
        queryset=Samenwerkingsverband.objects.all(), allow_null=True, required=False
    )

    class Meta:
        model = Orgaan
        fields = [
            "id",
            "naam",
            "slug",
            "soort",
            "organisatie",
            "samenwerkingsverband",
            "samenstelling",
            *GEREGISTREERD,
        ]
        read_only_fields = ["id", *GEREGISTREERD]


class VergaderingSerializer(CamelModelSerializer):
    organen = serializers.PrimaryKeyRelatedField(
        queryset=Orgaan.objects.all(), many=True, allow_empty=False
    )

    class Meta:
        model = Vergadering
        fields = ["id", "organen", "datum", "datumprecisie", "omschrijving", *GEREGISTREERD]
        read_only_fields = ["id", *GEREGISTREERD]


class BesluitSerializer(CamelModelSerializer):
    vergadering = serializers.PrimaryKeyRelatedField(queryset=Vergadering.objects.all())
    terrein = serializers.PrimaryKeyRelatedField(
        queryset=Samenwerkingsterrein.objects.all(), allow_null=True, required=False
    )
    datum = serializers.DateField(source="vergadering.datum", read_only=True)

    class Meta:
        model = Besluit
        fields = [
            "id",
            "vergadering",
            "datum",
            "terrein",
            "onderwerp",
            "uitkomst",
            "tekst",
            *GEREGISTREERD,
        ]
        read_only_fields = ["id", "datum", *GEREGISTREERD]


class MotieSerializer(CamelModelSerializer):
    orgaan = serializers.PrimaryKeyRelatedField(queryset=Orgaan.objects.all())

    class Meta:
        model = Motie
        fields = ["id", "orgaan", "datum", "titel", "verzoek", *GEREGISTREERD]
        read_only_fields = ["id", *GEREGISTREERD]


class ToezeggingSerializer(CamelModelSerializer):
    orgaan = serializers.PrimaryKeyRelatedField(queryset=Orgaan.objects.all())
    aan = serializers.PrimaryKeyRelatedField(queryset=Orgaan.objects.all())
    motie = serializers.PrimaryKeyRelatedField(
        queryset=Motie.objects.all(), allow_null=True, required=False
    )
    terrein = serializers.PrimaryKeyRelatedField(
        queryset=Samenwerkingsterrein.objects.all(), allow_null=True, required=False
    )
    status = serializers.SerializerMethodField(
        help_text="De status op de peildatum (berekend, nooit opgeslagen)."
    )

    class Meta:
        model = Toezegging
        fields = [
            "id",
            "orgaan",
            "aan",
            "motie",
            "terrein",
            "omschrijving",
            "gedaan_op",
            "vervaldatum",
            "vervaldatum_precisie",
            "nagekomen_op",
            "nagekomen_toelichting",
            "status",
            *GEREGISTREERD,
        ]
        read_only_fields = ["id", "status", "nagekomen_op", "nagekomen_toelichting", *GEREGISTREERD]

    @extend_schema_field(serializers.ChoiceField(choices=[s.value for s in ToezeggingStatus]))
    def get_status(self, obj: Toezegging) -> str:
        from samen.bestuur.status import toezegging_status

        return toezegging_status(
            gedaan_op=obj.gedaan_op,
            vervaldatum=obj.vervaldatum,
            nagekomen_op=obj.nagekomen_op,
            peildatum=self.context["peildatum"],
        )


class ToezeggingNakomenSerializer(CamelModelSerializer):
    nagekomen_op = serializers.DateField(required=True)
    nagekomen_toelichting = serializers.CharField(required=False, allow_blank=True, default="")

    class Meta:
        model = Toezegging
        fields = ["nagekomen_op", "nagekomen_toelichting"]
