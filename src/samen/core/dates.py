"""Dutch dates: formatting with a precision, and parsing with a Dutch error message.

Pure Python, no Django import: reports, templates and the command line share it.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import ROUND_HALF_UP, Decimal

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


class DatumPrecisie(enum.StrEnum):
    """How precisely a source gives a date. The stored date is a day inside that range."""

    DAG = "dag"
    BEGIN_MAAND = "begin_maand"
    MEDIO_MAAND = "medio_maand"
    EIND_MAAND = "eind_maand"
    MAAND = "maand"

    @property
    def label(self) -> str:
        return {
            DatumPrecisie.DAG: "op de dag",
            DatumPrecisie.BEGIN_MAAND: "begin van de maand",
            DatumPrecisie.MEDIO_MAAND: "midden van de maand",
            DatumPrecisie.EIND_MAAND: "eind van de maand",
            DatumPrecisie.MAAND: "ergens in de maand",
        }[self]


def format_datum(value: dt.date | None, precisie: str = DatumPrecisie.DAG) -> str:
    """``24 september 2012``, or ``medio mei 2012`` when the source gives only that."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    maand = f"{MAANDEN[value.month - 1]} {value.year}"
    match DatumPrecisie(precisie):
        case DatumPrecisie.DAG:
            return f"{value.day} {maand}"
        case DatumPrecisie.BEGIN_MAAND:
            return f"begin {maand}"
        case DatumPrecisie.MEDIO_MAAND:
            return f"medio {maand}"
        case DatumPrecisie.EIND_MAAND:
            return f"eind {maand}"
        case DatumPrecisie.MAAND:
            return maand


def format_bedrag(value: Decimal | int | float | None) -> str:
    """``€ 200.000`` or ``€ 1.234,50``: Dutch grouping, cents only when there are any."""
    if value is None:
        return ""
    amount = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    whole = int(amount)
    cents = int((amount - whole) * 100)
    grouped = f"{whole:,}".replace(",", ".")
    return f"€ {sign}{grouped}" + (f",{cents:02d}" if cents else "")


def format_getal(value: int | None) -> str:
    """``27.600``: a whole number with Dutch thousands separators."""
    if value is None:
        return ""
    return f"{value:,}".replace(",", ".")


def _(tekst: str) -> str:
    """Marks a text for translation (``makemessages``) without importing Django."""
    return tekst


#: The message of :class:`DatumFout`; the forms show it translated.
ONGELDIGE_DATUM = _(
    "%(veld)s '%(tekst)s' is geen geldige datum: gebruik JJJJ-MM-DD, bijvoorbeeld 2012-09-10."
)


class DatumFout(ValueError):
    """A date that could not be read; the message is Dutch and names the expected format."""


def parse_datum(text: str, veld: str = "datum") -> dt.date:
    """Read ``JJJJ-MM-DD`` (as HTML date inputs and the API send) or ``DD-MM-JJJJ``."""
    cleaned = (text or "").strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    raise DatumFout(ONGELDIGE_DATUM % {"veld": veld, "tekst": text})
