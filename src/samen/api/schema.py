"""The OpenAPI document: the query parameters every resource declares, and a post-processing
hook that adds what the API Design Rules ask of every operation: the ``API-Version`` header on
every 2xx response, ``ETag`` on single resources, problem+json for every error status (413 too
where a file is uploaded), and ``If-Match`` on writes to an existing resource."""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiParameter

from samen.api.problems import TITELS

_SOORT = {
    "id": {"type": "integer", "minimum": 1},
    "datum": {"type": "string", "format": "date"},
    "tekst": {"type": "string", "maxLength": 200},
}


class SamenSchema(AutoSchema):
    def get_response_serializers(self) -> Any:
        action = getattr(self.view, "action", None)
        if action in ("create", "partial_update", "update"):
            lees = getattr(self.view, "serializer_class", None)
            if lees is not None:
                return lees
        return super().get_response_serializers()

    def get_override_parameters(self) -> list[Any]:
        params: list[Any] = list(super().get_override_parameters())
        view = self.view
        action = getattr(view, "action", None)
        if action == "list" or action in getattr(view, "acties_met_filters", ()):
            for f in getattr(view, "filters", ()):
                params.append(
                    OpenApiParameter(
                        f.naam,
                        _SOORT[f.soort],  # type: ignore[arg-type]
                        OpenApiParameter.QUERY,
                        description=f.beschrijving,
                        required=f.verplicht,
                    )
                )
            sorteervelden = getattr(view, "sorteervelden", None)
            if sorteervelden:
                sleutels = sorted(sorteervelden)
                params.append(
                    OpenApiParameter(
                        "sorteer",
                        {"type": "string", "pattern": r"^-?[a-zA-Z]+(,-?[a-zA-Z]+)*$"},  # type: ignore[arg-type]
                        OpenApiParameter.QUERY,
                        description=(
                            "Sorteer op een of meer sleutels, gescheiden door komma's; een minteken "
                            "ervoor sorteert aflopend. Sleutels: " + ", ".join(sleutels) + "."
                        ),
                    )
                )
        if getattr(view, "met_peildatum", False) and action in ("list", "retrieve", "historie"):
            params.append(
                OpenApiParameter(
                    "peildatum",
                    {"type": "string", "format": "date"},  # type: ignore[arg-type]
                    OpenApiParameter.QUERY,
                    description="De datum waarop de stand geldt (JJJJ-MM-DD); standaard vandaag.",
                )
            )
        if action in ("update", "partial_update", "destroy"):
            params.append(
                OpenApiParameter(
                    "If-Match",
                    str,
                    OpenApiParameter.HEADER,
                    required=True,
                    description=(
                        "De ETag van de versie die u wijzigt. Verplicht: zonder antwoordt de API "
                        "428, bij een verouderde versie 412."
                    ),
                )
            )
        return params


PROBLEM_SCHEMA = {
    "type": "object",
    "description": "Een fout volgens RFC 9457 (problem details).",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string", "format": "uri"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "invalidParams": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "code", "reason"],
                "properties": {
                    "name": {"type": "string"},
                    "code": {"type": "string"},
                    "reason": {"type": "string"},
                },
            },
        },
    },
}

_HEADER_VERSIE = {
    "description": "De volledige versie van de API.",
    "schema": {"type": "string", "example": "1.0.0"},
}
_HEADER_ETAG = {
    "description": "De versie van de bron; geef haar mee in If-Match bij een wijziging.",
    "schema": {"type": "string"},
}


def _fout(status: int) -> dict[str, Any]:
    return {
        "description": TITELS.get(status, "Fout"),
        "headers": {"API-Version": _HEADER_VERSIE},
        "content": {
            "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
        },
    }


def postprocess(
    result: dict[str, Any], generator: Any, request: Any, public: bool
) -> dict[str, Any]:
    result.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    for pad, item in result.get("paths", {}).items():
        for methode, op in item.items():
            if methode not in ("get", "post", "put", "patch", "delete"):
                continue
            responses = op.setdefault("responses", {})
            for code, resp in list(responses.items()):
                if str(code).startswith(("2", "3")):
                    headers = resp.setdefault("headers", {})
                    headers["API-Version"] = _HEADER_VERSIE
                    enkel = "{id}" in pad and methode != "delete" and not pad.endswith("historie")
                    if enkel or (methode == "post" and str(code) == "201"):
                        headers["ETag"] = _HEADER_ETAG
                    if methode == "post" and str(code) == "201":
                        headers["Location"] = {
                            "description": "Het adres van de nieuwe bron.",
                            "schema": {"type": "string", "format": "uri"},
                        }
            codes = [400, 401, 403, 404, 406, 500]
            if methode in ("post", "put", "patch"):
                codes.append(415)
            if methode in ("put", "patch", "delete"):
                codes += [404, 412, 428]
            if methode == "post" and op.get("x-conflict"):
                codes.append(409)
            if "multipart/form-data" in op.get("requestBody", {}).get("content", {}):
                codes.append(413)  # an upload larger than the operation takes
            for code in sorted(set(codes)):
                responses[str(code)] = _fout(code)
            responses["405"] = _fout(405)
            op.pop("x-conflict", None)
    return result


from drf_spectacular.extensions import OpenApiAuthenticationExtension  # noqa: E402


class TokenScheme(OpenApiAuthenticationExtension):
    target_class = "samen.api.auth.TokenAuthentication"
    name = "apiSleutel"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": (
                "Een persoonlijke API-sleutel (samen_…), aangemaakt door een beheerder of met "
                "`samen api_token`. De sleutel handelt namens één gebruiker bij één organisatie, "
                "met de rol die de gebruiker daar heeft."
            ),
        }
