"""HTML, PDF, DOCX and Markdown hold the same text, section by section (read back independently:
html.parser, pdftotext, python-docx)."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess

import docx
import pytest

from samen.organisaties.models import Organisatie
from samen.rapportage.document import Tabel, deel_fragmenten, sectie_fragmenten
from samen.rapportage.formaten import render
from samen.rapportage.samenstellen import document, genereer, kop_uit_gegevens
from samen.rapportage.tests.hulp import (
    docx_blokken,
    docx_secties,
    html_secties,
    md_tekst,
    normaal,
    pdf_pagina_teksten,
    pdf_tekst,
    zonder_wit,
)
from samen.rapportage.verzamelen import verzamel

pytestmark = pytest.mark.django_db


@pytest.fixture
def doc(dsz_demo):
    g = verzamel(
        organisatie=Organisatie.objects.get(slug="dalfsen"),
        peildatum=dt.date(2012, 9, 10),
        vanaf=dt.date(2012, 3, 8),
    )
    return document("stand_van_zaken", kop_uit_gegevens(g), genereer("stand_van_zaken", g))


def test_every_section_reads_the_same_in_html_docx_pdf_and_markdown(doc, tmp_path):
    html = render(doc, "html").decode()
    pdf = render(doc, "pdf")
    word = render(doc, "docx")
    md = render(doc, "md").decode()

    html_per_sectie = html_secties(html)
    docx_per_sectie = docx_secties(word, einde="Burgemeester en wethouders van")
    pdf_kaal = zonder_wit(pdf_tekst(pdf, tmp_path, doc.organisatie, doc.titel))
    md_kaal = zonder_wit(md_tekst(md))
    secties = [(n, s) for n, deel in enumerate(doc.delen) for s in deel.secties]
    assert len(secties) == 12 and len(html_per_sectie) == 12
    # A table that runs over a page break repeats its header row on the next page in the PDF
    # (as it should); compare the PDF without table header rows.
    koppen = {
        zonder_wit("".join(b.kop))
        for s in doc.secties()
        for b in alle_blokken(s)
        if isinstance(b, Tabel)
    }
    pdf_zonder_koppen = zonder_koppen(pdf_kaal, koppen)
    for n, s in secties:
        verwacht = normaal(" ".join(sectie_fragmenten(s)))
        assert html_per_sectie[s.sleutel] == verwacht, s.sleutel
        assert docx_per_sectie[(n, s.titel)] == verwacht, s.sleutel
        assert zonder_koppen(zonder_wit(verwacht), koppen) in pdf_zonder_koppen, s.sleutel
        for fragment in sectie_fragmenten(s):
            assert zonder_wit(fragment) in md_kaal, (s.sleutel, fragment)
    # The cover's facts and signature block, and the titles of both parts, in every format.
    docx_kaal = zonder_wit(" ".join(t for _, t in docx_blokken(word)))
    for deel in doc.delen:
        for fragment in deel_fragmenten(deel):
            assert normaal(fragment) in normaal(html), fragment
            assert zonder_wit(fragment) in pdf_kaal, fragment
            assert zonder_wit(fragment) in docx_kaal, fragment
    # And the sections come in the same order in PDF as in the document.
    posities = [
        pdf_zonder_koppen.index(zonder_koppen(zonder_wit(" ".join(sectie_fragmenten(s))), koppen))
        for _, s in secties
    ]
    assert posities == sorted(posities)
    controleer_pdf_opmaak(pdf, tmp_path)


def alle_blokken(sectie):  # type: ignore[no-untyped-def]
    yield from sectie.blokken
    for sub in sectie.subsecties:
        yield from alle_blokken(sub)


def zonder_koppen(tekst: str, koppen: set[str]) -> str:
    for kop in sorted(koppen, key=len, reverse=True):
        if kop:
            tekst = tekst.replace(kop, "")
    return tekst


def controleer_pdf_opmaak(pdf: bytes, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A4, the municipality in the header and "Pagina i van n" on every page; the note starts
    on a page of its own after the cover's signature block."""
    pad = tmp_path / "n.pdf"
    pad.write_bytes(pdf)
    info = subprocess.run(["/usr/bin/pdfinfo", str(pad)], capture_output=True, text=True).stdout
    assert re.search(r"Page size: +595\.2\d* x 841\.89 pts \(A4\)", info)
    assert re.search(r"Tagged: +yes", info)  # structure for screen readers
    paginas = pdf_pagina_teksten(pdf, tmp_path)
    assert len(paginas) >= 3
    for i, tekst in enumerate(paginas, start=1):
        kop = next(r for r in tekst.splitlines() if r.strip())
        assert kop.strip().startswith("Gemeente Dalfsen"), kop
        assert f"Pagina {i} van {len(paginas)}" in tekst
    assert "Raadscommissievoorstel" in paginas[0]
    ondertekend = next(
        i for i, p in enumerate(paginas) if "Burgemeester en wethouders van Dalfsen" in p
    )
    volgende = [r.strip() for r in paginas[ondertekend + 1].splitlines() if r.strip()]
    assert volgende[1] == "Stand van zaken bestuurlijke samenwerking"


