"""Pages on governance: decisions, the commitments register, and their forms."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView

from samen.accounts.authz import Actie, may
from samen.bestuur import selectors, services
from samen.bestuur.forms import BesluitForm, NakomenForm, ToezeggingForm
from samen.bestuur.models import Orgaan
from samen.bestuur.status import ToezeggingStatus
from samen.core.forms import apply_service_error
from samen.core.views import SamenView
from samen.terreinen import selectors as terrein_selectors

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class ToezeggingenView(SamenView, TemplateView):
    template_name = "bestuur/toezeggingen.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("status", "")
        statussen = None
        if status:
            try:
                statussen = {ToezeggingStatus(status)}
            except ValueError:
                context["status_fout"] = gettext(
                    "Onbekende status '%(status)s'; alle toezeggingen zijn getoond."
                ) % {"status": status}
        standen = selectors.toezeggingen_op(peildatum=self.peildatum.datum, statussen=statussen)
        context.update(
            standen=standen,
            status=status if statussen else "",
            statuskeuzes=[s for s in ToezeggingStatus if s != ToezeggingStatus.NOG_NIET_GEDAAN],
            aantal_te_laat=sum(1 for s in standen if s.status == ToezeggingStatus.TE_LAAT),
            kan_bewerken=may(self.request.user, Actie.BEWERKEN),
            extra_params=[("status", status)] if statussen else [],
        )
        return context


class BesluitenView(SamenView, TemplateView):
    template_name = "bestuur/besluiten.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        besluiten = list(selectors.besluiten_in_periode(peildatum=self.peildatum.datum))[::-1]
        context.update(
            besluiten=besluiten,
            moties=selectors.moties_op(peildatum=self.peildatum.datum),
            kan_bewerken=may(self.request.user, Actie.BEWERKEN),
        )
        return context


class BestuurFormView(SamenView, FormView):
    actie = Actie.BEWERKEN
    succes: StrOrPromise
    lijst: str
    #: The bodies the user may choose, and how the cleaned data is stored (set per form).
    organen: Callable[[], Any]
    opslaan: Callable[[dict[str, Any]], Any]

    def bewerkbare_organen(self, **filters: Any) -> Any:
        ids = [
            o.pk
            for o in selectors.orgaan_list().filter(**filters)
            if may(self.request.user, Actie.BEWERKEN, o)
        ]
        return Orgaan.objects.filter(pk__in=ids)

    def bewerkbare_terreinen(self) -> Any:
        ids = [
            t.pk
            for t in terrein_selectors.terrein_list()
            if may(self.request.user, Actie.BEWERKEN, t)
        ]
        return terrein_selectors.terrein_list().filter(pk__in=ids)

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        kwargs.update(organen=self.organen(), terreinen=self.bewerkbare_terreinen())
        return kwargs

    def get_initial(self) -> dict[str, Any]:
        initial = super().get_initial()
        terrein = self.request.GET.get("terrein", "")
        if terrein.isdigit():
            initial["terrein"] = int(terrein)
        return initial

    def form_valid(self, form: Any) -> HttpResponse:
        terrein = form.cleaned_data.get("terrein")
        if terrein is not None and not may(self.request.user, Actie.BEWERKEN, terrein):
            raise PermissionDenied("U mag op dit samenwerkingsterrein niets vastleggen.")
        try:
            obj = self.opslaan(form.cleaned_data)
        except ValidationError as exc:
            apply_service_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, self.succes)
        return HttpResponseRedirect(self.terug(obj))

    def terug(self, obj: Any) -> str:
        terrein = getattr(obj, "terrein", None)
        if terrein is not None:
            return reverse(
                "terreinen:terrein", args=[terrein.samenwerkingsverband.slug, terrein.slug]
            )
        return reverse(self.lijst)


class BesluitCreateView(BestuurFormView):
    template_name = "bestuur/besluit_form.html"
    form_class = BesluitForm
    succes = _("Het besluit is vastgelegd.")
    lijst = "bestuur:besluiten"

    def organen(self) -> Any:
        return self.bewerkbare_organen()

    def opslaan(self, data: dict[str, Any]) -> Any:
        return services.besluit_record(**data)


class ToezeggingCreateView(BestuurFormView):
    template_name = "bestuur/toezegging_form.html"
    form_class = ToezeggingForm
    succes = _("De toezegging is vastgelegd.")
    lijst = "bestuur:toezeggingen"

    def organen(self) -> Any:
        return self.bewerkbare_organen(soort=Orgaan.Soort.COLLEGE)

    def opslaan(self, data: dict[str, Any]) -> Any:
        return services.toezegging_create(**data)


class ToezeggingNakomenView(SamenView, FormView):
    actie = Actie.BEWERKEN
    template_name = "bestuur/nakomen_form.html"
    form_class = NakomenForm

    def authz_object(self) -> Any:
        try:
            self.toezegging = selectors.toezegging_get(pk=self.kwargs["pk"])
        except Exception as exc:
            raise Http404("Deze toezegging bestaat niet.") from exc
        return self.toezegging.orgaan

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["toezegging"] = self.toezegging
        return context

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            services.toezegging_fulfil(
                toezegging=self.toezegging,
                nagekomen_op=form.cleaned_data["nagekomen_op"],
                toelichting=form.cleaned_data["toelichting"],
            )
        except ValidationError as exc:
            apply_service_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, gettext("De toezegging is als nagekomen vastgelegd."))
        return HttpResponseRedirect(reverse("bestuur:toezeggingen"))
