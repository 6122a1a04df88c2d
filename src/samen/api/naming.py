"""camelCase names for the API (API Design Rules): properties and query keys.

Serializers derive from :class:`CamelModelSerializer`/:class:`CamelSerializer`, whose fields are
named in camelCase with the snake_case model attribute as ``source``; the OpenAPI document then
shows the camelCase names as they are.
"""

from __future__ import annotations

import copy
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
        # A ModelSerializer derives its fields from the model on every instantiation; they depend
        # on the class only, so each class derives them once and hands out deep copies (as DRF
        # does with declared fields): about half the cost, on every request. A copy is made from
        # the field's arguments, so the camelCase renaming (a ``source``) is done on the copy.
        klasse = type(self)
        vorm: dict[str, Any] | None = klasse.__dict__.get("_samen_velden")
        if vorm is None:
            vorm = super().get_fields()  # type: ignore[misc]
            klasse._samen_velden = vorm  # type: ignore[attr-defined]
        result: dict[str, Any] = {}
        for naam, veld in copy.deepcopy(vorm).items():
            nieuw = camel(naam)
            if nieuw != naam and veld.source is None:
                veld.source = naam
            result[nieuw] = veld
        return result


class CamelModelSerializer(GeplandeWeergave, _CamelFields, serializers.ModelSerializer):
    pass


class CamelSerializer(GeplandeWeergave, _CamelFields, serializers.Serializer):
    pass
