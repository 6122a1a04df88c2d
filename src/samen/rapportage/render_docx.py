"""Word (DOCX) from a document tree, with python-docx.

No Django import. Municipalities continue in Word and file the note in their document management
system, so the structure is Word's own: parts, sections and sub-sections are ``Heading 1-3`` (the
navigation pane and a table of contents see them), lists use ``List Bullet`` / ``List Number``
(each numbered list restarts at 1), tables have a repeating header row, the page is A4 with the
organisation in the header and "Pagina X van Y" in the footer, and the language is Dutch.
"""

from __future__ import annotations

import copy
import io
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from samen.rapportage.document import Alinea, Blok, Deel, Document, Inline, Lijst, Sectie, Tabel

BLAUW = RGBColor(0x15, 0x42, 0x73)
LETTER = "Arial"


def _runs(p: Paragraph, inhoud: Inline) -> None:
    for r in inhoud:
        run = p.add_run(r.tekst)
        if r.vet:
            run.bold = True


def _veld(p: Paragraph, instructie: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays out the page."""
    run = p.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instructie} "
    scheiding = OxmlElement("w:fldChar")
    scheiding.set(qn("w:fldCharType"), "separate")
    tekst = OxmlElement("w:t")
    tekst.text = "1"
    eind = OxmlElement("w:fldChar")
    eind.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, scheiding, tekst, eind):
        run._r.append(el)


class _Schrijver:
    def __init__(self, doc: Document) -> None:
        self.bron = doc
        self.word: WordDocument = docx.Document()
        self._opmaak()
        self._stijlen: dict[str, Any] = {}
        self._body = self.word.element.body
        sectie = self.word.sections[0]
        self._breedte = Length(
            int(sectie.page_width or 0)
            - int(sectie.left_margin or 0)
            - int(sectie.right_margin or 0)
        )

    def _stijl(self, naam: str) -> Any:
        if naam not in self._stijlen:
            self._stijlen[naam] = self.word.styles[naam]
        return self._stijlen[naam]

    def alinea(self, stijl: str = "", tekst: str = "") -> Paragraph:
        """A paragraph appended to the body. python-docx's own ``add_paragraph`` looks for the
        section properties among all paragraphs each time (quadratic in a long note); while the
        document is written the section properties are set aside (see :meth:`bytes`)."""
        element = OxmlElement("w:p")
        self._body.append(element)
        p = Paragraph(element, self.word._body)
        if stijl:
            p.style = self._stijl(stijl)
        if tekst:
            p.add_run(tekst)
        return p

    def _opmaak(self) -> None:
        w = self.word
        sectie = w.sections[0]
        sectie.page_width, sectie.page_height = Mm(210), Mm(297)
        sectie.left_margin, sectie.right_margin = Mm(22), Mm(20)
        sectie.top_margin, sectie.bottom_margin = Mm(24), Mm(22)
        normal = w.styles["Normal"]
        normal.font.name = LETTER
        normal.font.size = Pt(10.5)
        rpr = normal.element.get_or_add_rPr()
        taal = OxmlElement("w:lang")
        taal.set(qn("w:val"), "nl-NL")
        rpr.append(taal)
        for naam, grootte in (("Heading 1", 18), ("Heading 2", 13), ("Heading 3", 11.5)):
            stijl = w.styles[naam]
            stijl.font.name = LETTER
            stijl.font.size = Pt(grootte)
            stijl.font.color.rgb = BLAUW
        kop = sectie.header.paragraphs[0]
        kop.text = f"{self.bron.organisatie}\t\t{self.bron.titel}"
        voet = sectie.footer.paragraphs[0]
        voet.add_run("\t\tPagina ")
        _veld(voet, "PAGE")
        voet.add_run(" van ")
        _veld(voet, "NUMPAGES")
        kern = w.core_properties
        kern.title = self.bron.titel
        kern.author = self.bron.organisatie
        kern.subject = self.bron.titel
        kern.language = "nl-NL"

    def blok(self, blok: Blok) -> None:
        if isinstance(blok, Alinea):
            _runs(self.alinea(), blok.inhoud)
        elif isinstance(blok, Lijst):
            stijl = "List Number" if blok.genummerd else "List Bullet"
            num_id = self._nieuwe_nummering() if blok.genummerd else None
            for item in blok.items:
                p = self.alinea(stijl)
                if num_id is not None:
                    self._zet_nummering(p, num_id)
                _runs(p, item)
        else:
            self.tabel(blok)

    def _nieuwe_nummering(self) -> int:
        """A new numbering instance of the List Number definition, so this list starts at 1."""
        nummering = self.word.part.numbering_part.element
        stijl = self.word.styles["List Number"].element
        num_pr = stijl.pPr.numPr if stijl.pPr is not None else None
        if num_pr is None or num_pr.numId is None:
            return 0
        oud = next(n for n in nummering.num_lst if n.numId == num_pr.numId.val)
        nieuw = copy.deepcopy(oud)
        nieuw_id = int(max(n.numId for n in nummering.num_lst)) + 1
        nieuw.set(qn("w:numId"), str(nieuw_id))
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        nieuw.append(override)
        nummering.append(nieuw)
        return nieuw_id

    @staticmethod
    def _zet_nummering(p: Paragraph, num_id: int) -> None:
        if not num_id:
            return
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id

    def tabel(self, t: Tabel) -> None:
        if t.bijschrift:
            self.alinea("Caption", t.bijschrift)
        tabel = self.word._body.add_table(1, len(t.kop), self._breedte)
        tabel.style = self._stijl("Table Grid")
        for cel, tekst in zip(tabel.rows[0].cells, t.kop, strict=True):
            cel.paragraphs[0].add_run(tekst).bold = True
        kopregel = tabel.rows[0]._tr.get_or_add_trPr()
        herhaal = OxmlElement("w:tblHeader")
        herhaal.set(qn("w:val"), "true")
        kopregel.append(herhaal)
        for rij in t.rijen:
            cellen = tabel.add_row().cells  # type: ignore[no-untyped-call]
            for cel, tekst in zip(cellen, rij, strict=False):
                cel.paragraphs[0].add_run(tekst)
        self.alinea()

    def sectie(self, s: Sectie, niveau: int) -> None:
        self.alinea(f"Heading {min(niveau, 9)}", s.titel)
        for b in s.blokken:
            self.blok(b)
        for sub in s.subsecties:
            self.sectie(sub, niveau + 1)

    def gegevens(self, d: Deel) -> None:
        assert d.gegevens is not None
        tabel: Table = self.word._body.add_table(len(d.gegevens.rijen), 2, self._breedte)
        for rij, (label, waarde) in zip(tabel.rows, d.gegevens.rijen, strict=True):
            cellen = rij.cells
            cellen[0].paragraphs[0].add_run(label).bold = True
            cellen[1].paragraphs[0].add_run(waarde)
        self.alinea()

    def deel(self, d: Deel, eerste: bool) -> None:
        kop = self.alinea("Heading 1", d.titel)
        if not eerste:
            kop.paragraph_format.page_break_before = True
        if d.ondertitel:
            self.alinea("Subtitle", d.ondertitel)
        if d.gegevens is not None:
            self.gegevens(d)
        for s in d.secties:
            self.sectie(s, 2)
        if d.ondertekening is not None:
            o = d.ondertekening
            self.alinea(tekst=o.aanhef).paragraph_format.space_before = Pt(18)
            for functie, naam in o.ondertekenaars:
                p = self.alinea()
                p.add_run(functie).add_break(WD_BREAK.LINE)
                p.add_run(naam)

    def bytes(self) -> bytes:
        sectie = self._body.sectPr
        if sectie is not None:
            self._body.remove(sectie)
        for n, d in enumerate(self.bron.delen):
            self.deel(d, eerste=n == 0)
        if sectie is not None:
            self._body.append(sectie)
        buffer = io.BytesIO()
        self.word.save(buffer)
        return buffer.getvalue()


def docx_bytes(doc: Document) -> bytes:
    return _Schrijver(doc).bytes()
