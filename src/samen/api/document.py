"""The OpenAPI document as committed in ``openapi.yaml`` (regenerate: ``samen api_schema``)."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.utils import translation
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiYamlRenderer

COMMAND = ".venv/bin/samen api_schema"


def openapi_yaml() -> str:
    # In Samen's own language, whatever language is active: the descriptions come partly from
    # translatable model texts, and the committed document is one document.
    with translation.override(settings.LANGUAGE_CODE):
        generator = SchemaGenerator(patterns=None)
        schema = generator.get_schema(request=None, public=True)
        return OpenApiYamlRenderer().render(schema, renderer_context={}).decode()


def committed_path() -> Path:
    return Path(settings.PROJECT_DIR) / "openapi.yaml"
