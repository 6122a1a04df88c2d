"""API resources of domains and their progress."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from samen.api.base import Filter, MaakAan, SamenViewSet, Wijzig, veld_filter
from samen.terreinen import selectors, services
from samen.terreinen.api import selectors as api_selectors
from samen.terreinen.api.serializers import (
    FasewijzigingSerializer,
    MijlpaalGereedSerializer,
    MijlpaalNieuwSerializer,
    MijlpaalplanningSerializer,
    MijlpaalSerializer,
    SamenwerkingsterreinSerializer,
    VoortgangsberichtSerializer,
    WerkgroepSerializer,
)
from samen.terreinen.models import Samenwerkingsterrein

VERBAND = Filter(
    "samenwerkingsverband",
    "id",
    "Van dit samenwerkingsverband.",
    # a subquery on the domains instead of a join: the index on terrein_id does the work
    lambda qs, v: qs.filter(
        terrein__in=Samenwerkingsterrein.objects.filter(samenwerkingsverband_id=v)
    ),
)
TERREIN = veld_filter("samenwerkingsterrein", "terrein_id", "Van dit samenwerkingsterrein.")
VANAF = Filter(
    "vanaf",
    "datum",
    "Alleen na deze datum (periode, exclusief).",
    lambda qs, v: qs.filter(datum__gt=v),
)


class SamenwerkingsterreinViewSet(MaakAan, SamenViewSet):
    """De terreinen waarop een samenwerkingsverband samenwerkt, met hun fase op de peildatum."""

    serializer_class = SamenwerkingsterreinSerializer
    met_peildatum = True
    sorteervelden = {"naam": "naam", "volgorde": "volgorde"}
    standaard_sortering = ("samenwerkingsverband_id", "volgorde", "naam")
    filters = (veld_filter("samenwerkingsverband", "samenwerkingsverband_id", "Van dit verband."),)

    def get_queryset(self) -> Any:
        return api_selectors.terreinen_met_fase(peildatum=self.peildatum)

    def perform_create(self, data: dict[str, Any]) -> Any:
        self.mag_schrijven(data["samenwerkingsverband"])
        return services.samenwerkingsterrein_create(**data)

    @extend_schema(responses=FasewijzigingSerializer(many=True))
    @action(detail=True, methods=["get"], pagination_class=None)
    def historie(self, request: Request, pk: str) -> Response:
        """Alle fasewijzigingen van het terrein tot de peildatum."""
        terrein = self.get_object()
        rijen = selectors.fasewijzigingen_op(terrein=terrein, peildatum=self.peildatum)
        return Response(FasewijzigingSerializer(rijen, many=True).data)


class WerkgroepViewSet(MaakAan, SamenViewSet):
    """Werkgroepen per terrein, op de peildatum."""

    serializer_class = WerkgroepSerializer
    met_peildatum = True
    sorteervelden = {"naam": "naam", "begindatum": "begindatum"}
    standaard_sortering = ("terrein_id", "begindatum")
    filters = (
        VERBAND,
        TERREIN,
        veld_filter("organisatie", "trekker_id", "Getrokken door deze organisatie."),
    )

    def get_queryset(self) -> Any:
        return api_selectors.werkgroepen_op(
            peildatum=self.peildatum if self.action == "list" else None
        )

    def perform_create(self, data: dict[str, Any]) -> Any:
        self.mag_schrijven(data["terrein"])
        return services.werkgroep_create(**data)


class FasewijzigingViewSet(MaakAan, SamenViewSet):
    """Fasewijzigingen: een terrein gaat op een datum een fase in. Tot en met de peildatum."""

    serializer_class = FasewijzigingSerializer
    met_peildatum = True
    sorteervelden = {"datum": "datum"}
    standaard_sortering = ("terrein_id", "datum")
    filters = (VERBAND, TERREIN, VANAF)

    def get_queryset(self) -> Any:
        return api_selectors.fasewijzigingen_tot(
            peildatum=self.peildatum if self.action == "list" else None
        )

    def perform_create(self, data: dict[str, Any]) -> Any:
        self.mag_schrijven(data["terrein"])
        return services.fasewijziging_create(**data)


class VoortgangsberichtViewSet(MaakAan, SamenViewSet):
    """Voortgangsberichten, tot en met de peildatum."""

    serializer_class = VoortgangsberichtSerializer
    met_peildatum = True
    sorteervelden = {"datum": "datum", "titel": "titel"}
    standaard_sortering = ("-datum",)
    filters = (VERBAND, TERREIN, VANAF)

    def get_queryset(self) -> Any:
        return api_selectors.voortgangsberichten_tot(
            peildatum=self.peildatum if self.action == "list" else None
        )

    def perform_create(self, data: dict[str, Any]) -> Any:
        self.mag_schrijven(data["terrein"])
        return services.voortgangsbericht_create(**data, auteur=self.request.user)


class MijlpaalViewSet(MaakAan, Wijzig, SamenViewSet):
    """Mijlpalen met al hun planningen; PATCH ``werkelijkeDatum`` meldt een mijlpaal gereed."""

    serializer_class = MijlpaalSerializer
    sorteervelden = {"naam": "naam", "startdatum": "startdatum"}
    standaard_sortering = ("terrein_id", "id")
    filters = (VERBAND, TERREIN)

    def get_serializer_class(self) -> Any:
        if self.action == "create":
            return MijlpaalNieuwSerializer
        if self.action == "partial_update":
            return MijlpaalGereedSerializer
        return MijlpaalSerializer

    def get_queryset(self) -> Any:
        return api_selectors.mijlpalen()

    def perform_create(self, data: dict[str, Any]) -> Any:
        self.mag_schrijven(data["terrein"])
        return services.mijlpaal_create(**data)

    def perform_update(self, obj: Any, data: dict[str, Any]) -> Any:
        return services.mijlpaal_complete(mijlpaal=obj, werkelijke_datum=data["werkelijke_datum"])

    @extend_schema(responses=MijlpaalplanningSerializer(many=True))
    @action(detail=True, methods=["get"], pagination_class=None)
    def historie(self, request: Request, pk: str) -> Response:
        """De eerste planning en elke herplanning van de mijlpaal, met datum en reden."""
        mijlpaal = self.get_object()
        rijen = selectors.mijlpaal_planningen(mijlpaal=mijlpaal)
        return Response(MijlpaalplanningSerializer(rijen, many=True).data)
