"""Pages of the kwaliteitskaart: the skills map, employees, absences and substitution plans.

Every page that shows personal data checks the privacy rule itself (besides the selectors, which
return only what the user may see) and logs what it showed in the access log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.views import View
from django.views.generic import FormView, TemplateView

from samen.accounts.authz import Actie, PersoneelZicht, may, personeel_zicht
from samen.accounts.selectors import samenwerkingsverband_voor
from samen.core.forms import apply_service_error
from samen.core.views import SamenView
from samen.kwaliteitskaart import selectors, services
from samen.kwaliteitskaart.forms import AfwezigheidForm, MedewerkerForm, VaardigheidForm
from samen.kwaliteitskaart.models import Afwezigheid, Medewerker, Toegangslog, Vaardigheid
from samen.logboek import versiecontrole
from samen.organisaties import selectors as org_selectors
from samen.organisaties.models import Organisatie

Log = Toegangslog.Actie


class VerbandMixin:
    """The alliance of the page: ``?verband=slug``, or the user's own."""

    def get_verband(self) -> Any:
        if not hasattr(self, "_verband"):
            slug = self.request.GET.get("verband", "")  # type: ignore[attr-defined]
            verbanden = list(org_selectors.samenwerkingsverband_list())
            if slug:
                gekozen = next((v for v in verbanden if v.slug == slug), None)
                if gekozen is None:
                    raise Http404("Onbekend samenwerkingsverband.")
            else:
                gekozen = samenwerkingsverband_voor(self.request.user, verbanden)  # type: ignore[attr-defined]
            self._verband, self._verbanden = gekozen, verbanden
        return self._verband

    def verband_context(self) -> dict[str, Any]:
        verband = self.get_verband()
        return {
            "verband": verband,
            "verbanden": self._verbanden,
            "extra_params": [("verband", verband.slug)] if verband else [],
        }


def mag_plannen(user: Any, verband: Any) -> bool:
    """Computing a plan processes every partner's staff: a redacteur or beheerder of a member, or
    a personeelsfunctionaris of a member."""
    if verband is None:
        return False
    if may(user, Actie.BEWERKEN, verband):
        return True
    leden = selectors.leden_op(samenwerkingsverband=verband, peildatum=timezone.localdate())
    return any(may(user, Actie.PERSONEEL_BEWERKEN, o) for o in leden)


def personeelsorganisaties(user: Any) -> Any:
    """The organisations whose staff the user may register and edit."""
    ids = [o.pk for o in org_selectors.organisatie_list() if may(user, Actie.PERSONEEL_BEWERKEN, o)]
    return Organisatie.objects.filter(pk__in=ids)


# --- the skills map -----------------------------------------------------------------------------


class KaartView(VerbandMixin, SamenView, TemplateView):
    template_name = "kwaliteitskaart/kaart.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(self.verband_context())
        verband = context["verband"]
        if verband is None:
            return context
        kaart = selectors.kaart(
            user=self.request.user, samenwerkingsverband=verband, peildatum=self.peildatum.datum
        )
        services.toegang_log_inzage(
            door=self.request.user, objecten=kaart.getoond, omschrijving="kwaliteitskaart"
        )
        context.update(
            kaart=kaart, kan_registreren=may(self.request.user, Actie.PERSONEEL_BEWERKEN)
        )
        return context


# --- employees ----------------------------------------------------------------------------------


class MedewerkersView(VerbandMixin, SamenView, TemplateView):
    template_name = "kwaliteitskaart/medewerkers.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(self.verband_context())
        verband = context["verband"]
        if verband is None:
            return context
        user = self.request.user
        rijen = selectors.medewerkers_zichtbaar(
            user=user, samenwerkingsverband=verband, peildatum=self.peildatum.datum
        )
        services.toegang_log_inzage(
            door=user,
            objecten=[(w.medewerker.organisatie_id, "medewerker", w.pk) for w in rijen],
            omschrijving="medewerkerslijst",
        )
        leden = selectors.leden_op(samenwerkingsverband=verband, peildatum=self.peildatum.datum)
        context.update(
            groepen=[(o, [w for w in rijen if w.organisatie.pk == o.pk]) for o in leden],
            verborgen=[o for o in leden if personeel_zicht(user, o) == PersoneelZicht.GEEN],
            kan_registreren=may(user, Actie.PERSONEEL_BEWERKEN),
        )
        return context


