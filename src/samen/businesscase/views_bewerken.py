"""The editor's pages: the header and partners, the allocation keys, a scenario with its lines,
the YAML text (advanced) and reading a file back in. New cases: :mod:`.views_nieuw`.

Every page asks ``may(user, BEWERKEN, case)``: a redacteur or beheerder of a member of the
case's alliance. Every save goes through :mod:`samen.businesscase.services` and stores a new
version; when the engine finds a problem, nothing is stored and the problem is shown on its
field (or, when that field is on another page, above the form, in words).
"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms.formsets import BaseFormSet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext
from django.views import View

from samen.accounts.authz import Actie
from samen.businesscase import editor, selectors, services
from samen.businesscase.engine.fileformat import case_to_yaml, parse_text
from samen.businesscase.engine.model import Case
from samen.businesscase.engine.validate import CaseFout, Melding, case_from_data
from samen.businesscase.forms import (
    BestandForm,
    KopForm,
    PartnerFormSet,
    RegelFormSet,
    ScenarioForm,
    SleutelFormSet,
    YamlForm,
)
from samen.businesscase.views import CaseMixin
from samen.core.forms import apply_service_error
from samen.core.views import SamenView
from samen.logboek import versiecontrole
from samen.terreinen import selectors as terrein_selectors

MAX_BESTAND = 5 * 1024 * 1024


def lees_bestand(upload: Any) -> Case:
    """A case from an uploaded YAML, JSON or Excel file; :class:`CaseFout` says what is wrong."""
    naam = upload.name or "bestand"
    if upload.size > MAX_BESTAND:
        raise CaseFout([Melding((), naam, gettext("het bestand is groter dan 5 MB."))])
    inhoud = upload.read()
    if naam.lower().endswith(".xlsx"):
        from samen.businesscase.engine.excel_read import read_workbook

        return read_workbook(inhoud)
    try:
        tekst = inhoud.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CaseFout(
            [
                Melding(
                    (),
                    naam,
                    gettext("het bestand is geen UTF-8-tekst (YAML of JSON) en geen .xlsx."),
                )
            ]
        ) from exc
    return parse_text(tekst, naam)


def bestand_fouten(form: Any, exc: CaseFout) -> None:
    for m in exc.meldingen:
        form.add_error("bestand", str(m))


def met_register_inwoners(data: dict[str, Any]) -> list[str]:
    """Fill in missing inhabitants of each reference year from the register; say for whom."""
    aangevuld = []
    for key in data["verdeelsleutels"].values():
        jaar = key.get("peiljaar")
        if jaar is None:
            continue
        for p in data["partners"]:
            if str(jaar) in p.get("inwoners", {}):
                continue
            aantal = selectors.inwoners_uit_register(sleutel=p["sleutel"], jaar=int(jaar))
            if aantal is not None:
                p.setdefault("inwoners", {})[str(jaar)] = aantal
                aangevuld.append(f"{p['naam']} ({jaar})")
    return sorted(set(aangevuld))


class BewerkView(CaseMixin, SamenView, View):
    """The base of the pages that edit one stored case."""

    actie = Actie.BEWERKEN
    template_name = ""

    def koppeling_kwargs(self) -> dict[str, Any]:
        verband = self.get_businesscase().samenwerkingsverband
        return {
            "terreinen": terrein_selectors.terrein_list(samenwerkingsverband=verband),
            "besluiten": selectors.besluiten_voor(samenwerkingsverband=verband),
        }

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().dispatch(request, *args, **kwargs)
        except versiecontrole.VersieConflict:  # a page without a form that shows the error
            messages.error(request, versiecontrole.VERSIE_FOUT)
            return HttpResponseRedirect(request.get_full_path())

    def toon(self, **context: Any) -> HttpResponse:
        context.setdefault("businesscase", self.get_businesscase())
        # the version the user saw; after a refusal the old one stays, so a resend fails too
        context["versie"] = self.request.POST.get(
            versiecontrole.VELD
        ) or versiecontrole.versie_token(self.get_businesscase())
        context["heeft_fouten"] = any(
            bool(v.errors) if isinstance(v, forms.BaseForm) else bool(v.total_error_count())
            for v in context.values()
            if isinstance(v, forms.BaseForm | BaseFormSet) and v.is_bound
        )
        return render(self.request, self.template_name, context)

    def opslaan(self, data: dict[str, Any] | Case, *, toelichting: str, **extra: Any) -> Any:
        return services.businesscase_update(
            businesscase=self.get_businesscase(), inhoud=data, door=self.request.user,
            toelichting=toelichting, versie=self.request.POST.get(versiecontrole.VELD), **extra,
        )  # fmt: skip

    def klaar(self, bericht: str, notities: list[str] | None = None) -> HttpResponse:
        messages.success(self.request, bericht)
        for n in notities or []:
            messages.warning(self.request, n)
        return HttpResponseRedirect(
            reverse("businesscase:detail", args=[self.get_businesscase().pk])
        )


class KopBewerkView(BewerkView):
    template_name = "businesscase/kop_form.html"

    def forms(self, post: Any = None) -> tuple[Any, Any, list[int]]:
        bc = self.get_businesscase()
        data = bc.inhoud
        jaren = editor.inwoner_jaren(data)
        initial = {**editor.kop_initial(data), "terrein": bc.terrein_id, "besluit": bc.besluit_id}
        kop = KopForm(post, initial=initial, **self.koppeling_kwargs())
        partners = PartnerFormSet(
            post,
            initial=editor.partner_initial(data),
            form_kwargs={"jaren": jaren},
            prefix="partners",
        )
        return kop, partners, jaren

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        kop, partners, jaren = self.forms()
        return self.toon(form=kop, partners=partners, jaren=jaren, formsets=[partners])

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        kop, partners, jaren = self.forms(request.POST)
        overig: list[str] = []
        if kop.is_valid() and partners.is_valid():
            data = editor.kopie(self.get_businesscase().inhoud)
            editor.kop_toepassen(data, kop.cleaned_data)
            per_partner, notities = editor.partners_toepassen(data, partners, jaren)
            aangevuld = met_register_inwoners(data)
            try:
                case_from_data(data)
                self.opslaan(data, toelichting="Gegevens en partners gewijzigd.",
                             terrein=kop.cleaned_data["terrein"], besluit=kop.cleaned_data["besluit"])  # fmt: skip
            except CaseFout as exc:
                overig = editor.toewijzen(exc.meldingen, data, [
                    (("partners",), per_partner, None, False), ((), kop, None, True),
                ])  # fmt: skip
            except ValidationError as exc:
                apply_service_error(kop, exc)
            else:
                if aangevuld:
                    notities.append(
                        gettext("Inwonertallen overgenomen uit het register: %(wie)s.")
                        % {"wie": ", ".join(aangevuld)}
                    )
                return self.klaar(gettext("De gegevens en partners zijn opgeslagen."), notities)
        return self.toon(
            form=kop, partners=partners, jaren=jaren, formsets=[partners], overig=overig
        )


class SleutelsBewerkView(BewerkView):
    template_name = "businesscase/sleutels_form.html"

    def formset(self, post: Any = None) -> tuple[Any, list[str]]:
        data = self.get_businesscase().inhoud
        keuzes = [(p["sleutel"], p["naam"]) for p in data["partners"]]
        fs = SleutelFormSet(
            post,
            initial=editor.sleutel_initial(data),
            form_kwargs={"partners": keuzes},
            prefix="sleutels",
        )
        return fs, [s for s, _ in keuzes]

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        fs = self.formset()[0]
        return self.toon(formset=fs, formsets=[fs])

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        formset, partners = self.formset(request.POST)
        overig: list[str] = []
        if formset.is_valid():
            data = editor.kopie(self.get_businesscase().inhoud)
            per_naam = editor.sleutels_toepassen(data, formset, partners)
            hernoemd = {
                f.initial["naam"]: n
                for n, f in per_naam.items()
                if f.initial.get("naam") not in (None, n)
            }
            for s in data["scenarios"]:
                for r in s.get("kostenregels", []):
                    r["verdeelsleutel"] = hernoemd.get(r["verdeelsleutel"], r["verdeelsleutel"])
            aangevuld = met_register_inwoners(data)
            if not any(f.errors for f in formset.forms):
                try:
                    case_from_data(data)
                    self.opslaan(data, toelichting="Verdeelsleutels gewijzigd.")
                except CaseFout as exc:
                    overig = editor.toewijzen(
                        exc.meldingen, data, [(("verdeelsleutels",), per_naam, None, False)]
                    )
                else:
                    notities = (
                        [
                            gettext("Inwonertallen overgenomen uit het register: %(wie)s.")
                            % {"wie": ", ".join(aangevuld)}
                        ]
                        if aangevuld
                        else []
                    )
                    return self.klaar(gettext("De verdeelsleutels zijn opgeslagen."), notities)
        return self.toon(formset=formset, formsets=[formset], overig=overig)


class ScenarioBewerkView(BewerkView):
    template_name = "businesscase/scenario_form.html"

    def scenario(self) -> tuple[int | None, dict[str, Any]]:
        data = self.get_businesscase().inhoud
        sleutel = self.kwargs.get("sleutel")
        if sleutel is None:
            return None, {"sleutel": "", "naam": "", "kostenregels": []}
        for i, s in enumerate(data["scenarios"]):
            if s["sleutel"] == sleutel:
                return i, s
        raise Http404("Dit scenario bestaat niet.")

    def forms(self, post: Any = None) -> tuple[Any, Any, int | None]:
        data = self.get_businesscase().inhoud
        index, s = self.scenario()
        keuzes = [(x["sleutel"], x["naam"]) for x in data["scenarios"]] if index is None else None
        form = ScenarioForm(
            post, initial=editor.scenario_initial(s), kopie_keuzes=keuzes, prefix="scenario"
        )
        regels = RegelFormSet(
            post, initial=[editor.regel_initial(r) for r in s.get("kostenregels", [])],
            form_kwargs={"sleutels": list(data["verdeelsleutels"])}, prefix="regels",
        )  # fmt: skip
        return form, regels, index

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form, regels, index = self.forms()
        return self.toon(form=form, regels=regels, formsets=[regels], nieuw=index is None)

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form, regels, index = self.forms(request.POST)
        overig: list[str] = []
        if form.is_valid() and regels.is_valid():
            data = editor.kopie(self.get_businesscase().inhoud)
            s: dict[str, Any] = {} if index is None else data["scenarios"][index]
            editor.scenario_toepassen(s, form.cleaned_data)
            per_regel = editor.regels_toepassen(s, regels)
            bron = form.cleaned_data.get("kopie_van")
            if index is None:
                if bron and not per_regel:
                    s["kostenregels"] = editor.kopie(
                        next(x for x in data["scenarios"] if x["sleutel"] == bron)
                    )["kostenregels"]
                data["scenarios"].append(s)
                index = len(data["scenarios"]) - 1
            try:
                case_from_data(data)
                self.opslaan(data, toelichting=f"Scenario '{s['naam']}' opgeslagen.")
            except CaseFout as exc:
                overig = editor.toewijzen(exc.meldingen, data, [
                    (("scenarios", index, "kostenregels"), per_regel, editor.REGEL_VELDEN, False),
                    (("scenarios", index), form, None, True),
                ])  # fmt: skip
            else:
                bc = self.get_businesscase()
                messages.success(
                    request, gettext("Het scenario '%(naam)s' is opgeslagen.") % {"naam": s["naam"]}
                )
                return HttpResponseRedirect(
                    reverse("businesscase:detail", args=[bc.pk]) + f"?scenario={s['sleutel']}"
                )
        return self.toon(
            form=form, regels=regels, formsets=[regels], nieuw=index is None, overig=overig
        )


class ScenarioVerwijderView(BewerkView):
    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        data = editor.kopie(self.get_businesscase().inhoud)
        over = [s for s in data["scenarios"] if s["sleutel"] != kwargs["sleutel"]]
        if len(over) == len(data["scenarios"]):
            raise Http404("Dit scenario bestaat niet.")
        if not over:
            messages.error(
                request,
                gettext(
                    "Het laatste scenario kan niet weg: een businesscase heeft minstens één "
                    "scenario."
                ),
            )
            return HttpResponseRedirect(
                reverse("businesscase:detail", args=[self.get_businesscase().pk])
            )
        data["scenarios"] = over
        self.opslaan(data, toelichting=f"Scenario '{kwargs['sleutel']}' verwijderd.")
        return self.klaar(gettext("Het scenario is verwijderd."))


class YamlView(BewerkView):
    template_name = "businesscase/yaml_form.html"

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        case = selectors.case_van(self.get_businesscase())
        return self.toon(form=YamlForm(initial={"yaml": case_to_yaml(case)}))

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form = YamlForm(request.POST)
        fouten: list[Any] = []
        if form.is_valid():
            try:
                case = parse_text(form.cleaned_data["yaml"])
                self.opslaan(case, toelichting=form.cleaned_data["toelichting"] or "YAML bewerkt.")
            except CaseFout as exc:
                regels = form.cleaned_data["yaml"].splitlines()
                fouten = [(m, _bronregel(m.plaats, regels)) for m in exc.meldingen]
            else:
                return self.klaar(gettext("De businesscase is opgeslagen."))
        return self.toon(form=form, fouten=fouten)


def _bronregel(plaats: str, regels: list[str]) -> str:
    """The text of the line a problem names ("regel 12"), to show next to the problem."""
    match = re.search(r"regel (\d+)", plaats)
    if match and 0 < int(match.group(1)) <= len(regels):
        return regels[int(match.group(1)) - 1].strip()
    return ""


class ImportView(BewerkView):
    template_name = "businesscase/bestand.html"

    def form(self, data: Any = None, files: Any = None) -> Any:
        bc = self.get_businesscase()
        return BestandForm(
            data,
            files,
            initial={"terrein": bc.terrein_id, "besluit": bc.besluit_id},
            **self.koppeling_kwargs(),
        )

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return self.toon(form=self.form(), nieuw=False)

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form = self.form(request.POST, request.FILES)
        if form.is_valid():
            c = form.cleaned_data
            try:
                case = lees_bestand(c["bestand"])
                self.opslaan(
                    case,
                    toelichting=f"Ingelezen uit {c['bestand'].name}.",
                    terrein=c["terrein"],
                    besluit=c["besluit"],
                )
            except CaseFout as exc:
                bestand_fouten(form, exc)
            except ValidationError as exc:
                apply_service_error(form, exc)
            else:
                return self.klaar(
                    gettext(
                        "De invoer is vervangen door die uit het bestand; de vorige versie is "
                        "bewaard."
                    )
                )
        return self.toon(form=form, nieuw=False)
