"""HTML from a document tree: a fragment for the screen, or a whole page with a print stylesheet.

Pure Python, no Django import. Everything is escaped here, so the result may be marked safe.
The whole page (:func:`html_pagina`) is what is downloaded and archived, and what WeasyPrint
turns into the PDF: A4, the organisation in the page header, page numbers in the footer.
"""

from __future__ import annotations

from html import escape

from samen.rapportage.document import (
    Alinea,
    Blok,
    Deel,
    Document,
    Inline,
    Lijst,
    Sectie,
    Tabel,
)


def _inline(inhoud: Inline) -> str:
    return "".join(
        f"<strong>{escape(r.tekst, quote=False)}</strong>"
        if r.vet
        else escape(r.tekst, quote=False)
        for r in inhoud
    )


def _blok(blok: Blok) -> str:
    if isinstance(blok, Alinea):
        return f"<p>{_inline(blok.inhoud)}</p>"
    if isinstance(blok, Lijst):
        tag = "ol" if blok.genummerd else "ul"
        items = "".join(f"<li>{_inline(i)}</li>" for i in blok.items)
        return f"<{tag}>{items}</{tag}>"
    return _tabel(blok)


def _tabel(t: Tabel) -> str:
    delen = ['<div class="table-wrap"><table class="rapport-tabel">']
    if t.bijschrift:
        delen.append(f"<caption>{escape(t.bijschrift)}</caption>")
    delen.append(
        "<thead><tr>"
        + "".join(f'<th scope="col">{escape(k)}</th>' for k in t.kop)
        + "</tr></thead>"
    )
    delen.append("<tbody>")
    for rij in t.rijen:
        delen.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in rij) + "</tr>")
    delen.append("</tbody></table></div>")
    return "".join(delen)


def _sectie(s: Sectie, niveau: int, klasse: str = "rapport-sectie") -> str:
    h = min(niveau, 6)
    delen = [
        f'<section class="{klasse}" id="sectie-{escape(s.sleutel)}" data-sectie="{escape(s.sleutel)}">',
        f"<h{h}>{escape(s.titel)}</h{h}>",
    ]
    delen += [_blok(b) for b in s.blokken]
    delen += [_sectie(sub, niveau + 1, "rapport-subsectie") for sub in s.subsecties]
    delen.append("</section>")
    return "\n".join(delen)


def _deel(d: Deel, niveau: int) -> str:
    h = min(niveau, 6)
    delen = [
        f'<section class="rapport-deel rapport-deel--{escape(d.sleutel)}" data-deel="{escape(d.sleutel)}">',
        f'<h{h} class="rapport-titel">{escape(d.titel)}</h{h}>',
    ]
    if d.ondertitel:
        delen.append(f'<p class="rapport-ondertitel">{escape(d.ondertitel)}</p>')
    if d.gegevens is not None:
        rijen = "".join(
            f'<tr><th scope="row">{escape(label)}</th><td>{escape(waarde)}</td></tr>'
            for label, waarde in d.gegevens.rijen
        )
        delen.append(
            '<table class="rapport-gegevens"><caption class="visually-hidden">Gegevens van het '
            f"voorstel</caption><tbody>{rijen}</tbody></table>"
        )
    delen += [_sectie(s, niveau + 1) for s in d.secties]
    if d.ondertekening is not None:
        o = d.ondertekening
        regels = [f"<p>{escape(o.aanhef)}</p>"]
        regels += [
            f"<p>{escape(functie)}<br>{escape(naam)}</p>" for functie, naam in o.ondertekenaars
        ]
        delen.append(f'<div class="rapport-ondertekening">{"".join(regels)}</div>')
    delen.append("</section>")
    return "\n".join(delen)


def html_fragment(doc: Document, *, basisniveau: int = 1) -> str:
    """The document as an ``<article>``; ``basisniveau`` is the heading level of each part."""
    delen = "\n".join(_deel(d, basisniveau) for d in doc.delen)
    return f'<article class="rapport" lang="nl">\n{delen}\n</article>'


def _css_tekst(tekst: str) -> str:
    return '"' + tekst.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def printstijl(doc: Document) -> str:
    """The print stylesheet: A4, organisation and title in the header, page numbers below."""
    return f"""
@page {{
  size: A4;
  margin: 24mm 20mm 22mm 22mm;
  @top-left {{ content: {_css_tekst(doc.organisatie)}; font: 600 8.5pt "Liberation Sans", Arial, sans-serif; color: #154273; }}
  @top-right {{ content: {_css_tekst(doc.titel)}; font: 8.5pt "Liberation Sans", Arial, sans-serif; color: #4a4a4a; }}
  @bottom-right {{ content: "Pagina " counter(page) " van " counter(pages); font: 8.5pt "Liberation Sans", Arial, sans-serif; color: #4a4a4a; }}
}}
html {{ font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }}
body {{ margin: 0; }}
.rapport-deel + .rapport-deel {{ break-before: page; }}
h1, h2, h3 {{ color: #154273; line-height: 1.2; break-after: avoid; }}
h1 {{ font-size: 18pt; margin: 0 0 4pt; }}
h2 {{ font-size: 13pt; margin: 16pt 0 5pt; }}
h3 {{ font-size: 11.5pt; margin: 12pt 0 4pt; }}
p {{ margin: 0 0 6pt; orphans: 2; widows: 2; }}
ul, ol {{ margin: 0 0 6pt; padding-left: 16pt; }}
li {{ margin: 0 0 2pt; }}
.rapport-ondertitel {{ color: #4a4a4a; margin-bottom: 12pt; }}
table {{ border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; font-size: 9pt; }}
caption {{ text-align: left; font-weight: 600; padding: 0 0 3pt; }}
th, td {{ text-align: left; vertical-align: top; padding: 3pt 5pt; border-bottom: 0.5pt solid #9aa3ad; }}
thead {{ display: table-header-group; }}
thead th {{ border-bottom: 1pt solid #154273; background: #f3f5f8; }}
tr {{ break-inside: avoid; }}
.rapport-gegevens {{ font-size: 10.5pt; width: auto; min-width: 60%; }}
.rapport-gegevens th {{ padding-right: 18pt; white-space: nowrap; }}
.rapport-ondertekening {{ margin-top: 18pt; break-inside: avoid; }}
.rapport-ondertekening p {{ margin-bottom: 12pt; }}
.visually-hidden {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }}
@media print {{ .visually-hidden {{ display: none; }} }}
@media screen {{
  body {{ max-width: 48rem; margin: 2rem auto; padding: 0 1rem; font-size: 12pt; }}
  .rapport-deel + .rapport-deel {{ border-top: 2px solid #154273; margin-top: 2rem; padding-top: 1rem; }}
}}
"""


def html_pagina(doc: Document) -> str:
    """A whole HTML page with the print stylesheet: the file that is downloaded and archived."""
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(doc.titel)} – {escape(doc.organisatie)}</title>\n"
        f"<style>{printstijl(doc)}</style>\n</head>\n<body>\n"
        f"{html_fragment(doc)}\n</body>\n</html>\n"
    )
