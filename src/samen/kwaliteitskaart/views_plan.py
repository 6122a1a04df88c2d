"""Pages of the substitution plans: the list with the form to compute one, a plan, its exports.

A plan is computed inside the request only when it is small: at most
:data:`~samen.kwaliteitskaart.vervanging.UI_MAX_DAGEN` days and
:data:`~samen.kwaliteitskaart.vervanging.UI_MAX_OMVANG` candidate pairs times working days (about
two seconds on the reference machine). Anything larger is refused with a pointer to
``samen substitution plan``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext
from django.views import View
from django.views.generic import FormView, TemplateView

from samen.core.forms import apply_service_error
from samen.core.views import SamenView
from samen.kwaliteitskaart import selectors, services
from samen.kwaliteitskaart.forms import PlanForm
from samen.kwaliteitskaart.models import Toegangslog, Vervangingsplan
from samen.kwaliteitskaart.uitvoer import Samenvatting, kalender, naar_csv, naar_excel, per_persoon
from samen.kwaliteitskaart.vervanging import UI_MAX_DAGEN, UI_MAX_OMVANG
from samen.kwaliteitskaart.views import VerbandMixin, mag_plannen

Log = Toegangslog.Actie


class PlannenView(VerbandMixin, SamenView, FormView):
    template_name = "kwaliteitskaart/plannen.html"
    form_class = PlanForm

    def get_initial(self) -> dict[str, Any]:
        van = self.peildatum.datum
        van -= dt.timedelta(days=van.weekday())
        return {"van": van, "tot": van + dt.timedelta(days=18)}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(self.verband_context())
        verband = context["verband"]
        if verband is not None:
            context.update(
                plannen=selectors.vervangingsplannen(samenwerkingsverband=verband)[:20],
                kan_plannen=mag_plannen(self.request.user, verband),
                max_dagen=UI_MAX_DAGEN,
            )
        return context

    def form_valid(self, form: Any) -> HttpResponse:
        verband = self.get_verband()
        if not mag_plannen(self.request.user, verband):
            raise PermissionDenied(
                gettext("U mag voor dit samenwerkingsverband geen vervangingsplan berekenen.")
            )
        van, tot = form.cleaned_data["van"], form.cleaned_data["tot"]
        if (tot - van).days + 1 > UI_MAX_DAGEN:
            form.add_error(
                "tot",
                gettext(
                    "Op deze pagina kan een plan van hoogstens %(max_dagen)s dagen worden berekend. "
                    "Bereken een langere periode op de opdrachtregel: samen substitution plan "
                    "--samenwerkingsverband %(verband)s --van %(van)s --tot %(tot)s --opslaan"
                )
                % {
                    "max_dagen": UI_MAX_DAGEN,
                    "verband": verband.slug,
                    "van": van.isoformat(),
                    "tot": tot.isoformat(),
                },
            )
            return self.form_invalid(form)
        try:
            plan = services.vervangingsplan_create(
                samenwerkingsverband=verband, van=van, tot=tot, door=self.request.user,
                max_omvang=UI_MAX_OMVANG,
            )  # fmt: skip
        except ValidationError as exc:
            apply_service_error(form, exc)
            return self.form_invalid(form)
        messages.success(
            self.request,
            gettext(
                "Het vervangingsplan is berekend: %(gedekt)s van %(taakdagen)s "
                "taakdagen gedekt (%(rekentijd_ms)s ms)."
            )
            % {
                "gedekt": plan.aantal_gedekt,
                "taakdagen": plan.aantal_taakdagen,
                "rekentijd_ms": plan.rekentijd_ms,
            },
        )
        return HttpResponseRedirect(reverse("kwaliteitskaart:plan", args=[plan.pk]))


class PlanMixin:
    def get_plan(self) -> Vervangingsplan:
        if not hasattr(self, "_plan"):
            try:
                self._plan = selectors.vervangingsplan_get(pk=self.kwargs["pk"])  # type: ignore[attr-defined]
            except Vervangingsplan.DoesNotExist as exc:
                raise Http404("Dit vervangingsplan bestaat niet.") from exc
        return self._plan

    def authz_object(self) -> Any:
        return self.get_plan().samenwerkingsverband

    def regels(self, actie: str) -> Any:
        plan = self.get_plan()
        user = self.request.user  # type: ignore[attr-defined]
        regels, getoond = selectors.plan_regels(user=user, plan=plan)
        services.toegang_log_inzage(
            door=user,
            objecten=[(org, "vervangingsplan", plan.pk) for org in sorted(getoond)],
            actie=actie,
            omschrijving=f"vervangingsplan {plan.van} t/m {plan.tot}",
        )
        return regels

    def samenvatting(self, regels: Any) -> Samenvatting:
        plan = self.get_plan()
        return Samenvatting(
            samenwerkingsverband=str(plan.samenwerkingsverband),
            van=plan.van, tot=plan.tot, werkdagen=len({r.datum for r in regels}),
            taakdagen=plan.aantal_taakdagen, gedekt=plan.aantal_gedekt,
            extern=sum(1 for r in regels if r.extern), kosten=plan.kosten,
            rekentijd_s=plan.rekentijd_ms / 1000,
        )  # fmt: skip


class PlanView(PlanMixin, SamenView, TemplateView):
    template_name = "kwaliteitskaart/plan.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        plan = self.get_plan()
        regels = self.regels(Log.INZIEN)
        dagen = sorted({r.datum for r in regels})
        gekozen = self._gekozen_dag(dagen, regels)
        context.update(
            plan=plan,
            samenvatting=self.samenvatting(regels),
            maanden=kalender(regels, plan.van, plan.tot),
            dag=gekozen,
            dag_regels=[r for r in regels if r.datum == gekozen],
            personen=per_persoon(regels),
            ongedekt=[r for r in regels if not r.gedekt],
        )
        return context

    def _gekozen_dag(self, dagen: list[dt.date], regels: Any) -> dt.date | None:
        raw = self.request.GET.get("dag", "")
        if raw:
            try:
                dag = dt.date.fromisoformat(raw)
            except ValueError:
                dag = None
            if dag in dagen:
                return dag
        # By default the first day with something to see: uncovered, or a partner standing in.
        for r in regels:
            if not r.gedekt or r.extern:
                return r.datum  # type: ignore[no-any-return]
        return dagen[0] if dagen else None


class PlanExportView(PlanMixin, SamenView, View):
    formaat = "csv"

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        plan = self.get_plan()
        regels = self.regels(Log.EXPORTEREN)
        naam = f"vervangingsplan-{plan.samenwerkingsverband.slug}-{plan.van}-{plan.tot}"
        if self.formaat == "xlsx":
            response = HttpResponse(
                naar_excel(regels, self.samenvatting(regels)),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        else:
            response = HttpResponse(
                "\ufeff" + naar_csv(regels), content_type="text/csv; charset=utf-8"
            )
        response["Content-Disposition"] = f'attachment; filename="{naam}.{self.formaat}"'
        return response