class MedewerkerMixin:
    def get_medewerker(self) -> Medewerker:
        if not hasattr(self, "_medewerker"):
            try:
                self._medewerker = Medewerker.objects.select_related("organisatie").get(
                    pk=self.kwargs["pk"]  # type: ignore[attr-defined]
                )
            except Medewerker.DoesNotExist as exc:
                raise Http404("Deze medewerker bestaat niet.") from exc
        return self._medewerker

    def authz_object(self) -> Any:
        return self.get_medewerker()

    def medewerker_url(self) -> str:
        return reverse("kwaliteitskaart:medewerker", args=[self.get_medewerker().pk])


class MedewerkerView(MedewerkerMixin, SamenView, TemplateView):
    """An employee: in full for their own organisation, by pseudonym for partners, else 403."""

    template_name = "kwaliteitskaart/medewerker.html"
    actie = Actie.LEZEN  # the privacy rule is checked below, per employee

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        user = self.request.user
        medewerker = self.get_medewerker()
        if personeel_zicht(user, medewerker.organisatie_id) == PersoneelZicht.GEEN:
            raise PermissionDenied(
                gettext("U mag de gegevens van medewerkers van deze organisatie niet inzien.")
            )
        weergave = selectors.medewerker_weergave(user=user, pk=medewerker.pk)
        afwezigheden = selectors.afwezigheden_van(user=user, medewerker=medewerker)
        services.toegang_log(
            door=user, organisatie_id=medewerker.organisatie_id, objecttype="medewerker",
            object_id=medewerker.pk, actie=Log.INZIEN, omschrijving="medewerkerpagina",
        )  # fmt: skip
        context.update(
            w=weergave,
            afwezigheden=afwezigheden,
            kan_bewerken=may(user, Actie.PERSONEEL_BEWERKEN, medewerker),
        )
        return context


class MedewerkerFormView(SamenView, FormView):
    template_name = "kwaliteitskaart/medewerker_form.html"
    form_class = MedewerkerForm
    actie = Actie.PERSONEEL_BEWERKEN

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        kwargs["organisaties"] = personeelsorganisaties(self.request.user)
        return kwargs

    def form_valid(self, form: Any) -> HttpResponse:
        data = form.cleaned_data
        if not may(self.request.user, Actie.PERSONEEL_BEWERKEN, data["organisatie"]):
            raise PermissionDenied(
                gettext("U mag geen medewerkers van deze organisatie registreren.")
            )
        try:
            medewerker = services.medewerker_create(door=self.request.user, **data)
        except ValidationError as exc:
            apply_service_error(form, exc)
            return self.form_invalid(form)
        messages.success(
            self.request,
            gettext("%(naam)s is geregistreerd.") % {"naam": medewerker.weergavenaam},
        )
        return HttpResponseRedirect(reverse("kwaliteitskaart:medewerker", args=[medewerker.pk]))


class MedewerkerBewerkenView(MedewerkerMixin, SamenView, FormView):
    template_name = "kwaliteitskaart/medewerker_form.html"
    form_class = MedewerkerForm
    actie = Actie.PERSONEEL_BEWERKEN

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        m = self.get_medewerker()
        kwargs.update(organisaties=Organisatie.objects.none(), bewerken=True)
        kwargs["initial"] = {
            "personeelsnummer": m.personeelsnummer, "naam": m.naam, "afdeling": m.afdeling,
            "functie": m.functie, "uren_per_week": m.uren_per_week, "begindatum": m.begindatum,
            "einddatum": m.einddatum, "fictief": m.fictief,
        }  # fmt: skip
        return kwargs

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["medewerker"] = self.get_medewerker()
        return context

    def get_form(self, form_class: Any = None) -> Any:
        form = super().get_form(form_class)
        form.fields[versiecontrole.VELD] = versiecontrole.versie_veld(
            versiecontrole.versie_token(self.get_medewerker())
        )
        return form

    def form_valid(self, form: Any) -> HttpResponse:
        uitgesloten = {"personeelsnummer", versiecontrole.VELD}
        data = {k: v for k, v in form.cleaned_data.items() if k not in uitgesloten}
        try:
            with transaction.atomic():
                vers = Medewerker.objects.select_for_update().get(pk=self.get_medewerker().pk)
                versiecontrole.controleer_versie(
                    form.cleaned_data.get(versiecontrole.VELD), versiecontrole.versie_token(vers)
                )
                services.medewerker_update(medewerker=vers, door=self.request.user, **data)
        except ValidationError as exc:
            apply_service_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, gettext("De gegevens van de medewerker zijn opgeslagen."))
        return HttpResponseRedirect(self.medewerker_url())


