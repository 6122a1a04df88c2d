"""Pages on reports: the archive, a new draft, preview and edit, download, publish.

Thin views: reads through :mod:`.selectors`, writes through :mod:`.services`, who may do what in
:mod:`.rechten`. A draft of another organisation is answered with 404, so its existence does not
leak; a council member (lezer) of the same organisation gets 403.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView

from samen.core.forms import apply_service_error
from samen.core.taken import taak_status
from samen.core.views import SamenView
from samen.rapportage import achtergrond, rechten, selectors, services
from samen.rapportage.document import geschatte_paginas
from samen.rapportage.formaten import FORMATEN, FORMATEN_PER_SOORT, bestandsnaam, render
from samen.rapportage.forms import (
    OpnieuwForm,
    PublicerenForm,
    RapportForm,
    SectieForm,
    VoorbladForm,
)
from samen.rapportage.models import Publicatie, Rapport
from samen.rapportage.render_html import html_fragment
from samen.rapportage.zinnen import opsomming


def omschrijving_opdracht(opdracht: Any, *, maken: bool = False) -> str:
    """What the opdracht does, for the pages; ``maken``: "PDF van het concept maken"."""
    if opdracht.soort == "publiceren":
        return gettext("Publiceren")
    formaat = FORMATEN[opdracht.formaat].label
    if opdracht.deel == "bijlage":
        if maken:
            return gettext("%(formaat)s van de bijlage maken") % {"formaat": formaat}
        return gettext("%(formaat)s van de bijlage") % {"formaat": formaat}
    if maken:
        return gettext("%(formaat)s van het concept maken") % {"formaat": formaat}
    return gettext("%(formaat)s van het concept") % {"formaat": formaat}


def _download(inhoud: bytes, formaat: str, naam: str, *, inline: bool = False) -> HttpResponse:
    response = HttpResponse(inhoud, content_type=FORMATEN[formaat].content_type)
    wijze = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{wijze}; filename="{naam}"'
    return response


class ArchiefView(SamenView, TemplateView):
    template_name = "rapportage/archief.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        user = self.request.user
        organisaties = rechten.organisaties_van(user)
        slug = self.request.GET.get("organisatie", "")
        if slug:
            organisaties = [o for o in organisaties if o.slug == slug]
            if not organisaties:
                raise Http404("Onbekende organisatie, of u heeft er geen rol.")
        overzicht = []
        for org in organisaties:
            redacteur = rechten.mag_redigeren(user, org)
            overzicht.append(
                {
                    "organisatie": org,
                    "publicaties": selectors.publicaties(organisatie=org),
                    "concepten": selectors.rapporten(organisatie=org, status=Rapport.Status.CONCEPT)
                    if redacteur
                    else [],
                    "redacteur": redacteur,
                }
            )
        context.update(
            overzicht=overzicht,
            kan_maken=bool(rechten.organisaties_van(user, redigeren=True)),
        )
        return context


class RapportCreateView(SamenView, FormView):
    template_name = "rapportage/nieuw.html"
    form_class = RapportForm

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if request.user.is_authenticated and not rechten.organisaties_van(
            request.user, redigeren=True
        ):
            raise PermissionDenied(gettext("Alleen redacteuren en beheerders maken notities."))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        kwargs["organisaties"] = rechten.organisaties_van(self.request.user, redigeren=True)
        return kwargs

    def form_valid(self, form: Any) -> HttpResponse:
        data = form.cleaned_data
        try:
            rapport = services.rapport_create(
                organisatie=data["organisatie"],
                soort=data["soort"],
                peildatum=data["peildatum"],
                vanaf=data["vanaf"],
                gebruiker=self.request.user,
                agendapunt=data["agendapunt"],
                documentnummer=data["documentnummer"],
            )
        except ValidationError as exc:
            apply_service_error(form, exc)
            return self.form_invalid(form)
        messages.success(
            self.request, gettext("Het concept is geschreven uit de stand van het register.")
        )
        return HttpResponseRedirect(reverse("rapportage:concept", args=[rapport.pk]))


class ConceptMixin:
    """A draft the user may edit: 404 for another organisation's, 403 for a lezer's own."""

    request: HttpRequest
    kwargs: dict[str, Any]

    def get_rapport(self) -> Rapport:
        if not hasattr(self, "_rapport"):
            try:
                rapport = selectors.rapport_get(pk=self.kwargs["pk"])
            except Rapport.DoesNotExist as exc:
                raise Http404("Dit concept bestaat niet.") from exc
            if not rechten.mag_redigeren(self.request.user, rapport.organisatie):
                if rechten.mag_lezen(self.request.user, rapport.organisatie):
                    raise PermissionDenied(
                        gettext(
                            "Alleen redacteuren en beheerders van de organisatie zien concepten."
                        )
                    )
                raise Http404("Dit concept bestaat niet.")
            self._rapport = rapport
        return self._rapport

    def authz_object(self) -> Any:
        return None

    def concept_url(self) -> str:
        return reverse("rapportage:concept", args=[self.get_rapport().pk])

    def gepubliceerd_doorsturen(self) -> HttpResponse | None:
        rapport = self.get_rapport()
        if rapport.is_gepubliceerd:
            messages.error(
                self.request, gettext("Deze notitie is gepubliceerd en verandert niet meer.")
            )
            return HttpResponseRedirect(
                reverse("rapportage:publicatie", args=[rapport.publicatie.registratienummer])
            )
        return None


class ConceptView(ConceptMixin, SamenView, TemplateView):
    template_name = "rapportage/concept.html"

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return self.gepubliceerd_doorsturen() or super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        rapport = self.get_rapport()
        with translation.override("nl"):  # the note is Dutch, whatever the user's language
            doc = selectors.rapport_document(rapport)
            bijlage = selectors.rapport_bijlage(rapport)
            voorbeeld = mark_safe(html_fragment(doc, basisniveau=2))
        context.update(
            rapport=rapport,
            secties=sorted(rapport.secties.all(), key=lambda s: s.volgorde),
            voorbeeld=voorbeeld,
            formaten=[
                (FORMATEN[f], achtergrond.op_achtergrond(doc, f))
                for f in FORMATEN_PER_SOORT[rapport.soort]
            ],
            paginas=geschatte_paginas(doc),
            op_achtergrond=opsomming(
                [
                    FORMATEN[f].label
                    for f in FORMATEN_PER_SOORT[rapport.soort]
                    if achtergrond.op_achtergrond(doc, f)
                ],
                "en",
            ),
            bijlage=bijlage,
            bijlage_formaten=[
                (FORMATEN[f], achtergrond.op_achtergrond(bijlage, f))
                for f in FORMATEN_PER_SOORT[rapport.soort]
            ]
            if bijlage is not None
            else [],
            bijlage_paginas=geschatte_paginas(bijlage) if bijlage is not None else 0,
            opdrachten=[
                (o, taak_status(o.taak_id), omschrijving_opdracht(o))
                for o in rapport.opdrachten.all()[:5]
            ],
        )
        return context


class ConceptFormView(ConceptMixin, SamenView, FormView):
    succes: Any = ""

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return self.gepubliceerd_doorsturen() or super().get(request, *args, **kwargs)

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return self.gepubliceerd_doorsturen() or super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["rapport"] = self.get_rapport()
        return context

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            doel = self.opslaan(form.cleaned_data)
        except ValidationError as exc:
            apply_service_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, self.succes)
        return HttpResponseRedirect(doel or self.concept_url())

    #: Each form stores its cleaned data through a service and may return where to go next.
    opslaan: Callable[[dict[str, Any]], str | None]


class SectieView(ConceptFormView):
    template_name = "rapportage/sectie_form.html"
    form_class = SectieForm
    succes = _("De tekst van de sectie is opgeslagen.")

    def get_sectie(self) -> Any:
        try:
            return self.get_rapport().secties.get(sleutel=self.kwargs["sleutel"])
        except Exception as exc:
            raise Http404("Deze sectie bestaat niet.") from exc

    def get_initial(self) -> dict[str, Any]:
        return {"tekst": self.get_sectie().tekst}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["sectie"] = self.get_sectie()
        return context

    def opslaan(self, data: dict[str, Any]) -> str | None:
        services.sectie_update(
            rapport=self.get_rapport(), sleutel=self.kwargs["sleutel"], tekst=data["tekst"]
        )
        return self.concept_url() + f"#sectie-{self.kwargs['sleutel']}"


class VoorbladView(ConceptFormView):
    template_name = "rapportage/voorblad_form.html"
    form_class = VoorbladForm
    succes = _("Het voorblad is opgeslagen.")

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        r = self.get_rapport()
        kwargs["personen"] = selectors.personen_keuze(
            organisatie=r.organisatie, peildatum=r.peildatum
        )
        return kwargs

    def get_initial(self) -> dict[str, Any]:
        r = self.get_rapport()
        return {
            "onderwerp": r.onderwerp,
            "datum": r.datum,
            "agendapunt": r.agendapunt,
            "documentnummer": r.documentnummer,
            "portefeuillehouder": r.portefeuillehouder,
            "informanten": list(r.informanten.all()),
            "burgemeester": r.burgemeester,
            "secretaris": r.secretaris,
        }

    def opslaan(self, data: dict[str, Any]) -> str | None:
        services.voorblad_update(rapport=self.get_rapport(), **data)
        return None


class OpnieuwView(ConceptFormView):
    template_name = "rapportage/opnieuw.html"
    form_class = OpnieuwForm
    succes = _("De tekst is opnieuw geschreven uit de actuele stand van het register.")

    def opslaan(self, data: dict[str, Any]) -> str | None:
        services.rapport_regenerate(
            rapport=self.get_rapport(), behoud_bewerkingen=data["behoud_bewerkingen"]
        )
        return None


class PublicerenView(ConceptFormView):
    template_name = "rapportage/publiceren.html"
    form_class = PublicerenForm
    succes: Any = _("De notitie is gepubliceerd en gearchiveerd. Zij verandert niet meer.")

    def opslaan(self, data: dict[str, Any]) -> str | None:
        rapport = self.get_rapport()
        if achtergrond.op_achtergrond(achtergrond.publiceren_paginas(rapport)):
            opdracht = achtergrond.publiceren_aanvragen(
                rapport=rapport,
                publicatiedatum=data["publicatiedatum"],
                gebruiker=self.request.user,
            )
            self.succes = gettext(
                "De notitie is groot: zij wordt op de achtergrond gepubliceerd. Deze pagina "
                "toont de voortgang."
            )
            return reverse("rapportage:opdracht", args=[rapport.pk, opdracht.pk])
        publicatie = services.rapport_publish(
            rapport=self.get_rapport(),
            gebruiker=self.request.user,
            publicatiedatum=data["publicatiedatum"],
        )
        return reverse("rapportage:publicatie", args=[publicatie.registratienummer])


class VerwijderenView(ConceptMixin, SamenView, TemplateView):
    template_name = "rapportage/verwijderen.html"

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return self.gepubliceerd_doorsturen() or super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["rapport"] = self.get_rapport()
        return context

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        doorsturen = self.gepubliceerd_doorsturen()
        if doorsturen:
            return doorsturen
        services.rapport_delete(rapport=self.get_rapport())
        messages.success(request, gettext("Het concept is verwijderd."))
        return HttpResponseRedirect(reverse("rapportage:archief"))


class ConceptDownloadView(ConceptMixin, SamenView, TemplateView):
    """A draft in one format: small notes at once; a large PDF or DOCX is offered as background
    work (GET explains, POST enqueues and goes to the state of the opdracht)."""

    template_name = "rapportage/achtergrond.html"

    def _doc_en_formaat(self) -> tuple[Any, str]:
        rapport = self.get_rapport()
        formaat = self.kwargs["formaat"]
        if formaat not in FORMATEN_PER_SOORT[rapport.soort]:
            raise Http404("Dit formaat bestaat niet voor deze notitie.")
        with translation.override("nl"):  # the note is Dutch, whatever the user's language
            doc = selectors.document_van(rapport, self.kwargs.get("deel", "notitie"))
        if doc is None:
            raise Http404("Deze notitie heeft geen bijlage: zij bevat alle ontwikkelingen zelf.")
        return doc, formaat

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        doorsturen = self.gepubliceerd_doorsturen()
        if doorsturen:
            return doorsturen
        rapport = self.get_rapport()
        doc, formaat = self._doc_en_formaat()
        if achtergrond.op_achtergrond(doc, formaat):
            return self.render_to_response(
                self.get_context_data(
                    rapport=rapport,
                    formaat=FORMATEN[formaat],
                    paginas=geschatte_paginas(doc),
                    deel=self.kwargs.get("deel", "notitie"),
                )
            )
        with translation.override("nl"):
            inhoud = render(doc, formaat)
        naam = achtergrond.concept_naam(rapport, self.kwargs.get("deel", "notitie"))
        return _download(inhoud, formaat, bestandsnaam(naam, formaat))

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        doorsturen = self.gepubliceerd_doorsturen()
        if doorsturen:
            return doorsturen
        _, formaat = self._doc_en_formaat()
        try:
            opdracht = achtergrond.bestand_aanvragen(
                rapport=self.get_rapport(),
                formaat=formaat,
                deel=self.kwargs.get("deel", "notitie"),
                gebruiker=request.user,
            )
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
            return HttpResponseRedirect(self.concept_url())
        return HttpResponseRedirect(
            reverse("rapportage:opdracht", args=[opdracht.rapport_id, opdracht.pk])
        )


class PublicatieMixin:
    request: HttpRequest
    kwargs: dict[str, Any]

    def get_publicatie(self) -> Publicatie:
        if not hasattr(self, "_publicatie"):
            try:
                publicatie = selectors.publicatie_get(registratienummer=self.kwargs["nummer"])
            except Publicatie.DoesNotExist as exc:
                raise Http404("Deze publicatie bestaat niet.") from exc
            if not rechten.mag_lezen(self.request.user, publicatie.organisatie):
                raise Http404("Deze publicatie bestaat niet.")
            self._publicatie = publicatie
        return self._publicatie


class PublicatieView(PublicatieMixin, SamenView, TemplateView):
    template_name = "rapportage/publicatie.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        publicatie = self.get_publicatie()
        context.update(
            publicatie=publicatie,
            bestanden=[(b, FORMATEN[b.formaat]) for b in publicatie.bestanden.all()],
        )
        return context


class PublicatieBestandView(PublicatieMixin, SamenView, View):
    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        publicatie = self.get_publicatie()
        try:
            bestand = selectors.bestand_get(
                publicatie=publicatie,
                formaat=kwargs["formaat"],
                deel=kwargs.get("deel", "notitie"),
            )
        except Exception as exc:
            raise Http404("Dit formaat is niet gepubliceerd.") from exc
        if not selectors.bestand_in_orde(bestand):
            return HttpResponse(
                gettext(
                    "Het opgeslagen bestand komt niet overeen met de vastgelegde hash; het is "
                    "beschadigd. Meld dit bij de beheerder."
                ),
                status=500,
                content_type="text/plain; charset=utf-8",
            )
        response = _download(
            bytes(bestand.inhoud),
            bestand.formaat,
            bestand.bestandsnaam,
            inline=request.GET.get("lezen") == "1" and bestand.formaat == "html",
        )
        response["X-Samen-SHA256"] = bestand.sha256
        return response