def test_docx_uses_word_headings_lists_and_a_repeating_table_header(doc):
    word = docx.Document(io.BytesIO(render(doc, "docx")))
    stijlen = [p.style.name for p in word.paragraphs]
    assert stijlen.count("Heading 1") == 2  # the cover and the note
    koppen2 = [p.text for p in word.paragraphs if p.style.name == "Heading 2"]
    assert koppen2[:3] == ["Doel", "Inleiding", "Kernboodschap"]
    assert "Ontwikkelingen samenwerkingsterreinen" in koppen2
    koppen3 = [p.text for p in word.paragraphs if p.style.name == "Heading 3"]
    assert koppen3 == [
        "ICT",
        "Inkoop",
        "P&O",
        "Facilitaire Zaken",
        "Belastingen & Geo",
        "Financiën",
        "Sociale Zaken",
    ]
    assert "List Bullet" in stijlen
    besluiten = next(t for t in word.tables if t.rows[0].cells[0].text == "Datum")
    assert besluiten.rows[0]._tr.trPr.xpath("./w:tblHeader")
    assert len(besluiten.rows) == 8  # header and seven decisions
    sectie = word.sections[0]
    assert round(sectie.page_width.mm) == 210 and round(sectie.page_height.mm) == 297
    assert "Gemeente Dalfsen" in sectie.header.paragraphs[0].text
    assert "PAGE" in sectie.footer._element.xml and "NUMPAGES" in sectie.footer._element.xml
    assert word.core_properties.title == "Stand van zaken bestuurlijke samenwerking"


def test_each_numbered_list_in_word_starts_at_one_and_markup_is_escaped_everywhere():
    from samen.rapportage.document import Alinea, Deel, Document, Lijst, Run, Sectie

    lijst = Lijst(((Run("een"),), (Run("twee"),)), genummerd=True)
    gevaarlijk = Alinea((Run("<script>alert(1)</script> *niet* | # kop"),))
    doc = Document(
        titel="T",
        organisatie="Gemeente X",
        delen=(Deel("d", "Deel", secties=(Sectie("s", "Sectie", (lijst, gevaarlijk, lijst)),)),),
    )
    word = docx.Document(io.BytesIO(render(doc, "docx")))
    nummers = [p._p.pPr.numPr.numId.val for p in word.paragraphs if p.style.name == "List Number"]
    assert len(nummers) == 4 and nummers[0] == nummers[1] != nummers[2] == nummers[3]
    html = render(doc, "html").decode()
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert (
        md_tekst(render(doc, "md").decode()).count("<script>alert(1)</script> *niet* | # kop") == 1
    )
