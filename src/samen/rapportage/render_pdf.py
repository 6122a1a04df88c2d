"""PDF from a document tree: WeasyPrint lays out the HTML page with its print stylesheet.

No Django import. The stylesheet (:func:`samen.rapportage.render_html.printstijl`) sets A4, the
organisation and title in the page header and "Pagina X van Y" in the footer; the cover and the
note each start on a new page. The PDF is tagged (structure for screen readers, as Dutch
government documents must be accessible), in the language of the HTML (``nl``).
"""

from __future__ import annotations

import logging

from samen.rapportage.document import Document
from samen.rapportage.render_html import html_pagina

# WeasyPrint and fontTools report every unsupported CSS property and font table at WARNING.
for _naam in ("weasyprint", "fontTools"):
    logging.getLogger(_naam).setLevel(logging.ERROR)


def pdf_bytes(doc: Document) -> bytes:
    from weasyprint import HTML

    pdf = HTML(string=html_pagina(doc)).write_pdf(pdf_tags=True)
    assert pdf is not None
    return bytes(pdf)
