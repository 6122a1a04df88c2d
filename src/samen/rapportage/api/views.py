"""API resources of status notes: generate a draft, delete it, read publications and download a
published note in each of its formats. Access follows the report's own rule
(:mod:`samen.rapportage.rechten`, as its pages): drafts for redacteuren and beheerders of the
organisation, publications for every role there."""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.decorators import action
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request

from samen.api.base import MaakAan, SamenViewSet, Verwijder, veld_filter
from samen.rapportage import rechten, selectors, services
from samen.rapportage.api import selectors as api_selectors
from samen.rapportage.api.serializers import (
    PublicatieSerializer,
    RapportNieuwSerializer,
    RapportSerializer,
)
from samen.rapportage.formaten import FORMATEN


class BestandRenderer(BaseRenderer):
    """Lets a download answer any Accept header; errors still come out as JSON."""

    media_type = "*/*"
    format = "bestand"
    charset = None

    def render(
        self, data: Any, accepted_media_type: Any = None, renderer_context: Any = None
    ) -> Any:
        if isinstance(data, (bytes, str)):
            return data
        return json.dumps(data).encode()


class RapportViewSet(MaakAan, Verwijder, SamenViewSet):
    """Concepten van notities en nieuwsbrieven; POST schrijft een nieuw concept uit het register."""

    serializer_class = RapportSerializer
    write_serializer_class = RapportNieuwSerializer
    sorteervelden = {"peildatum": "peildatum"}
    standaard_sortering = ("-peildatum",)
    filters = (veld_filter("organisatie", "organisatie_id", "Van deze organisatie."),)

    def get_queryset(self) -> Any:
        return api_selectors.rapporten_van(
            organisaties=rechten.organisaties_van(self.request.user, redigeren=True)
        )

    def authz_object(self, obj: Any) -> Any:
        return None  # the queryset holds only drafts of organisations the user may edit

    def perform_create(self, data: dict[str, Any]) -> Any:
        if not rechten.mag_redigeren(self.request.user, data["organisatie"]):
            raise PermissionDenied
        return services.rapport_create(**data, gebruiker=self.request.user)

    def perform_destroy(self, obj: Any) -> None:
        services.rapport_delete(rapport=obj)


class PublicatieViewSet(SamenViewSet):
    """Gepubliceerde notities met hun bestanden (onveranderlijk, met SHA-256)."""

    serializer_class = PublicatieSerializer
    sorteervelden = {"peildatum": "peildatum", "publicatiedatum": "publicatiedatum"}
    standaard_sortering = ("-peildatum", "-volgnummer")
    filters = (veld_filter("organisatie", "organisatie_id", "Van deze organisatie."),)

    def get_queryset(self) -> Any:
        return api_selectors.publicaties_van(
            organisaties=rechten.organisaties_van(self.request.user)
        )

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "formaat",
                str,
                OpenApiParameter.PATH,
                enum=sorted(FORMATEN),
                description="Het formaat.",
            )
        ],
        responses={
            (200, f.content_type.split(";")[0]): OpenApiResponse(OpenApiTypes.BINARY)
            for f in FORMATEN.values()
        },
    )
    @action(
        detail=True,
        methods=["get"],
        url_path=r"bestanden/(?P<formaat>[^/]+)",
        renderer_classes=[JSONRenderer, BestandRenderer],
        pagination_class=None,
    )
    def bestand(self, request: Request, pk: str, formaat: str) -> HttpResponse:
        """Download de gepubliceerde notitie in een formaat, precies zoals gepubliceerd."""
        publicatie = self.get_object()
        if formaat not in FORMATEN:
            raise Http404
        try:
            bestand = selectors.bestand_get(publicatie=publicatie, formaat=formaat)
        except Exception as exc:
            raise Http404 from exc
        if not selectors.bestand_in_orde(bestand):
            raise RuntimeError("Het opgeslagen bestand komt niet overeen met de vastgelegde hash.")
        response = HttpResponse(bytes(bestand.inhoud), content_type=FORMATEN[formaat].content_type)
        response["Content-Disposition"] = f'attachment; filename="{bestand.bestandsnaam}"'
        response["ETag"] = f'"{bestand.sha256}"'
        return response
