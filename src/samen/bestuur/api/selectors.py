"""API reads on governance that the app's own selectors do not offer (constant query counts)."""

from __future__ import annotations

import datetime as dt

from django.db.models import QuerySet

from samen.bestuur.models import Besluit, Motie, Toezegging, Vergadering


def vergaderingen_tot(*, peildatum: dt.date | None) -> QuerySet[Vergadering]:
    qs = Vergadering.objects.prefetch_related("organen")
    return qs.filter(datum__lte=peildatum) if peildatum is not None else qs


def besluiten_tot(*, peildatum: dt.date | None) -> QuerySet[Besluit]:
    qs = Besluit.objects.select_related("vergadering")
    return qs.filter(vergadering__datum__lte=peildatum) if peildatum is not None else qs


def moties_tot(*, peildatum: dt.date | None) -> QuerySet[Motie]:
    qs = Motie.objects.all()
    return qs.filter(datum__lte=peildatum) if peildatum is not None else qs


def toezeggingen_tot(*, peildatum: dt.date | None) -> QuerySet[Toezegging]:
    qs = Toezegging.objects.all()
    return qs.filter(gedaan_op__lte=peildatum) if peildatum is not None else qs
