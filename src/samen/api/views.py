"""The OpenAPI document (JSON and YAML, GET only, open to every origin) and the page for humans."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import (
    SpectacularJSONAPIView,
    SpectacularSwaggerSplitView,
    SpectacularYAMLAPIView,
)

from samen.api.base import API_VERSION


class _Document:
    http_method_names = ["get", "head"]
    authentication_classes: list[Any] = []

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        # The served document equals the committed one (openapi.yaml), in Samen's own language,
        # whatever the client's Accept-Language: made and rendered under that language.
        with translation.override(settings.LANGUAGE_CODE):
            response = super().dispatch(request, *args, **kwargs)  # type: ignore[misc]
            return response.render() if hasattr(response, "render") else response

    def finalize_response(self, request: HttpRequest, response: Any, *args: Any, **kw: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kw)  # type: ignore[misc]
        response["Access-Control-Allow-Origin"] = "*"
        response["API-Version"] = API_VERSION
        return response


# _Document narrows the attributes to lists; the stubs type them differently per base.
class OpenApiJson(_Document, SpectacularJSONAPIView):  # type: ignore[misc]
    pass


class OpenApiYaml(_Document, SpectacularYAMLAPIView):  # type: ignore[misc]
    pass


class Documentatie(SpectacularSwaggerSplitView):
    """Swagger UI from the sidecar package; its script and styles are files (no inline ones)."""

    template_name = "api/swagger_ui.html"
    http_method_names = ["get", "head"]
    title = "Samen API"

    @extend_schema(exclude=True)
    def get(self, request: Any, *args: Any, **kwargs: Any) -> HttpResponse:
        response: HttpResponse = super().get(request, *args, **kwargs)
        response["API-Version"] = API_VERSION
        return response
