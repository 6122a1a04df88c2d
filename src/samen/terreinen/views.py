"""Pages on the cooperation: the overview, a domain, the planning, and the progress forms."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView

from samen.accounts.authz import Actie, may
from samen.accounts.selectors import samenwerkingsverband_voor
from samen.bestuur import selectors as bestuur_selectors
from samen.bestuur.status import ToezeggingStatus
from samen.businesscase import selectors as businesscase_selectors
from samen.core.forms import apply_service_error
from samen.core.views import SamenView
from samen.logboek import versiecontrole
from samen.organisaties import selectors as org_selectors
from samen.terreinen import selectors, services
from samen.terreinen.forms import HerplanningForm, MijlpaalGereedForm, VoortgangsberichtForm
from samen.terreinen.models import Mijlpaal
from samen.terreinen.planning import planning_svg
from samen.terreinen.tijdlijn import terrein_tijdlijn

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class VerbandMixin:
    def kies_verband(self) -> Any:
        slug = self.request.GET.get("verband", "")  # type: ignore[attr-defined]
        verbanden = list(org_selectors.samenwerkingsverband_list())
        if slug:
            gekozen = next((v for v in verbanden if v.slug == slug), None)
            if gekozen is None:
                raise Http404("Onbekend samenwerkingsverband.")
            return gekozen, verbanden
        return samenwerkingsverband_voor(self.request.user, verbanden), verbanden  # type: ignore[attr-defined]


class OverzichtView(VerbandMixin, SamenView, TemplateView):
    template_name = "terreinen/overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        verband, verbanden = self.kies_verband()
        peildatum = self.peildatum.datum
        context.update(verband=verband, verbanden=verbanden)
        if verband is None:
            return context
        open_of_te_laat = {ToezeggingStatus.OPEN, ToezeggingStatus.TE_LAAT}
        toezeggingen = bestuur_selectors.toezeggingen_op(
            peildatum=peildatum, statussen=open_of_te_laat
        )
        per_terrein: dict[int, list[Any]] = {}
        for t in toezeggingen:
            if t.toezegging.terrein_id:
                per_terrein.setdefault(t.toezegging.terrein_id, []).append(t)
        standen = selectors.terreinen_stand_op(samenwerkingsverband=verband, peildatum=peildatum)
        context.update(
            standen=[(s, per_terrein.get(s.terrein.pk, [])) for s in standen],
            leden=org_selectors.lidmaatschappen_op(
                peildatum=peildatum, samenwerkingsverband=verband
            ),
            toezeggingen=toezeggingen,
            recente_besluiten=list(
                bestuur_selectors.besluiten_in_periode(
                    peildatum=peildatum, samenwerkingsverband=verband
                )
            )[-5:][::-1],
            kan_bewerken=may(self.request.user, Actie.BEWERKEN, verband),
            extra_params=[("verband", verband.slug)],
        )
        return context


class TerreinMixin:
    def get_terrein(self) -> Any:
        if not hasattr(self, "_terrein"):
            try:
                self._terrein = selectors.terrein_get(
                    samenwerkingsverband_slug=self.kwargs["verband"],  # type: ignore[attr-defined]
                    slug=self.kwargs["terrein"],  # type: ignore[attr-defined]
                )
            except Exception as exc:
                raise Http404("Dit samenwerkingsterrein bestaat niet.") from exc
        return self._terrein

    def authz_object(self) -> Any:
        return self.get_terrein()

    def terrein_url(self) -> str:
        t = self.get_terrein()
        return reverse("terreinen:terrein", args=[t.samenwerkingsverband.slug, t.slug])


class TerreinView(TerreinMixin, SamenView, TemplateView):
    template_name = "terreinen/terrein.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        terrein = self.get_terrein()
        peildatum = self.peildatum.datum
        context.update(
            terrein=terrein,
            stand=selectors.terrein_stand_op(terrein=terrein, peildatum=peildatum),
            werkgroepen=selectors.werkgroepen_op(terrein=terrein, peildatum=peildatum),
            fases=selectors.fasewijzigingen_op(terrein=terrein, peildatum=peildatum),
            tijdlijn=terrein_tijdlijn(terrein=terrein, peildatum=peildatum),
            toezeggingen=bestuur_selectors.toezeggingen_op(peildatum=peildatum, terrein=terrein),
            kan_bewerken=may(self.request.user, Actie.BEWERKEN, terrein),
            businesscases=businesscase_selectors.businesscases_voor_terrein(terrein=terrein),
        )
        return context


class PlanningView(VerbandMixin, SamenView, TemplateView):
    template_name = "terreinen/planning.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        verband, verbanden = self.kies_verband()
        context.update(verband=verband, verbanden=verbanden)
        if verband is not None:
            standen = selectors.terreinen_stand_op(
                samenwerkingsverband=verband, peildatum=self.peildatum.datum
            )
            context.update(
                standen=standen,
                svg=planning_svg(standen, peildatum=self.peildatum.datum),
                extra_params=[("verband", verband.slug)],
            )
        return context


class BewerkFormView(TerreinMixin, SamenView, FormView):
    actie = Actie.BEWERKEN
    succes: StrOrPromise = ""

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["terrein"] = self.get_terrein()
        return context

    def huidige_versie(self, vergrendel: bool = False) -> str | None:
        """The version token of the edited record(s); ``None`` for a form that only adds."""
        return None

    def get_form(self, form_class: Any = None) -> Any:
        form = super().get_form(form_class)
        versie = self.huidige_versie()
        if versie is not None:
            form.fields[versiecontrole.VELD] = versiecontrole.versie_veld(versie)
        return form

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            with transaction.atomic():
                data = dict(form.cleaned_data)
                gezien = data.pop(versiecontrole.VELD, None)
                huidig = self.huidige_versie(vergrendel=True)
                if huidig is not None:
                    versiecontrole.controleer_versie(gezien, huidig)
                self.opslaan(data)
        except ValidationError as exc:
            apply_service_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, self.succes)
        return HttpResponseRedirect(self.terrein_url())

    #: Each form view stores its cleaned data through a service.
    opslaan: Callable[[dict[str, Any]], None]


class VoortgangsberichtCreateView(BewerkFormView):
    template_name = "terreinen/bericht_form.html"
    form_class = VoortgangsberichtForm
    succes = _("Het voortgangsbericht is opgeslagen.")

    def opslaan(self, data: dict[str, Any]) -> None:
        services.voortgangsbericht_create(
            terrein=self.get_terrein(), auteur=self.request.user, **data
        )


class MijlpaalMixin(BewerkFormView):
    def get_mijlpaal(self) -> Any:
        try:
            mijlpaal = selectors.mijlpaal_get(pk=self.kwargs["pk"])
        except Exception as exc:
            raise Http404("Deze mijlpaal bestaat niet.") from exc
        if mijlpaal.terrein_id != self.get_terrein().pk:
            raise Http404("Deze mijlpaal hoort niet bij dit samenwerkingsterrein.")
        return mijlpaal

    def huidige_versie(self, vergrendel: bool = False) -> str | None:
        mijlpalen = Mijlpaal.objects.select_for_update() if vergrendel else Mijlpaal.objects
        mijlpaal = mijlpalen.get(pk=self.get_mijlpaal().pk)
        laatste = mijlpaal.planningen.order_by("vastgesteld_op", "id").last()
        return versiecontrole.versie_token(mijlpaal, laatste)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        mijlpaal = self.get_mijlpaal()
        context["mijlpaal"] = mijlpaal
        context["planningen"] = selectors.mijlpaal_planningen(mijlpaal=mijlpaal)
        return context


class HerplanningView(MijlpaalMixin):
    template_name = "terreinen/herplanning_form.html"
    form_class = HerplanningForm
    succes = _("De nieuwe planning van de mijlpaal is opgeslagen; de vorige blijft bewaard.")

    def opslaan(self, data: dict[str, Any]) -> None:
        services.mijlpaal_replan(mijlpaal=self.get_mijlpaal(), **data)


class MijlpaalGereedView(MijlpaalMixin):
    template_name = "terreinen/gereed_form.html"
    form_class = MijlpaalGereedForm
    succes = _("De mijlpaal is als bereikt vastgelegd.")

    def opslaan(self, data: dict[str, Any]) -> None:
        services.mijlpaal_complete(mijlpaal=self.get_mijlpaal(), **data)
