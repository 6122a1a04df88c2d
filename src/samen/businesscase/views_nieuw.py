"""The pages that start a case: by form (partners and inhabitants from the register, three
standard allocation keys, one empty scenario) or from a YAML, JSON or Excel file.

Both ask ``may(user, BEWERKEN)`` to show the form and ``may(user, BEWERKEN, alliance)`` for the
alliance chosen, when the form is sent.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext
from django.views import View

from samen.accounts.authz import Actie, may
from samen.bestuur.models import Besluit
from samen.businesscase import selectors, services
from samen.businesscase.engine.model import Case, Grondslag, Scenario, Verdeelsleutel
from samen.businesscase.engine.validate import CaseFout
from samen.businesscase.forms import BestandForm, NieuwForm
from samen.businesscase.views_bewerken import bestand_fouten, lees_bestand
from samen.core.forms import apply_service_error
from samen.core.views import SamenView
from samen.organisaties import selectors as org_selectors
from samen.terreinen import selectors as terrein_selectors


def bewerkbare_verbanden(user: Any) -> Any:
    ids = [v.pk for v in org_selectors.samenwerkingsverband_list() if may(user, Actie.BEWERKEN, v)]
    return org_selectors.samenwerkingsverband_list().filter(pk__in=ids)


def besluiten_van(verbanden: Any) -> Any:
    ids = [b.pk for v in verbanden for b in selectors.besluiten_voor(samenwerkingsverband=v)]
    return (
        Besluit.objects.filter(pk__in=ids)
        .select_related("vergadering")
        .order_by("-vergadering__datum")
    )


class NieuwView(SamenView, View):
    actie = Actie.BEWERKEN
    template_name = "businesscase/nieuw.html"

    def form(self, data: Any = None, files: Any = None) -> Any:
        verbanden = bewerkbare_verbanden(self.request.user)
        return NieuwForm(
            data,
            verbanden=verbanden,
            terreinen=terrein_selectors.terrein_list().filter(samenwerkingsverband__in=verbanden),
            besluiten=besluiten_van(verbanden),
            initial={
                "startjaar": dt.date.today().year + 1,
                "samenwerkingsverband": verbanden.first(),
            },
        )

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return render(request, self.template_name, {"form": self.form()})

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form = self.form(request.POST)
        if form.is_valid():
            c = form.cleaned_data
            verband = c["samenwerkingsverband"]
            if not may(request.user, Actie.BEWERKEN, verband):
                raise PermissionDenied(
                    gettext("U mag voor dit samenwerkingsverband geen businesscase maken.")
                )
            peiljaar = c["startjaar"] - 1
            partners = selectors.partners_uit_register(
                samenwerkingsverband=verband, peiljaar=peiljaar
            )
            case = Case(
                naam=c["naam"], omschrijving=c["omschrijving"], startjaar=c["startjaar"],
                looptijd=c["looptijd"], disconteringsvoet=c["disconteringsvoet"] / 100,
                partners=tuple(partners), verdeelsleutels=standaard_sleutels(peiljaar),
                scenarios=(Scenario(sleutel="basis", naam="Basisscenario"),),
            )  # fmt: skip
            if not partners:
                form.add_error(
                    "samenwerkingsverband",
                    gettext("%(verband)s heeft nu geen leden om de kosten over te verdelen.")
                    % {"verband": verband},
                )
            else:
                try:
                    bc = services.businesscase_create(
                        samenwerkingsverband=verband, inhoud=case, terrein=c["terrein"],
                        besluit=c["besluit"], door=request.user,
                    )  # fmt: skip
                except ValidationError as exc:
                    apply_service_error(form, exc)
                else:
                    messages.success(
                        request,
                        gettext(
                            "De businesscase is aangemaakt. Voeg nu de kostenregels van het "
                            "eerste scenario toe."
                        ),
                    )
                    return HttpResponseRedirect(
                        reverse("businesscase:scenario", args=[bc.pk, "basis"])
                    )
        return render(request, self.template_name, {"form": form})


def standaard_sleutels(peiljaar: int) -> tuple[Verdeelsleutel, ...]:
    """Equal shares, by inhabitants, and 30% equal / 70% by inhabitants."""
    return (
        Verdeelsleutel(naam="gelijk", grondslag=((Grondslag.GELIJK, Decimal(100)),)),
        Verdeelsleutel(
            naam="inwoners", grondslag=((Grondslag.INWONERS, Decimal(100)),), peiljaar=peiljaar
        ),
        Verdeelsleutel(
            naam="vast-variabel",
            grondslag=((Grondslag.GELIJK, Decimal(30)), (Grondslag.INWONERS, Decimal(70))),
            peiljaar=peiljaar,
            omschrijving="30% vast (gelijke delen), 70% naar inwoners.",
        ),
    )


class NieuwBestandView(SamenView, View):
    actie = Actie.BEWERKEN
    template_name = "businesscase/bestand.html"

    def form(self, data: Any = None, files: Any = None) -> Any:
        verbanden = bewerkbare_verbanden(self.request.user)
        return BestandForm(
            data, files, verbanden=verbanden,
            terreinen=terrein_selectors.terrein_list().filter(samenwerkingsverband__in=verbanden),
            besluiten=besluiten_van(verbanden),
        )  # fmt: skip

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return render(request, self.template_name, {"form": self.form(), "nieuw": True})

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form = self.form(request.POST, request.FILES)
        if form.is_valid():
            c = form.cleaned_data
            if not may(request.user, Actie.BEWERKEN, c["samenwerkingsverband"]):
                raise PermissionDenied(
                    gettext("U mag voor dit samenwerkingsverband geen businesscase maken.")
                )
            try:
                case = lees_bestand(c["bestand"])
                bc = services.businesscase_create(
                    samenwerkingsverband=c["samenwerkingsverband"], inhoud=case, terrein=c["terrein"],
                    besluit=c["besluit"], door=request.user, toelichting=f"Ingelezen uit {c['bestand'].name}.",
                )  # fmt: skip
            except CaseFout as exc:
                bestand_fouten(form, exc)
            except ValidationError as exc:
                apply_service_error(form, exc)
            else:
                messages.success(request, gettext("De businesscase is ingelezen."))
                return HttpResponseRedirect(reverse("businesscase:detail", args=[bc.pk]))
        return render(request, self.template_name, {"form": form, "nieuw": True})
