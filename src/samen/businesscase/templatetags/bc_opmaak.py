"""Template filters for business cases: amounts in eurocents, rates, chances."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import template

from samen.businesscase.engine.money import format_euro, format_getal, format_procent

NBSP = "\u00a0"

register = template.Library()


@register.filter
def euro(cents: Any) -> str:
    """``{{ reeks.ncw|euro }}`` gives ``€ -633.001`` (whole euros)."""
    if cents is None or cents == "":
        return ""
    return format_euro(int(cents)).replace(" ", NBSP)


@register.filter
def getal(value: Any) -> str:
    """``27600`` gives ``27.600``."""
    if value is None or value == "":
        return ""
    return format_getal(Decimal(str(value)))


@register.filter
def euro_centen(cents: Any) -> str:
    if cents is None or cents == "":
        return ""
    return format_euro(int(cents), centen=True).replace(" ", NBSP)


@register.filter
def procent(fraction: Any, decimalen: int = 1) -> str:
    """``0.04`` gives ``4%``."""
    if fraction is None or fraction == "":
        return ""
    return format_procent(Decimal(str(fraction)), int(decimalen))


@register.filter
def kans(value: Any) -> str:
    """A probability as a whole percentage, with ``< 1%`` and ``> 99%`` for the extremes."""
    p = float(value)
    if 0 < p < 0.005:
        return "< 1%"
    if 0.995 < p < 1:
        return "> 99%"
    return f"{p * 100:.0f}%"
