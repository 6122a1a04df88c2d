"""Template filters of the kwaliteitskaart."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.filter
def heat_klasse(cel: Any) -> str:
    """``heat--tekort`` where an organisation needs a specialism at a level nobody of its own
    reaches, else ``heat--0`` .. ``heat--3`` by the number of people (3 for three or more)."""
    if cel.needed and cel.able == 0:
        return "heat--tekort"
    return f"heat--{min(cel.count, 3)}"


@register.filter
def niveau_label(niveau: int | None) -> str:
    from samen.kwaliteitskaart.models import Niveau

    if niveau is None:
        return ""
    return str(Niveau(niveau).label)


@register.filter
def versie(obj: Any) -> str:
    """The version token a delete form sends along (see ``samen.logboek.versiecontrole``)."""
    from samen.logboek.versiecontrole import versie_token

    return versie_token(obj)
