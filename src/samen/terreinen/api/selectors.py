"""API reads on domains that the app's own selectors do not offer (constant query counts)."""

from __future__ import annotations

import datetime as dt

from django.db.models import OuterRef, Prefetch, QuerySet, Subquery

from samen.terreinen.models import (
    Fasewijziging,
    Mijlpaal,
    Mijlpaalplanning,
    Samenwerkingsterrein,
    Voortgangsbericht,
    Werkgroep,
)


def terreinen_met_fase(*, peildatum: dt.date) -> QuerySet[Samenwerkingsterrein]:
    """Every domain with ``fase``: its phase on the peildatum, in the same query."""
    laatste = Fasewijziging.objects.filter(terrein=OuterRef("pk"), datum__lte=peildatum).order_by(
        "-datum", "-id"
    )
    return Samenwerkingsterrein.objects.annotate(fase=Subquery(laatste.values("fase")[:1]))


def werkgroepen_op(*, peildatum: dt.date | None) -> QuerySet[Werkgroep]:
    qs = Werkgroep.objects.all()
    return qs.op(peildatum) if peildatum is not None else qs


def fasewijzigingen_tot(*, peildatum: dt.date | None) -> QuerySet[Fasewijziging]:
    qs = Fasewijziging.objects.all()
    return qs.filter(datum__lte=peildatum) if peildatum is not None else qs


def voortgangsberichten_tot(*, peildatum: dt.date | None) -> QuerySet[Voortgangsbericht]:
    qs = Voortgangsbericht.objects.all()
    return qs.filter(datum__lte=peildatum) if peildatum is not None else qs


def mijlpalen() -> QuerySet[Mijlpaal]:
    return Mijlpaal.objects.prefetch_related(
        Prefetch("planningen", queryset=Mijlpaalplanning.objects.order_by("vastgesteld_op", "id"))
    )
