"""Bind the acting user of a web request for the processing log (see ``samen.logboek.context``)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from samen.logboek.context import Actor, als_actor


class ActorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        ingelogd = bool(user is not None and user.is_authenticated)
        actor = Actor(
            gebruiker_id=user.pk if ingelogd else None,  # type: ignore[union-attr]
            gebruikersnaam=user.get_username() if ingelogd else "",  # type: ignore[union-attr]
            herkomst="web",
            adres=request.META.get("REMOTE_ADDR", ""),
        )
        with als_actor(actor):
            return self.get_response(request)
