"""API resources of the register's parties."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from samen.accounts.authz import Actie
from samen.api.base import MaakAan, SamenViewSet, veld_filter
from samen.organisaties import selectors, services
from samen.organisaties.api import selectors as api_selectors
from samen.organisaties.api.serializers import (
    LidmaatschapSerializer,
    OrganisatieSerializer,
    PersoonSerializer,
    SamenwerkingsverbandSerializer,
)


class OrganisatieViewSet(MaakAan, SamenViewSet):
    """Gemeenten, provincies en samenwerkingsorganisaties."""

    serializer_class = OrganisatieSerializer
    schrijfactie = Actie.BEHEREN
    sorteervelden = {"naam": "naam", "soort": "soort", "cbsCode": "cbs_code"}
    standaard_sortering = ("naam",)
    filters = (
        veld_filter(
            "samenwerkingsverband",
            "lidmaatschappen__samenwerkingsverband_id",
            "Alleen organisaties met een relatie (ooit) met dit samenwerkingsverband.",
        ),
    )

    def get_queryset(self) -> Any:
        return selectors.organisatie_list()

    def filter_queryset(self, queryset: Any) -> Any:
        return super().filter_queryset(queryset).distinct()

    def perform_create(self, data: dict[str, Any]) -> Any:
        return services.organisatie_create(**data)

    @extend_schema(responses=LidmaatschapSerializer(many=True))
    @action(detail=True, methods=["get"], pagination_class=None)
    def historie(self, request: Request, pk: str) -> Response:
        """Alle relaties van de organisatie met samenwerkingsverbanden, door de tijd."""
        obj = self.get_object()
        rijen = selectors.lidmaatschap_history(organisatie=obj)
        return Response(LidmaatschapSerializer(rijen, many=True).data)


class SamenwerkingsverbandViewSet(MaakAan, SamenViewSet):
    """Samenwerkingsverbanden, zoals de DSZ."""

    serializer_class = SamenwerkingsverbandSerializer
    schrijfactie = Actie.BEHEREN
    sorteervelden = {"naam": "naam", "opgerichtOp": "opgericht_op"}
    standaard_sortering = ("naam",)

    def get_queryset(self) -> Any:
        return selectors.samenwerkingsverband_list()

    def perform_create(self, data: dict[str, Any]) -> Any:
        return services.samenwerkingsverband_create(**data)

    @extend_schema(responses=LidmaatschapSerializer(many=True))
    @action(detail=True, methods=["get"], pagination_class=None)
    def historie(self, request: Request, pk: str) -> Response:
        """Alle lidmaatschappen van het samenwerkingsverband, door de tijd."""
        obj = self.get_object()
        rijen = api_selectors.lidmaatschap_list().filter(samenwerkingsverband=obj)
        return Response(LidmaatschapSerializer(rijen.order_by("begindatum", "id"), many=True).data)


class LidmaatschapViewSet(MaakAan, SamenViewSet):
    """De relatie van een organisatie met een samenwerkingsverband, op de peildatum."""

    serializer_class = LidmaatschapSerializer
    met_peildatum = True
    sorteervelden = {"begindatum": "begindatum", "status": "status"}
    standaard_sortering = ("samenwerkingsverband_id", "organisatie_id")
    filters = (
        veld_filter("samenwerkingsverband", "samenwerkingsverband_id", "Van dit verband."),
        veld_filter("organisatie", "organisatie_id", "Van deze organisatie."),
    )

    def get_queryset(self) -> Any:
        if self.action == "list":
            return selectors.lidmaatschappen_op(peildatum=self.peildatum)
        return api_selectors.lidmaatschap_list()

    def perform_create(self, data: dict[str, Any]) -> Any:
        self.mag_schrijven(data["samenwerkingsverband"])
        return services.lidmaatschap_create(**data)


class PersoonViewSet(MaakAan, SamenViewSet):
    """Contactpersonen in een functie bij een organisatie, op de peildatum."""

    serializer_class = PersoonSerializer
    met_peildatum = True
    schrijfactie = Actie.BEHEREN
    sorteervelden = {"achternaam": "achternaam", "functie": "functie", "begindatum": "begindatum"}
    standaard_sortering = ("achternaam", "roepnaam")
    filters = (veld_filter("organisatie", "organisatie_id", "Van deze organisatie."),)

    def get_queryset(self) -> Any:
        if self.action == "list":
            return api_selectors.personen_op(peildatum=self.peildatum)
        return api_selectors.personen_op(peildatum=self.peildatum).model.objects.all()

    def perform_create(self, data: dict[str, Any]) -> Any:
        return services.persoon_create(**data)
