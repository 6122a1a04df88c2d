"""Retention periods of the processing log: ISO 8601 durations in whole years, months and days
(``P2Y``, ``P18M``, ``P1Y6M``, ``P30D``), as the VNG logging standard writes them."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DUUR = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?")


def na_termijn(moment: dt.datetime, termijn: str) -> dt.datetime:
    """The moment the period ``termijn`` after ``moment`` ends. ValueError when unreadable."""
    m = _DUUR.fullmatch(termijn.strip())
    if m is None or termijn.strip() == "P":
        raise ValueError(f"'{termijn}' is geen bewaartermijn (ISO 8601, bijv. P2Y).")
    jaren, maanden, dagen = (int(g) if g else 0 for g in m.groups())
    maand = moment.month - 1 + maanden + 12 * jaren
    jaar, maand = moment.year + maand // 12, maand % 12 + 1
    dag = min(moment.day, calendar.monthrange(jaar, maand)[1])  # 29 February + 1 year: 28th
    return moment.replace(year=jaar, month=maand, day=dag) + dt.timedelta(days=dagen)
