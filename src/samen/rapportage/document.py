"""The typed document tree that every report is assembled into, before any format is chosen.

Pure Python, no Django import. A :class:`Document` has parts (:class:`Deel`: the cover
"raadscommissievoorstel" and the note itself), a part has an optional facts table
(:class:`Gegevens`), sections (:class:`Sectie`, which may hold one level of sub-sections) and an
optional signature block (:class:`Ondertekening`). A section holds blocks: paragraphs
(:class:`Alinea`), lists (:class:`Lijst`) and tables (:class:`Tabel`). Inline text is a tuple of
:class:`Run` (plain or bold). The renderers (HTML, PDF, DOCX, Markdown) only read this tree, so
every format holds the same content; :func:`sectie_fragmenten` gives that content as plain text,
which the tests use to compare the formats.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Run:
    tekst: str
    vet: bool = False


Inline = tuple[Run, ...]


def runs(tekst: str, *, vet: bool = False) -> Inline:
    """One run of text (no run for empty text)."""
    return (Run(tekst, vet),) if tekst else ()


def platte_tekst(inline: Inline) -> str:
    return "".join(r.tekst for r in inline)


@dataclass(frozen=True)
class Alinea:
    inhoud: Inline


@dataclass(frozen=True)
class Lijst:
    items: tuple[Inline, ...]
    genummerd: bool = False


@dataclass(frozen=True)
class Tabel:
    kop: tuple[str, ...]
    rijen: tuple[tuple[str, ...], ...]
    bijschrift: str = ""


Blok = Alinea | Lijst | Tabel


@dataclass(frozen=True)
class Sectie:
    sleutel: str
    titel: str
    blokken: tuple[Blok, ...] = ()
    subsecties: tuple[Sectie, ...] = ()


@dataclass(frozen=True)
class Gegevens:
    """A facts table of label/value pairs, like the head of a raadscommissievoorstel."""

    rijen: tuple[tuple[str, str], ...]
    bijschrift: str = ""


@dataclass(frozen=True)
class Ondertekening:
    """``Burgemeester en wethouders van Dalfsen,`` then each signatory's function and name."""

    aanhef: str
    ondertekenaars: tuple[tuple[str, str], ...]  # (functie, formele naam)


@dataclass(frozen=True)
class Deel:
    sleutel: str
    titel: str
    ondertitel: str = ""
    gegevens: Gegevens | None = None
    secties: tuple[Sectie, ...] = ()
    ondertekening: Ondertekening | None = None


@dataclass(frozen=True)
class Document:
    titel: str
    organisatie: str  # "Gemeente Dalfsen": in the page header of PDF and DOCX
    delen: tuple[Deel, ...] = field(default_factory=tuple)

    def secties(self) -> Iterator[Sectie]:
        for deel in self.delen:
            yield from deel.secties


_WIT = re.compile(r"\s+")


def normaliseer(tekst: str) -> str:
    """Collapse all whitespace to single spaces and strip the ends."""
    return _WIT.sub(" ", tekst).strip()


def blok_fragmenten(blok: Blok) -> list[str]:
    """The visible text of a block, one string per paragraph, list item or table cell."""
    if isinstance(blok, Alinea):
        return [platte_tekst(blok.inhoud)]
    if isinstance(blok, Lijst):
        return [platte_tekst(item) for item in blok.items]
    fragmenten = [blok.bijschrift] if blok.bijschrift else []
    fragmenten += list(blok.kop)
    for rij in blok.rijen:
        fragmenten += list(rij)
    return fragmenten


def sectie_fragmenten(sectie: Sectie) -> list[str]:
    """Title, blocks and sub-sections of a section as plain-text fragments, in reading order."""
    fragmenten = [sectie.titel]
    for blok in sectie.blokken:
        fragmenten += blok_fragmenten(blok)
    for sub in sectie.subsecties:
        fragmenten += sectie_fragmenten(sub)
    return [normaliseer(f) for f in fragmenten if normaliseer(f)]


def deel_fragmenten(deel: Deel) -> list[str]:
    """The text of a part outside its sections: title, facts and signature block."""
    fragmenten = [deel.titel, deel.ondertitel]
    if deel.gegevens is not None:
        for label, waarde in deel.gegevens.rijen:
            fragmenten += [label, waarde]
    if deel.ondertekening is not None:
        fragmenten.append(deel.ondertekening.aanhef)
        for functie, naam in deel.ondertekening.ondertekenaars:
            fragmenten += [functie, naam]
    return [normaliseer(f) for f in fragmenten if normaliseer(f)]


#: Measured: the DSZ note of 10 September 2012 has 20,407 characters on 9 A4 pages.
TEKENS_PER_PAGINA = 2300


def geschatte_paginas(doc: Document) -> int:
    """About how many A4 pages the PDF of a document fills, from the length of its text."""
    tekens = sum(len(f) for deel in doc.delen for f in deel_fragmenten(deel))
    tekens += sum(len(f) for sectie in doc.secties() for f in sectie_fragmenten(sectie))
    return max(1, -(-tekens // TEKENS_PER_PAGINA))
