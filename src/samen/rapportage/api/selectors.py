"""API reads on status notes for every organisation a user may read or edit, in one query."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet

from samen.rapportage.models import Publicatie, Publicatiebestand, Rapport


def rapporten_van(*, organisaties: list[Any]) -> QuerySet[Rapport]:
    return Rapport.objects.filter(organisatie__in=organisaties, status=Rapport.Status.CONCEPT)


def publicaties_van(*, organisaties: list[Any]) -> QuerySet[Publicatie]:
    return Publicatie.objects.filter(organisatie__in=organisaties).prefetch_related(
        Prefetch("bestanden", queryset=Publicatiebestand.objects.defer("inhoud"))
    )
