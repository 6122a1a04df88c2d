"""Reads on governance, on a peildatum: decisions in a period, commitments with their status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet

from samen.bestuur.models import Besluit, Motie, Orgaan, Toezegging, Vergadering
from samen.bestuur.status import ToezeggingStatus, nagekomen_na_vervaldatum, toezegging_status


def orgaan_list() -> QuerySet[Orgaan]:
    return Orgaan.objects.select_related("organisatie", "samenwerkingsverband")


def besluiten_in_periode(
    *,
    peildatum: dt.date,
    vanaf: dt.date | None = None,
    samenwerkingsverband: Any = None,
    terrein: Any = None,
) -> QuerySet[Besluit]:
    """Decisions taken after ``vanaf`` (exclusive) up to and including the peildatum."""
    qs = Besluit.objects.filter(vergadering__datum__lte=peildatum)
    if vanaf is not None:
        qs = qs.filter(vergadering__datum__gt=vanaf)
    if terrein is not None:
        qs = qs.filter(terrein=terrein)
    if samenwerkingsverband is not None:
        qs = qs.filter(
            Q(terrein__samenwerkingsverband=samenwerkingsverband)
            | Q(vergadering__organen__samenwerkingsverband=samenwerkingsverband)
        ).distinct()
    return (
        qs.select_related("vergadering", "terrein")
        .prefetch_related("vergadering__organen")
        .order_by("vergadering__datum", "id")
    )


def vergaderingen_in_periode(
    *, peildatum: dt.date, vanaf: dt.date | None = None
) -> QuerySet[Vergadering]:
    qs = Vergadering.objects.filter(datum__lte=peildatum)
    if vanaf is not None:
        qs = qs.filter(datum__gt=vanaf)
    return qs.prefetch_related("organen").order_by("datum")


def moties_op(*, peildatum: dt.date) -> QuerySet[Motie]:
    return Motie.objects.filter(datum__lte=peildatum).select_related("orgaan")


@dataclass(frozen=True)
class ToezeggingStand:
    toezegging: Toezegging
    status: ToezeggingStatus
    te_laat_nagekomen: bool


def toezeggingen_op(
    *,
    peildatum: dt.date,
    statussen: set[ToezeggingStatus] | None = None,
    terrein: Any = None,
) -> list[ToezeggingStand]:
    """Commitments made on or before the peildatum, with their status on that day."""
    qs = Toezegging.objects.filter(gedaan_op__lte=peildatum).select_related(
        "orgaan", "aan", "motie", "terrein"
    )
    if terrein is not None:
        qs = qs.filter(terrein=terrein)
    standen = []
    for t in qs.order_by("vervaldatum", "id"):
        status = toezegging_status(
            gedaan_op=t.gedaan_op,
            vervaldatum=t.vervaldatum,
            nagekomen_op=t.nagekomen_op,
            peildatum=peildatum,
        )
        if statussen is not None and status not in statussen:
            continue
        standen.append(
            ToezeggingStand(
                toezegging=t,
                status=status,
                te_laat_nagekomen=status == ToezeggingStatus.NAGEKOMEN
                and nagekomen_na_vervaldatum(
                    vervaldatum=t.vervaldatum, nagekomen_op=t.nagekomen_op
                ),
            )
        )
    return standen


def toezegging_get(*, pk: int) -> Toezegging:
    return Toezegging.objects.select_related("orgaan", "aan", "motie", "terrein").get(pk=pk)
