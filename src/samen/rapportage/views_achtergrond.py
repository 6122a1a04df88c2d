"""Pages on background work of a draft: its state, a JSON status for polling, the made file.

The state comes from :func:`samen.core.taken.taak_status` and is shown with the shared partial
``samen/taak_status.html`` (which polls :class:`OpdrachtStatusView` through ``samen/taak.js``).
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext
from django.views import View
from django.views.generic import TemplateView

from samen.core.taken import TaakStatus, taak_status
from samen.core.views import SamenView
from samen.rapportage.achtergrond import concept_versie
from samen.rapportage.formaten import FORMATEN
from samen.rapportage.models import Opdracht
from samen.rapportage.views import ConceptMixin, _download, omschrijving_opdracht


class OpdrachtMixin(ConceptMixin):
    def get_opdracht(self) -> Opdracht:
        if not hasattr(self, "_opdracht"):
            rapport = self.get_rapport()
            try:
                self._opdracht = rapport.opdrachten.get(pk=self.kwargs["opdracht"])
            except Opdracht.DoesNotExist as exc:
                raise Http404("Deze opdracht bestaat niet.") from exc
        return self._opdracht

    def klaar_url(self, opdracht: Opdracht, taak: TaakStatus) -> str:
        """Where the finished work is: the file, or the publication."""
        if not taak.gelukt:
            return ""
        if opdracht.soort == Opdracht.Soort.PUBLICEREN:
            rapport = self.get_rapport()
            if hasattr(rapport, "publicatie"):
                return reverse("rapportage:publicatie", args=[rapport.publicatie.registratienummer])
            return ""
        return reverse("rapportage:opdracht-bestand", args=[opdracht.rapport_id, opdracht.pk])


class OpdrachtView(OpdrachtMixin, SamenView, TemplateView):
    template_name = "rapportage/opdracht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        opdracht = self.get_opdracht()
        taak = taak_status(opdracht.taak_id)
        rapport = self.get_rapport()
        verouderd = (
            opdracht.soort == Opdracht.Soort.BESTAND
            and taak.gelukt
            and (rapport.is_gepubliceerd or opdracht.versie != concept_versie(rapport))
        )
        context.update(
            rapport=rapport,
            opdracht=opdracht,
            taak=taak,
            omschrijving=omschrijving_opdracht(
                opdracht, maken=opdracht.soort == Opdracht.Soort.BESTAND
            ),
            verouderd=verouderd,
            klaar_url="" if verouderd else self.klaar_url(opdracht, taak),
            klaar_tekst=(
                gettext("Naar de publicatie")
                if opdracht.soort == Opdracht.Soort.PUBLICEREN
                else gettext("%(formaat)s downloaden")
                % {"formaat": FORMATEN[opdracht.formaat].label}
            ),
            status_url=reverse(
                "rapportage:opdracht-status", args=[opdracht.rapport_id, opdracht.pk]
            ),
        )
        return context


class OpdrachtStatusView(OpdrachtMixin, SamenView, View):
    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        opdracht = self.get_opdracht()
        taak = taak_status(opdracht.taak_id)
        response = JsonResponse(taak.als_json(url=self.klaar_url(opdracht, taak)))
        response["Cache-Control"] = "no-store"
        return response


class OpdrachtBestandView(OpdrachtMixin, SamenView, View):
    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        opdracht = self.get_opdracht()
        rapport = self.get_rapport()
        if (
            opdracht.soort != Opdracht.Soort.BESTAND
            or opdracht.inhoud is None
            or rapport.is_gepubliceerd
            or opdracht.versie != concept_versie(rapport)
        ):
            raise Http404("Dit bestand is er niet (meer): het concept is sindsdien gewijzigd.")
        return _download(bytes(opdracht.inhoud), opdracht.formaat, opdracht.bestandsnaam)
