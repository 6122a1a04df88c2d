"""Reads on organisations, alliances and memberships, on a peildatum where they are dated."""

from __future__ import annotations

import datetime as dt

from django.db.models import Prefetch, QuerySet

from samen.organisaties.models import (
    Inwonertal,
    Lidmaatschap,
    Organisatie,
    Persoon,
    Samenwerkingsverband,
)


def organisatie_list() -> QuerySet[Organisatie]:
    return Organisatie.objects.all()


def organisatie_get(*, slug: str) -> Organisatie:
    """Raises ``Organisatie.DoesNotExist`` for an unknown slug."""
    return Organisatie.objects.get(slug=slug)


def samenwerkingsverband_list() -> QuerySet[Samenwerkingsverband]:
    return Samenwerkingsverband.objects.all()


def samenwerkingsverband_get(*, slug: str) -> Samenwerkingsverband:
    return Samenwerkingsverband.objects.get(slug=slug)


def lidmaatschappen_op(
    *,
    peildatum: dt.date,
    samenwerkingsverband: Samenwerkingsverband | None = None,
    organisatie: Organisatie | None = None,
) -> QuerySet[Lidmaatschap]:
    qs = Lidmaatschap.objects.op(peildatum).select_related("organisatie", "samenwerkingsverband")
    if samenwerkingsverband is not None:
        qs = qs.filter(samenwerkingsverband=samenwerkingsverband)
    if organisatie is not None:
        qs = qs.filter(organisatie=organisatie)
    return qs.order_by("samenwerkingsverband__naam", "organisatie__naam")


def lidmaatschap_history(*, organisatie: Organisatie) -> QuerySet[Lidmaatschap]:
    return (
        Lidmaatschap.objects.filter(organisatie=organisatie)
        .select_related("samenwerkingsverband")
        .order_by("samenwerkingsverband__naam", "begindatum")
    )


def verbanden_met_leden_op(*, peildatum: dt.date) -> QuerySet[Samenwerkingsverband]:
    """Every alliance with ``leden_op``: its memberships on the peildatum, in one extra query."""
    return Samenwerkingsverband.objects.prefetch_related(
        Prefetch(
            "lidmaatschappen",
            queryset=Lidmaatschap.objects.op(peildatum)
            .select_related("organisatie")
            .order_by("status", "organisatie__naam"),
            to_attr="leden_op",
        )
    )


def organisaties_met_status(
    *, samenwerkingsverband: Samenwerkingsverband, peildatum: dt.date, statussen: list[str]
) -> QuerySet[Organisatie]:
    return Organisatie.objects.filter(
        lidmaatschappen__in=Lidmaatschap.objects.op(peildatum).filter(
            samenwerkingsverband=samenwerkingsverband, status__in=statussen
        )
    ).distinct()


def inwonertal_op(*, organisatie: Organisatie, jaar: int) -> int | None:
    """Inhabitants on 1 January of ``jaar``, or of the latest year before it that is known."""
    rij = (
        Inwonertal.objects.filter(organisatie=organisatie, jaar__lte=jaar).order_by("-jaar").first()
    )
    return rij.aantal if rij else None


def personen_op(*, organisatie: Organisatie, peildatum: dt.date) -> QuerySet[Persoon]:
    return Persoon.objects.op(peildatum).filter(organisatie=organisatie)
