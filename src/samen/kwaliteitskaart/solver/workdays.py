"""Working days: Monday to Friday, without the Dutch public holidays of the ``holidays`` package."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _holidays(year: int) -> dict[dt.date, str]:
    return dict(holidays.country_holidays("NL", years=year, language="nl").items())


def holiday_name(day: dt.date) -> str | None:
    """The Dutch name of the public holiday on ``day`` (``Tweede paasdag``), or None."""
    return _holidays(day.year).get(day)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and holiday_name(day) is None


def working_days(first: dt.date, last: dt.date) -> list[dt.date]:
    """The working days from ``first`` up to and including ``last``."""
    days: list[dt.date] = []
    day = first
    while day <= last:
        if is_working_day(day):
            days.append(day)
        day += dt.timedelta(days=1)
    return days
