"""The formats a report is rendered in: one function, content types and file names.

No Django import.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from samen.rapportage.document import Document
from samen.rapportage.render_html import html_pagina
from samen.rapportage.render_md import markdown


@dataclass(frozen=True)
class Formaat:
    code: str
    label: str
    extensie: str
    content_type: str


FORMATEN = {
    "html": Formaat("html", "HTML", "html", "text/html; charset=utf-8"),
    "pdf": Formaat("pdf", "PDF", "pdf", "application/pdf"),
    "docx": Formaat(
        "docx",
        "Word (DOCX)",
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "md": Formaat("md", "Markdown", "md", "text/markdown; charset=utf-8"),
}
#: The formats of each kind of report.
FORMATEN_PER_SOORT = {
    "stand_van_zaken": ("html", "pdf", "docx", "md"),
    "nieuwsbrief": ("html", "md"),
}


def _pdf(doc: Document) -> bytes:
    from samen.rapportage.render_pdf import pdf_bytes

    return pdf_bytes(doc)


def _docx(doc: Document) -> bytes:
    from samen.rapportage.render_docx import docx_bytes

    return docx_bytes(doc)


RENDERERS: dict[str, Callable[[Document], bytes]] = {
    "html": lambda doc: html_pagina(doc).encode("utf-8"),
    "pdf": _pdf,
    "docx": _docx,
    "md": lambda doc: markdown(doc).encode("utf-8"),
}


def render(doc: Document, formaat: str) -> bytes:
    """The document in a format (``html``, ``pdf``, ``docx`` or ``md``) as bytes."""
    return RENDERERS[formaat](doc)


def bestandsnaam(basis: str, formaat: str) -> str:
    """A safe file name: ``stand-van-zaken-dalfsen-2012-09-10.pdf``."""
    veilig = re.sub(r"[^a-z0-9-]+", "-", basis.lower()).strip("-") or "rapport"
    return f"{veilig}.{FORMATEN[formaat].extensie}"
