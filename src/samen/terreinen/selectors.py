"""Reads on domains and their progress: the state of every domain on a peildatum.

The database queries live here; :mod:`samen.terreinen.stand` decides what held on the date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db.models import OuterRef, Prefetch, QuerySet, Subquery

from samen.terreinen.models import (
    Fasewijziging,
    Mijlpaal,
    Mijlpaalplanning,
    Samenwerkingsterrein,
    Voortgangsbericht,
    Werkgroep,
    Werkgroeplid,
)
from samen.terreinen.stand import MijlpaalStand, fase_op, mijlpaal_stand


def terrein_get(*, samenwerkingsverband_slug: str, slug: str) -> Samenwerkingsterrein:
    return Samenwerkingsterrein.objects.select_related("samenwerkingsverband").get(
        samenwerkingsverband__slug=samenwerkingsverband_slug, slug=slug
    )


def terrein_list(*, samenwerkingsverband: Any = None) -> QuerySet[Samenwerkingsterrein]:
    qs = Samenwerkingsterrein.objects.select_related("samenwerkingsverband")
    if samenwerkingsverband is not None:
        qs = qs.filter(samenwerkingsverband=samenwerkingsverband)
    return qs


@dataclass(frozen=True)
class MijlpaalOpDatum:
    mijlpaal: Mijlpaal
    stand: MijlpaalStand


@dataclass
class TerreinStand:
    """One domain as it stood on the peildatum."""

    terrein: Samenwerkingsterrein
    peildatum: dt.date
    fase: Fasewijziging | None
    laatste_bericht: Voortgangsbericht | None
    mijlpalen: list[MijlpaalOpDatum] = field(default_factory=list)

    @property
    def volgende_mijlpaal(self) -> MijlpaalOpDatum | None:
        open_ = [
            m for m in self.mijlpalen
            if m.stand.geplande_datum and not m.stand.bereikt and not m.stand.te_laat
        ]  # fmt: skip
        return min(open_, key=lambda m: m.stand.geplande_datum or dt.date.max, default=None)

    @property
    def verschoven_mijlpalen(self) -> list[MijlpaalOpDatum]:
        return [m for m in self.mijlpalen if m.stand.verschoven and not m.stand.bereikt]

    @property
    def te_late_mijlpalen(self) -> list[MijlpaalOpDatum]:
        return [m for m in self.mijlpalen if m.stand.te_laat]


def _mijlpalen_prefetch() -> Prefetch:
    return Prefetch(
        "mijlpalen",
        queryset=Mijlpaal.objects.prefetch_related(
            Prefetch(
                "planningen", queryset=Mijlpaalplanning.objects.order_by("vastgesteld_op", "id")
            )
        ),
    )


def _mijlpalen_op(terrein: Samenwerkingsterrein, peildatum: dt.date) -> list[MijlpaalOpDatum]:
    result = []
    for mijlpaal in terrein.mijlpalen.all():
        stand = mijlpaal_stand(
            list(mijlpaal.planningen.all()), mijlpaal.werkelijke_datum, peildatum
        )
        if stand.bekend:
            result.append(MijlpaalOpDatum(mijlpaal=mijlpaal, stand=stand))
    return sorted(result, key=lambda m: m.stand.geplande_datum or m.stand.bereikt_op or dt.date.max)


def terreinen_stand_op(*, samenwerkingsverband: Any, peildatum: dt.date) -> list[TerreinStand]:
    """Every domain of an alliance on the peildatum, in a fixed number of queries.

    Only the latest update per domain is fetched (a subquery), so the cost does not grow with the
    number of updates in the register. The domains come with their phase changes up to the
    peildatum prefetched (``terrein.fasewijzigingen.all()``).
    """
    laatste = (
        Voortgangsbericht.objects.filter(terrein=OuterRef("pk"), datum__lte=peildatum)
        .order_by("-datum", "-id")
        .values("id")[:1]
    )
    terreinen = list(
        Samenwerkingsterrein.objects.filter(samenwerkingsverband=samenwerkingsverband)
        .select_related("samenwerkingsverband")
        .annotate(laatste_bericht_id=Subquery(laatste))
        .prefetch_related(
            Prefetch(
                "fasewijzigingen",
                queryset=Fasewijziging.objects.filter(datum__lte=peildatum).order_by("datum", "id"),
            ),
            _mijlpalen_prefetch(),
        )
    )
    berichten = Voortgangsbericht.objects.in_bulk(
        [t.laatste_bericht_id for t in terreinen if t.laatste_bericht_id is not None]
    )
    return [
        TerreinStand(
            terrein=terrein,
            peildatum=peildatum,
            fase=fase_op(terrein.fasewijzigingen.all(), peildatum),
            laatste_bericht=berichten.get(terrein.laatste_bericht_id),
            mijlpalen=_mijlpalen_op(terrein, peildatum),
        )
        for terrein in terreinen
    ]


def terrein_stand_op(*, terrein: Samenwerkingsterrein, peildatum: dt.date) -> TerreinStand:
    terrein = (
        Samenwerkingsterrein.objects.select_related("samenwerkingsverband")
        .prefetch_related(_mijlpalen_prefetch())
        .get(pk=terrein.pk)
    )
    return TerreinStand(
        terrein=terrein,
        peildatum=peildatum,
        fase=fase_op(terrein.fasewijzigingen.order_by("datum", "id"), peildatum),
        laatste_bericht=terrein.voortgangsberichten.filter(datum__lte=peildatum)
        .order_by("-datum", "-id")
        .first(),
        mijlpalen=_mijlpalen_op(terrein, peildatum),
    )


def fasewijzigingen_op(
    *, terrein: Samenwerkingsterrein, peildatum: dt.date
) -> QuerySet[Fasewijziging]:
    return terrein.fasewijzigingen.filter(datum__lte=peildatum).order_by("datum", "id")


def voortgangsberichten_in_periode(
    *,
    peildatum: dt.date,
    vanaf: dt.date | None = None,
    terrein: Samenwerkingsterrein | None = None,
    samenwerkingsverband: Any = None,
) -> QuerySet[Voortgangsbericht]:
    qs = Voortgangsbericht.objects.filter(datum__lte=peildatum).select_related("terrein", "auteur")
    if vanaf is not None:
        qs = qs.filter(datum__gt=vanaf)
    if terrein is not None:
        qs = qs.filter(terrein=terrein)
    if samenwerkingsverband is not None:
        qs = qs.filter(terrein__samenwerkingsverband=samenwerkingsverband)
    return qs.order_by("datum", "id")


def werkgroepen_op(*, terrein: Samenwerkingsterrein, peildatum: dt.date) -> QuerySet[Werkgroep]:
    return (
        Werkgroep.objects.op(peildatum)
        .filter(terrein=terrein)
        .select_related("trekker")
        .prefetch_related(
            Prefetch(
                "leden",
                queryset=Werkgroeplid.objects.op(peildatum).select_related(
                    "persoon", "persoon__organisatie"
                ),
                to_attr="leden_op",
            )
        )
    )


def mijlpaal_get(*, pk: int) -> Mijlpaal:
    return Mijlpaal.objects.select_related("terrein", "terrein__samenwerkingsverband").get(pk=pk)


def mijlpaal_planningen(*, mijlpaal: Mijlpaal) -> QuerySet[Mijlpaalplanning]:
    return mijlpaal.planningen.order_by("vastgesteld_op", "id")
