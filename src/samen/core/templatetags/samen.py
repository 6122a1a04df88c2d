from __future__ import annotations

import datetime as dt
from typing import Any

from django import template
from django.utils.http import urlencode

from samen.core.dates import DatumPrecisie, format_bedrag, format_datum, format_getal

register = template.Library()


@register.filter
def datum(value: dt.date | None, precisie: str = DatumPrecisie.DAG) -> str:
    """``{{ bericht.datum|datum:bericht.datumprecisie }}`` gives ``medio mei 2012``."""
    return format_datum(value, precisie or DatumPrecisie.DAG)


@register.filter
def getal(value: int | None) -> str:
    return format_getal(value)


@register.filter
def bedrag(value: Any) -> str:
    return format_bedrag(value)


@register.simple_tag(takes_context=True)
def met_peildatum(context: template.Context, **extra: Any) -> str:
    """The query string that keeps the current peildatum (``?peildatum=2012-09-10``)."""
    params = {}
    peildatum = context.get("peildatum_param")
    if peildatum:
        params["peildatum"] = peildatum
    params.update({k: v for k, v in extra.items() if v not in (None, "")})
    return f"?{urlencode(params)}" if params else ""
