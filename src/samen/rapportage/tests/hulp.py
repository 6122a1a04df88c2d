"""Test helpers: read each format back to plain text per section, independently of the renderers.

HTML is read with the standard library's parser, DOCX with python-docx (paragraph styles and
tables in body order), PDF with poppler's ``pdftotext``.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest

PDFTOTEXT = shutil.which("pdftotext") or "/usr/bin/pdftotext"


def vereis_pdftotext() -> None:
    """Skip with the reason when poppler-utils is missing; CI (SAMEN_REQUIRE_PARTS=1) fails."""
    if Path(PDFTOTEXT).exists():
        return
    reden = "pdftotext ontbreekt: installeer het met 'apt-get install poppler-utils'"
    if (
        os.environ.get("SAMEN_REQUIRE_PARTS") == "1"
        or os.environ.get("SAMEN_REQUIRE_BROWSER") == "1"
    ):
        pytest.fail(reden)
    pytest.skip(reden)


def normaal(tekst: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", tekst).split())


def zonder_wit(tekst: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", tekst))


_BLOK = {
    "p",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "td",
    "th",
    "caption",
    "tr",
    "br",
    "div",
    "table",
}


class _SectieLezer(HTMLParser):
    """Text of every ``<section class="rapport-sectie" data-sectie=...>``, sub-sections included."""

    def __init__(self) -> None:
        super().__init__()
        self.secties: dict[str, list[str]] = {}
        self.stapel: list[str | None] = []
        self.actief: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOK:
            self.handle_data(" ")
        if tag != "section":
            return
        a = dict(attrs)
        if "rapport-sectie" in (a.get("class") or "").split():
            sleutel = a["data-sectie"] or ""
            self.secties[sleutel] = []
            self.actief.append(sleutel)
            self.stapel.append(sleutel)
        else:
            self.stapel.append(None)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOK:
            self.handle_data(" ")
        if tag == "section" and self.stapel and self.stapel.pop() is not None:
            self.actief.pop()

    def handle_data(self, data: str) -> None:
        if self.actief:
            self.secties[self.actief[-1]].append(data)


def html_secties(html: str) -> dict[str, str]:
    lezer = _SectieLezer()
    lezer.feed(html)
    return {k: normaal("".join(v)) for k, v in lezer.secties.items()}


def docx_blokken(inhoud: bytes) -> list[tuple[str, str]]:
    """(style, text) of every paragraph and table cell of the body, in order."""
    document = docx.Document(io.BytesIO(inhoud))
    namen = {s.style_id: s.name for s in document.styles}
    result: list[tuple[str, str]] = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = docx.text.paragraph.Paragraph(element, document)
            stijl = (
                element.pPr.pStyle.val
                if element.pPr is not None and element.pPr.pStyle is not None
                else ""
            )
            result.append((namen.get(stijl, stijl or "Normal"), p.text))
        elif tag == "tbl":
            tabel = docx.table.Table(element, document)
            for rij in tabel.rows:
                for cel in rij.cells:
                    result.append(("cel", cel.text))
    return result


def docx_secties(inhoud: bytes, einde: str = "") -> dict[tuple[int, str], str]:
    """Text per (part number, section title) between Heading 2s, sub-sections included; a
    paragraph starting with ``einde`` (the signature block) ends the section."""
    secties: dict[tuple[int, str], list[str]] = {}
    deel, huidig = -1, None
    for stijl, tekst in docx_blokken(inhoud):
        if stijl == "Heading 1":
            deel += 1
            huidig = None
            continue
        if stijl == "Heading 2":
            huidig = (deel, tekst)
            secties[huidig] = [tekst]
            continue
        if einde and tekst.startswith(einde):
            huidig = None
        if huidig is not None:
            secties[huidig].append(tekst)
    return {k: normaal(" ".join(v)) for k, v in secties.items()}


def pdf_tekst(inhoud: bytes, tmp_path: Path, *kop_en_voet: str) -> str:
    """The PDF's text, without the page header and footer lines, bullets removed."""
    vereis_pdftotext()
    pad = tmp_path / "notitie.pdf"
    pad.write_bytes(inhoud)
    tekst = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", "-raw", str(pad), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    regels = []
    for regel in tekst.splitlines():
        kaal = regel.strip()
        if kaal in kop_en_voet or kaal == " ".join(kop_en_voet):
            continue
        if re.fullmatch(r"Pagina \d+ van \d+", kaal):
            continue
        regels.append(kaal.lstrip("•").strip())
    return "\n".join(regels)


def pdf_pagina_teksten(inhoud: bytes, tmp_path: Path) -> list[str]:
    vereis_pdftotext()
    pad = tmp_path / "pagina.pdf"
    pad.write_bytes(inhoud)
    tekst = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", "-layout", str(pad), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [p for p in tekst.split("\f") if p.strip()]


def md_tekst(md: str) -> str:
    """The visible text of our Markdown: markers at line starts, emphasis, pipes and escapes
    removed (a CommonMark reader would show the same words)."""
    regels = []
    for regel in md.splitlines():
        if re.fullmatch(r"\|?(\s*-{3,}\s*\|)+\s*|-{3,}", regel.strip()):
            continue  # table separator row or thematic break
        regel = re.sub(r"^(#{1,6} |- |\d+\. )", "", regel)
        regel = re.sub(r"(?<!\\)\*\*", "", regel)
        regel = re.sub(r"^\*(.*)\*$", r"\1", regel.strip())
        regel = re.sub(r"(?<!\\)\|", " ", regel)
        regel = re.sub(r"\\(.)", r"\1", regel)
        regels.append(regel)
    return "\n".join(regels)
