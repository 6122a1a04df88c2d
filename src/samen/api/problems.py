"""Errors as ``application/problem+json`` (RFC 9457), in Dutch, for every API response.

A body has ``type``, ``title``, ``status``, ``detail`` and ``instance``; a 400 adds
``invalidParams``: one entry per invalid field (camelCase name, code and reason), as the API
Design Rules ask. Django ``ValidationError`` from the services becomes a 400 like DRF's own.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response

from samen.api.naming import camel

logger = logging.getLogger("samen.api")

PROBLEM = "application/problem+json"
TYPE_BASIS = "https://samen.example.nl/api/v1/problemen/"

TITELS = {
    400: "Ongeldige invoer",
    401: "Niet geauthenticeerd",
    403: "Geen toegang",
    404: "Niet gevonden",
    405: "Methode niet toegestaan",
    406: "Formaat niet beschikbaar",
    409: "Conflict",
    412: "Versie verouderd",
    413: "Verzoek te groot",
    415: "Mediatype niet ondersteund",
    428: "Versie vereist",
    429: "Te veel verzoeken",
    500: "Interne fout",
}
DETAILS = {
    400: "De invoer is ongeldig; zie invalidParams.",
    401: "Geef een geldige API-sleutel mee in de header Authorization: Bearer <sleutel>.",
    403: "U heeft geen toegang tot deze gegevens of handeling.",
    404: "Deze bron bestaat niet of u mag haar niet zien.",
    405: "Deze methode is op deze bron niet toegestaan.",
    406: "Het gevraagde formaat kan niet worden geleverd.",
    413: "Het verzoek is groter dan deze operatie aanneemt.",
    415: "Stuur de invoer als application/json.",
    500: "Er ging iets mis aan onze kant.",
}


class VersieVerouderd(exceptions.APIException):
    status_code = 412
    default_detail = (
        "De bron is gewijzigd sinds u haar ophaalde (If-Match komt niet overeen met de ETag). "
        "Haal de bron opnieuw op en probeer het nog eens."
    )
    default_code = "versie_verouderd"


class VersieVereist(exceptions.APIException):
    status_code = 428
    default_detail = (
        "Geef de versie mee die u wilt wijzigen: de header If-Match met de ETag van de bron."
    )
    default_code = "versie_vereist"


class VerzoekTeGroot(exceptions.APIException):
    status_code = 413
    default_detail = DETAILS[413]
    default_code = "verzoek_te_groot"


class Conflict(exceptions.APIException):
    status_code = 409
    default_detail = "Dit kan niet in de huidige toestand van de bron."
    default_code = "conflict"


def slug_van(status_code: int) -> str:
    return {
        400: "ongeldige-invoer",
        401: "niet-geauthenticeerd",
        403: "geen-toegang",
        404: "niet-gevonden",
        405: "methode-niet-toegestaan",
        406: "formaat-niet-beschikbaar",
        409: "conflict",
        412: "versie-verouderd",
        413: "verzoek-te-groot",
        415: "mediatype-niet-ondersteund",
        428: "versie-vereist",
    }.get(status_code, "fout")


def problem_body(
    status_code: int, detail: str | None = None, *, instance: str = "", invalid: Any = None
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": TYPE_BASIS + slug_van(status_code),
        "title": TITELS.get(status_code, "Fout"),
        "status": status_code,
        "detail": detail or DETAILS.get(status_code, TITELS.get(status_code, "Fout")),
        "instance": instance,
    }
    if invalid is not None:
        body["invalidParams"] = invalid
    return body


def _invalid_params(detail: Any, prefix: str = "") -> list[dict[str, str]]:
    """Flatten DRF/Django error details into ``[{name, code, reason}]`` with camelCase names."""
    result: list[dict[str, str]] = []
    if isinstance(detail, dict):
        for key, value in detail.items():
            naam = "" if key in ("non_field_errors", "__all__") else camel(str(key))
            pad = f"{prefix}.{naam}" if prefix and naam else (naam or prefix)
            result.extend(_invalid_params(value, pad))
    elif isinstance(detail, list):
        if detail and all(isinstance(d, (dict, list)) for d in detail):
            for i, d in enumerate(detail):
                result.extend(_invalid_params(d, f"{prefix}[{i}]" if prefix else f"[{i}]"))
        else:
            for d in detail:
                result.extend(_invalid_params(d, prefix))
    else:
        code = getattr(detail, "code", None) or "invalid"
        result.append(
            {"name": prefix or "nonFieldErrors", "code": str(code), "reason": str(detail)}
        )
    return result


def problem_response(body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    response = Response(body, status=body["status"], content_type=PROBLEM, headers=headers)
    return response


def _mediatypen(view: Any) -> str | None:
    """What a 415 tells the client to send: the media types the operation's parsers take."""
    typen = [p.media_type for p in view.get_parsers()] if view is not None else []
    return f"Stuur de invoer als {' of '.join(typen)}." if typen else None


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    request = context.get("request")
    instance = request.get_full_path() if request is not None else ""
    if isinstance(exc, RequestDataTooBig):  # Django's own limit on form fields in memory
        return problem_response(problem_body(413, instance=instance))
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
        return problem_response(
            problem_body(400, instance=instance, invalid=_invalid_params(detail))
        )
    if isinstance(exc, (Http404, ObjectDoesNotExist)):
        return problem_response(problem_body(404, instance=instance))
    if isinstance(exc, PermissionDenied):
        return problem_response(problem_body(403, instance=instance))
    if isinstance(exc, exceptions.ValidationError):
        return problem_response(
            problem_body(400, instance=instance, invalid=_invalid_params(exc.detail))
        )
    if isinstance(exc, exceptions.APIException):
        code = exc.status_code
        headers: dict[str, str] = {}
        if getattr(exc, "auth_header", None):
            headers["WWW-Authenticate"] = exc.auth_header  # type: ignore[attr-defined]
        if getattr(exc, "wait", None):
            headers["Retry-After"] = str(int(exc.wait))  # type: ignore[attr-defined]
        tekst: str | None = (
            DETAILS.get(code) if code in (401, 403, 404, 405, 406, 415) else str(exc.detail)
        )
        if code == 415:
            tekst = _mediatypen(context.get("view")) or tekst
        if code == 403 and str(exc.detail) not in (
            str(exceptions.PermissionDenied.default_detail),
        ):
            tekst = str(exc.detail)
        return problem_response(problem_body(code, tekst, instance=instance), headers)
    logger.error("Interne fout in de API: %s", instance, exc_info=exc)
    return problem_response(problem_body(500, instance=instance))


def not_found(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
    """Unknown paths under /api/v1 answer as the API does, not with the HTML 404 page."""
    from samen.api.base import API_VERSION

    response = JsonResponse(
        problem_body(status.HTTP_404_NOT_FOUND, instance=request.get_full_path()),
        status=404,
        content_type=PROBLEM,
    )
    response["API-Version"] = API_VERSION
    return response
