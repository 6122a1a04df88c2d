"""The peildatum of a page: the date on which the state is shown (``?peildatum=JJJJ-MM-DD``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.http import HttpRequest
from django.utils import timezone

from samen.core.dates import DatumFout, parse_datum


@dataclass(frozen=True)
class Peildatum:
    datum: dt.date
    is_vandaag: bool
    param: str  # what to put back in links; empty for today
    fout: str | None = None


def peildatum_uit_request(request: HttpRequest) -> Peildatum:
    vandaag = timezone.localdate()
    raw = request.GET.get("peildatum", "").strip()
    if not raw:
        return Peildatum(datum=vandaag, is_vandaag=True, param="")
    try:
        datum = parse_datum(raw, veld="De peildatum")
    except DatumFout as exc:
        return Peildatum(
            datum=vandaag, is_vandaag=True, param="", fout=f"{exc} De stand van vandaag is getoond."
        )
    if datum.year < 1900:
        return Peildatum(
            datum=vandaag,
            is_vandaag=True,
            param="",
            fout="De peildatum ligt vóór 1900. De stand van vandaag is getoond.",
        )
    return Peildatum(datum=datum, is_vandaag=datum == vandaag, param=datum.isoformat())