class VaardigheidView(MedewerkerMixin, SamenView, FormView):
    template_name = "kwaliteitskaart/vaardigheid_form.html"
    form_class = VaardigheidForm
    actie = Actie.PERSONEEL_BEWERKEN

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        kwargs["specialismen"] = selectors.specialisme_list()
        return kwargs

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["medewerker"] = self.get_medewerker()
        return context

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            services.vaardigheid_set(
                medewerker=self.get_medewerker(), door=self.request.user, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_service_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, gettext("Het specialisme is opgeslagen."))
        return HttpResponseRedirect(self.medewerker_url())


def _verwijder_met_versie(
    request: HttpRequest, obj: Any, verwijder: Callable[[Any], None], gelukt: str
) -> HttpResponse:
    """Delete a record of an employee only when it is still the version the page showed (the
    form sends it along): else nothing is deleted and the page says why."""
    terug = HttpResponseRedirect(reverse("kwaliteitskaart:medewerker", args=[obj.medewerker_id]))
    with transaction.atomic():
        vers = type(obj)._default_manager.select_for_update().filter(pk=obj.pk).first()
        if vers is None:  # deleted meanwhile by someone else
            messages.info(request, gettext("Dit was intussen al verwijderd."))
            return terug
        try:
            versiecontrole.controleer_versie(
                request.POST.get(versiecontrole.VELD), versiecontrole.versie_token(vers)
            )
        except versiecontrole.VersieConflict:
            messages.error(
                request,
                gettext("Niet verwijderd. %(reden)s") % {"reden": versiecontrole.VERSIE_FOUT},
            )
            return terug
        verwijder(vers)
    messages.success(request, gelukt)
    return terug


class VaardigheidVerwijderenView(SamenView, View):
    actie = Actie.PERSONEEL_BEWERKEN

    def authz_object(self) -> Any:
        try:
            self.vaardigheid = Vaardigheid.objects.select_related("medewerker").get(
                pk=self.kwargs["pk"]
            )
        except Vaardigheid.DoesNotExist as exc:
            raise Http404("Dit specialisme bestaat niet (meer).") from exc
        return self.vaardigheid.medewerker

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return _verwijder_met_versie(
            request,
            self.vaardigheid,
            lambda vers: services.vaardigheid_remove(vaardigheid=vers, door=request.user),
            gettext("Het specialisme is verwijderd."),
        )


class AfwezigheidView(MedewerkerMixin, SamenView, FormView):
    template_name = "kwaliteitskaart/afwezigheid_form.html"
    form_class = AfwezigheidForm
    actie = Actie.PERSONEEL_BEWERKEN

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["medewerker"] = self.get_medewerker()
        return context

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            with transaction.atomic():
                services.afwezigheid_create(
                    medewerker=self.get_medewerker(), door=self.request.user, **form.cleaned_data
                )
        except ValidationError as exc:
            apply_service_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, gettext("De afwezigheid is geregistreerd."))
        return HttpResponseRedirect(self.medewerker_url())


class AfwezigheidVerwijderenView(SamenView, View):
    actie = Actie.PERSONEEL_BEWERKEN

    def authz_object(self) -> Any:
        try:
            self.afwezigheid = Afwezigheid.objects.select_related("medewerker").get(
                pk=self.kwargs["pk"]
            )
        except Afwezigheid.DoesNotExist as exc:
            raise Http404("Deze afwezigheid bestaat niet (meer).") from exc
        return self.afwezigheid.medewerker

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return _verwijder_met_versie(
            request,
            self.afwezigheid,
            lambda vers: services.afwezigheid_delete(afwezigheid=vers, door=request.user),
            gettext("De afwezigheid is verwijderd."),
        )


class AfwezighedenView(VerbandMixin, SamenView, TemplateView):
    """Who is away in a period: the type for one's own people, "afwezig" for partners."""

    template_name = "kwaliteitskaart/afwezigheden.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(self.verband_context())
        verband = context["verband"]
        if verband is None:
            return context
        van = self.peildatum.datum
        tot = van + dt.timedelta(days=60)
        rijen = selectors.afwezigheden_in_periode(
            user=self.request.user, samenwerkingsverband=verband, van=van, tot=tot
        )
        services.toegang_log_inzage(
            door=self.request.user,
            objecten=[
                (a.afwezigheid.medewerker.organisatie_id, "afwezigheid", a.pk) for a in rijen
            ],
            omschrijving="afwezighedenoverzicht",
        )
        context.update(rijen=rijen, van=van, tot=tot)
        return context
