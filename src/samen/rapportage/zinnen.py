"""Small helpers for writing Dutch sentences: enumerations, counts, periods and dates.

Pure Python, no Django import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from samen.core.dates import format_datum

TELWOORDEN = (
    "geen", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    "elf", "twaalf",
)  # fmt: skip

STATUS_LABEL = {
    "lid": "lid",
    "verkent": "verkent",
    "volgt": "volgt",
    "uitgenodigd": "uitgenodigd",
    "sluit_niet_aan": "sluit niet aan",
}


def opsomming(namen: Iterable[str], voegwoord: str = "en") -> str:
    """``Dalfsen, Staphorst en Zwartewaterland``."""
    lijst = [n for n in namen if n]
    if not lijst:
        return ""
    if len(lijst) == 1:
        return lijst[0]
    return f"{', '.join(lijst[:-1])} {voegwoord} {lijst[-1]}"


def telwoord(n: int) -> str:
    return TELWOORDEN[n] if 0 <= n < len(TELWOORDEN) else str(n)


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """``één besluit``, ``zeven besluiten``, ``25 besluiten``."""
    return f"{telwoord(n)} {enkelvoud if n == 1 else meervoud}"


def hoofdletter(tekst: str) -> str:
    return tekst[:1].upper() + tekst[1:]


def zin(tekst: str) -> str:
    """End a sentence with a full stop unless it already ends with punctuation."""
    tekst = tekst.strip()
    if not tekst or tekst[-1] in ".!?:;":
        return tekst
    return tekst + "."


def datum(waarde: dt.date | None, precisie: str = "dag") -> str:
    return format_datum(waarde, precisie or "dag")


def op_datum(waarde: dt.date | None, precisie: str = "dag") -> str:
    """``op 24 september 2012``, ``in juni 2012``, ``begin november 2012``: after a verb."""
    tekst = format_datum(waarde, precisie or "dag")
    if precisie in ("dag", "", None):
        return f"op {tekst}"
    if precisie == "maand":
        return f"in {tekst}"
    return tekst


def sinds(vanaf: dt.date | None) -> str:
    """``sinds 8 maart 2012``, or ``tot nu toe`` without a start."""
    return f"sinds {format_datum(vanaf)}" if vanaf else "tot nu toe"


def periode(vanaf: dt.date | None, peildatum: dt.date) -> str:
    """The period (vanaf, peildatum] in words: ``na 8 maart 2012 tot en met 10 september 2012``."""
    if vanaf is None:
        return f"tot en met {format_datum(peildatum)}"
    return f"na {format_datum(vanaf)} tot en met {format_datum(peildatum)}"


#: Abbreviations after which a full stop does not end a sentence.
AFKORTINGEN = {
    "bijv", "bv", "ca", "dhr", "dr", "drs", "enz", "etc", "excl", "incl", "ing", "ir", "jl",
    "mevr", "mr", "nl", "nr", "prof", "resp", "vgl", "zgn",
}  # fmt: skip


def eerste_zin(tekst: str) -> str:
    """The first sentence of a text: up to the first full stop followed by a space that does not
    end an abbreviation ("bijv.", "o.a.", "drs.")."""
    tekst = " ".join(tekst.split())
    for i, teken in enumerate(tekst):
        if teken == "." and (i + 1 == len(tekst) or tekst[i + 1] == " "):
            woord = tekst[:i].rsplit(" ", 1)[-1].lower()
            if woord not in AFKORTINGEN and "." not in woord and len(woord) > 1:
                return tekst[: i + 1]
    return tekst


def alineas(tekst: str) -> list[str]:
    """Paragraphs of a free text: split on blank lines, whitespace collapsed."""
    blokken = [" ".join(b.split()) for b in tekst.replace("\r\n", "\n").split("\n\n")]
    return [b for b in blokken if b]
