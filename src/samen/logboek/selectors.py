"""Reading the processing log: who may see which lines, and the search of the log page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Q, QuerySet

from samen.accounts.authz import rollen_van
from samen.accounts.models import Rol
from samen.logboek.models import Regel


def zichtbare_organisaties(user: Any) -> set[int] | None:
    """The organisations whose lines ``user`` may search; ``None`` means all (superuser)."""
    if getattr(user, "is_superuser", False):
        return None
    return {r.organisatie_id for r in rollen_van(user) if r.soort == Rol.Soort.BEHEERDER}


def regels_voor(
    *,
    user: Any,
    van: dt.date | None = None,
    tot: dt.date | None = None,
    actor: str = "",
    organisatie_id: int | None = None,
    objecttype: str = "",
    actie: str = "",
    persoonsgegevens: bool | None = None,
) -> QuerySet[Regel]:
    """The lines ``user`` may see (a beheerder: their organisations'), filtered, newest first."""
    regels = Regel.objects.all()
    organisaties = zichtbare_organisaties(user)
    if organisaties is not None:
        regels = regels.filter(organisatie_id__in=organisaties)
    if van is not None:
        regels = regels.filter(tijdstip__date__gte=van)
    if tot is not None:
        regels = regels.filter(tijdstip__date__lte=tot)
    if actor:
        regels = regels.filter(Q(gebruikersnaam__icontains=actor))
    if organisatie_id is not None:
        regels = regels.filter(organisatie_id=organisatie_id)
    if objecttype:
        regels = regels.filter(objecttype=objecttype)
    if actie:
        regels = regels.filter(actie=actie)
    if persoonsgegevens is not None:
        regels = regels.filter(persoonsgegevens=persoonsgegevens)
    return regels.order_by("-tijdstip", "-id")


def objecttypes() -> list[str]:
    return sorted(set(Regel.objects.values_list("objecttype", flat=True).distinct()))
