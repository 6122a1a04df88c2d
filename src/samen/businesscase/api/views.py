"""API resources of business cases, with ``/evaluate``: the results of every scenario."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from samen.api.base import MaakAan, SamenViewSet, Vervang, veld_filter
from samen.businesscase import selectors, services
from samen.businesscase.api.serializers import (
    BusinesscaseSerializer,
    BusinesscaseVervangSerializer,
    BusinesscaseWijzigSerializer,
    ScenarioResultaatSerializer,
)


class BusinesscaseViewSet(MaakAan, Vervang, SamenViewSet):
    """Businesscases van samenwerkingsverbanden; elke wijziging bewaart een versie."""

    serializer_class = BusinesscaseSerializer
    sorteervelden = {"naam": "naam", "gewijzigdOp": "gewijzigd_op"}
    standaard_sortering = ("samenwerkingsverband__naam", "naam")
    filters = (
        veld_filter("samenwerkingsverband", "samenwerkingsverband_id", "Van dit verband."),
        veld_filter("samenwerkingsterrein", "terrein_id", "Over dit samenwerkingsterrein."),
    )

    def get_serializer_class(self) -> Any:
        if self.action == "update":
            return BusinesscaseVervangSerializer
        if self.action == "partial_update":
            return BusinesscaseWijzigSerializer
        return BusinesscaseSerializer

    def get_queryset(self) -> Any:
        return selectors.businesscase_list()

    def perform_create(self, data: dict[str, Any]) -> Any:
        self.mag_schrijven(data["samenwerkingsverband"])
        return services.businesscase_create(**data, door=self.request.user)

    def perform_update(self, obj: Any, data: dict[str, Any]) -> Any:
        return services.businesscase_update(businesscase=obj, **data, door=self.request.user)

    @extend_schema(responses=ScenarioResultaatSerializer(many=True))
    @action(detail=True, methods=["get"], pagination_class=None)
    def evaluate(self, request: Request, pk: str) -> Response:
        """Reken de businesscase door: per scenario de jaarcijfers per partner en in totaal."""
        bc = self.get_object()
        return self._met_etag(
            Response(ScenarioResultaatSerializer(selectors.resultaten(bc), many=True).data), bc
        )
