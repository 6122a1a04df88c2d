"""API reads on the register's parties that the app's own selectors do not offer."""

from __future__ import annotations

import datetime as dt

from django.db.models import QuerySet

from samen.organisaties.models import Lidmaatschap, Persoon


def personen_op(*, peildatum: dt.date) -> QuerySet[Persoon]:
    return Persoon.objects.op(peildatum)


def lidmaatschap_list() -> QuerySet[Lidmaatschap]:
    return Lidmaatschap.objects.all()
