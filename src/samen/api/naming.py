"""camelCase names for the API (API Design Rules): properties and query keys.

Serializers derive from :class:`CamelModelSerializer`/:class:`CamelSerializer`, whose fields are
named in camelCase with the snake_case model attribute as ``source``; the OpenAPI document then
shows the camelCase names as they are.
"""

from __future__ import annotations

import re
from typing import Any

from rest_framework import serializers

from samen.api.weergave import GeplandeWeergave

_SNAKE = re.compile(r"_([a-z0-9])")
_CAMEL = re.compile(r"([A-Z])")


def camel(naam: str) -> str:
    return _SNAKE.sub(lambda m: m.group(1).upper(), naam)


def snake(naam: str) -> str:
    return _CAMEL.sub(lambda m: "_" + m.group(1).lower(), naam)


class _CamelFields:
    def get_fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = super().get_fields()  # type: ignore[misc]
        result: dict[str, Any] = {}
        for naam, veld in fields.items():
            nieuw = camel(naam)
            if nieuw != naam and veld.source is None:
                veld.source = naam
            result[nieuw] = veld
        return result


class CamelModelSerializer(GeplandeWeergave, _CamelFields, serializers.ModelSerializer):
    pass


class CamelSerializer(GeplandeWeergave, _CamelFields, serializers.Serializer):
    pass
