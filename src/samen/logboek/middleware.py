"""Bind the acting user of a web request for the processing log (see ``samen.logboek.context``),
and log refused requests (HTTP 403) as a processing with result ``geweigerd``."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from samen.logboek.context import Actor, als_actor


def _organisatie_id(user: object) -> int | None:
    """The user's organisation when they hold roles at exactly one (else the line has none)."""
    from samen.accounts.authz import rollen_van

    organisaties = {r.organisatie_id for r in rollen_van(user)}
    return organisaties.pop() if len(organisaties) == 1 else None


class ActorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        ingelogd = bool(user is not None and user.is_authenticated)
        actor = Actor(
            gebruiker_id=user.pk if ingelogd else None,  # type: ignore[union-attr]
            gebruikersnaam=user.get_username() if ingelogd else "",  # type: ignore[union-attr]
            herkomst="api" if request.path.startswith("/api/") else "web",
            organisatie_id=_organisatie_id(user) if ingelogd else None,
            adres=request.META.get("REMOTE_ADDR", ""),
        )
        with als_actor(actor):
            response = self.get_response(request)
            if response.status_code == 403 and ingelogd:
                from samen.logboek.models import Regel
                from samen.logboek.services import verwerking_vastleggen

                verwerking_vastleggen(
                    actie=Regel.Actie.INZIEN
                    if request.method in {"GET", "HEAD"}
                    else Regel.Actie.WIJZIGEN,
                    objecttype="pagina",
                    object_id=request.path[:64],
                    object_omschrijving=f"{request.method} {request.path}"[:200],
                    resultaat=Regel.Resultaat.GEWEIGERD,
                )
            return response
