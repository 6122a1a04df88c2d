"""Pages of gegevensbeheer: the conformity dashboard, the definitions browser, the upload and the
findings of a run (with the state of its background task)."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.views import View
from django.views.generic import FormView, TemplateView

from samen.accounts.authz import Actie, may, rollen_van
from samen.core.forms import apply_service_error
from samen.core.taken import taak_status
from samen.core.views import SamenView
from samen.gegevensbeheer import selectors, services
from samen.gegevensbeheer.forms import DefinitieImportForm, UploadForm
from samen.gegevensbeheer.grafiek import Lijn, conformiteit_svg
from samen.gegevensbeheer.models import Definitieset, Validatierun
from samen.organisaties import selectors as org_selectors


class DashboardView(SamenView, TemplateView):
    template_name = "gegevensbeheer/dashboard.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        reeksen = selectors.conformiteit_reeksen()
        per_tabel: dict[tuple[str, str], list[Any]] = {}
        for r in reeksen:
            per_tabel.setdefault((r.tabel.definitieset.naam, r.tabel.naam), []).append(r)
        tabellen = []
        for rs in per_tabel.values():
            tabel = rs[0].tabel
            titel = gettext("Conformiteit %(tabel)s per gemeente per aanlevering") % {
                "tabel": tabel.titel or tabel.naam
            }
            lijnen = [
                Lijn(
                    naam=r.organisatie.naam,
                    punten=tuple(
                        (p.ingediend_op.date(), float(p.conformiteit or 0)) for p in r.punten
                    ),
                )
                for r in rs
            ]
            tabellen.append(
                {
                    "tabel": tabel,
                    "reeksen": rs,
                    "titel": titel,
                    "svg": mark_safe(
                        conformiteit_svg(titel, lijnen, sleutel=f"grafiek-{tabel.pk}")
                    ),
                }
            )
        context.update(
            tabellen=tabellen,
            recent=selectors.validatierun_list()[:10],
            kan_aanleveren=may(self.request.user, Actie.GEGEVENS_AANLEVEREN),
        )
        return context


class DefinitiesView(SamenView, TemplateView):
    template_name = "gegevensbeheer/definities.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            sets=selectors.definitieset_list(),
            kan_beheren=may(self.request.user, Actie.BEHEREN),
            kan_aanleveren=may(self.request.user, Actie.GEGEVENS_AANLEVEREN),
        )
        return context


class DefinitiesetMixin:
    kwargs: dict[str, Any]

    def definitieset(self) -> Definitieset:
        try:
            return selectors.definitieset_get(
                naam=self.kwargs["naam"], versie=self.kwargs["versie"]
            )  # type: ignore[attr-defined]
        except Definitieset.DoesNotExist as exc:
            raise Http404("Onbekende definitieset of versie.") from exc


class DefinitiesetView(DefinitiesetMixin, SamenView, TemplateView):
    template_name = "gegevensbeheer/definitieset.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        ds = self.definitieset()
        context.update(
            ds=ds,
            tabellen=ds.tabellen.prefetch_related("velden"),
            lijsten=ds.referentielijsten.all(),
            versies=selectors.definitieset_list().filter(naam=ds.naam),
        )
        return context


class DatapackageView(DefinitiesetMixin, SamenView, View):
    def get(self, request: Any, **kwargs: Any) -> HttpResponse:
        ds = self.definitieset()
        body = json.dumps(selectors.als_datapackage(ds), ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="{ds.naam}-v{ds.versie}.datapackage.json"'
        )
        return response


class DefinitieImportView(SamenView, FormView):
    actie = Actie.BEHEREN
    template_name = "gegevensbeheer/formulier.html"
    form_class = DefinitieImportForm

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(titel=gettext("Definitieset importeren"), knop=gettext("Importeren"))
        return context

    def form_valid(self, form: DefinitieImportForm) -> HttpResponse:
        bestand = form.cleaned_data["bestand"]
        try:
            data = json.loads(bestand.read().decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            form.add_error("bestand", gettext("Geen geldige JSON: %(fout)s") % {"fout": exc})
            return self.form_invalid(form)
        try:
            ds = services.definitieset_importeren(data=data, naam=bestand.name.rsplit(".", 1)[0])
        except ValidationError as exc:
            form.add_error("bestand", " ".join(exc.messages))
            return self.form_invalid(form)
        messages.success(
            self.request, gettext("%(definitieset)s is geïmporteerd.") % {"definitieset": ds}
        )
        return HttpResponseRedirect(
            reverse("gegevensbeheer:definitieset", args=[ds.naam, ds.versie])
        )


def _schrijf_organisaties(user: Any) -> list[Any]:
    return [o for o in org_selectors.organisatie_list() if may(user, Actie.GEGEVENS_AANLEVEREN, o)]


class UploadView(SamenView, FormView):
    actie = Actie.GEGEVENS_AANLEVEREN
    template_name = "gegevensbeheer/formulier.html"
    form_class = UploadForm

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            titel=gettext("Gegevens aanleveren"),
            knop=gettext("Aanleveren en controleren"),
            uitleg=gettext(
                "Lever een bestand aan voor uw gemeente en één tabel van de gedeelde definities. "
                "Een bestand dat niet te lezen is, wordt meteen geweigerd; de controle van alle "
                "rijen loopt daarna op de achtergrond."
            ),
            kan_aanleveren=True,
        )
        return context

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        kwargs.update(
            organisaties=_schrijf_organisaties(self.request.user),
            tabellen=list(selectors.tabellen_van_laatste_versies()),
        )
        return kwargs

    def form_valid(self, form: UploadForm) -> HttpResponse:
        organisatie = org_selectors.organisatie_get(slug=form.cleaned_data["organisatie"])
        if not may(self.request.user, Actie.GEGEVENS_AANLEVEREN, organisatie):
            form.add_error("organisatie", gettext("U mag niet aanleveren voor deze organisatie."))
            return self.form_invalid(form)
        tabel = selectors.tabel_get(pk=int(form.cleaned_data["tabel"]))
        bestand = form.cleaned_data["bestand"]
        try:
            run = services.validatierun_indienen(
                organisatie=organisatie,
                tabel=tabel,
                bestand=bestand,
                bestandsnaam=bestand.name,
                door=self.request.user,
            )
        except ValidationError as exc:
            apply_service_error(form, exc)
            return self.form_invalid(form)
        messages.success(
            self.request,
            gettext("Het bestand is ontvangen; de controle loopt op de achtergrond."),
        )
        return HttpResponseRedirect(reverse("gegevensbeheer:run", args=[run.pk]))


class RunMixin:
    kwargs: dict[str, Any]

    def run(self) -> Validatierun:
        try:
            return selectors.validatierun_get(pk=self.kwargs["pk"])
        except Validatierun.DoesNotExist as exc:
            raise Http404("Onbekende validatierun.") from exc


class RunView(RunMixin, SamenView, TemplateView):
    template_name = "gegevensbeheer/run.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        run = self.run()
        user = self.request.user
        eigen = getattr(user, "is_superuser", False) or run.organisatie_id in {
            r.organisatie_id for r in rollen_van(user)
        }
        bevindingen = list(run.bevindingen.all())
        context.update(
            run=run,
            bevindingen=[b for b in bevindingen if b.aantal],
            zonder=[b for b in bevindingen if not b.aantal],
            waarden_zichtbaar=eigen,
            kan_aanleveren=may(user, Actie.GEGEVENS_AANLEVEREN),
            taak=taak_status(run.taak_id)
            if run.taak_id and run.status in ("wachtrij", "bezig")
            else None,
            status_url=reverse("gegevensbeheer:run-status", args=[run.pk]),
        )
        return context


class RunStatusView(RunMixin, SamenView, View):
    def get(self, request: Any, **kwargs: Any) -> JsonResponse:
        run = self.run()
        status = taak_status(run.taak_id)
        klaar = run.status in ("gereed", "mislukt")
        data = status.als_json(run_status=run.status)
        if klaar:
            data["afgelopen"] = True
        return JsonResponse(data)
