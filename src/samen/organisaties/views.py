"""Pages on organisations and their memberships over time."""

from __future__ import annotations

from typing import Any

from django.http import Http404
from django.views.generic import TemplateView

from samen.core.views import SamenView
from samen.organisaties import selectors


class OrganisatieLijstView(SamenView, TemplateView):
    template_name = "organisaties/lijst.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["organisaties"] = selectors.organisatie_list()
        context["verbanden"] = selectors.verbanden_met_leden_op(peildatum=self.peildatum.datum)
        return context


class OrganisatieDetailView(SamenView, TemplateView):
    template_name = "organisaties/detail.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        try:
            organisatie = selectors.organisatie_get(slug=self.kwargs["slug"])
        except Exception as exc:
            raise Http404("Deze organisatie bestaat niet.") from exc
        peildatum = self.peildatum.datum
        historie = list(selectors.lidmaatschap_history(organisatie=organisatie))
        context.update(
            organisatie=organisatie,
            historie=[(lm, lm.geldig_op(peildatum)) for lm in historie],
            huidig=[lm for lm in historie if lm.geldig_op(peildatum)],
            inwoners=selectors.inwonertal_op(organisatie=organisatie, jaar=peildatum.year),
            personen=selectors.personen_op(organisatie=organisatie, peildatum=peildatum),
        )
        return context
