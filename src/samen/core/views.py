"""View helpers shared by the apps: login, the authorization check and the peildatum."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import render
from django.utils.translation import gettext

from samen.accounts.authz import Actie, may
from samen.core.peildatum import peildatum_uit_request


class SamenView(LoginRequiredMixin):
    """Login required; every page asks :func:`samen.accounts.authz.may` (default deny)."""

    actie: Actie = Actie.LEZEN

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.peildatum = peildatum_uit_request(request)
        if not may(request.user, self.actie, self.authz_object()):
            raise PermissionDenied(gettext("U heeft geen toegang tot deze pagina."))
        response: HttpResponseBase = super().dispatch(request, *args, **kwargs)  # type: ignore[misc]
        return response

    def authz_object(self) -> Any:
        return None

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context_data(**kwargs)  # type: ignore[misc]
        context.update(
            peildatum=self.peildatum.datum,
            peildatum_param=self.peildatum.param,
            peildatum_is_vandaag=self.peildatum.is_vandaag,
            peildatum_fout=self.peildatum.fout,
        )
        return context


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "samen/403.html", {"melding": str(exception or "")}, status=403)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "samen/404.html", status=404)


def toegankelijkheid(request: HttpRequest) -> HttpResponse:
    """The accessibility statement (public, in the model format of digitoegankelijk.nl)."""
    import datetime as dt

    from django.conf import settings

    context = {
        "toegankelijkheid_datum": dt.date.fromisoformat(
            getattr(settings, "SAMEN_TOEGANKELIJKHEID_DATUM", "2026-11-22")
        ),
        "toegankelijkheid_contact": getattr(
            settings,
            "SAMEN_TOEGANKELIJKHEID_CONTACT",
            gettext("de functioneel beheerder van Samen in uw organisatie"),
        ),
    }
    return render(request, "samen/toegankelijkheid.html", context)
