"""Writes for background work on a draft: ask for a large PDF/DOCX, or to publish a large note.

Small notes stay immediate: the web request renders them itself. A note estimated over
:data:`MAX_PAGINAS_DIRECT` pages goes to a background task (:mod:`.taken`), so a web request never
waits for minutes of layout. The threshold comes from measurements on the 2-core machine
(``bench/bench_report.py``, see docs/decisions/0005-background-tasks.md): WeasyPrint lays the
note out at about 7 pages per CPU second (9 pages: 1.2 s, 20 pages: 3.1 s, 91 pages: 13.4 s), so
30 pages keep a request under about 5 seconds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import translation

from samen.core.services import fout
from samen.core.taken import taak_status
from samen.rapportage import selectors, taken
from samen.rapportage.document import Document, geschatte_paginas
from samen.rapportage.formaten import FORMATEN_PER_SOORT, bestandsnaam, render
from samen.rapportage.models import Opdracht, Rapport
from samen.rapportage.services import _niet_bevroren, publicatiedatum_check

#: Above this estimated number of pages a PDF or DOCX is made in the background.
MAX_PAGINAS_DIRECT = 30

#: Formats whose rendering time grows with the page count (HTML and Markdown stay immediate).
TRAGE_FORMATEN = ("pdf", "docx")


def op_achtergrond(doc: Document | int, formaat: str | None = None) -> bool:
    """Whether this format of the document (or of so many pages; ``formaat=None``: publishing,
    all formats) goes to a task."""
    if formaat is not None and formaat not in TRAGE_FORMATEN:
        return False
    paginas = doc if isinstance(doc, int) else geschatte_paginas(doc)
    return paginas > MAX_PAGINAS_DIRECT


def concept_versie(rapport: Rapport) -> str:
    """The version of a draft: every edit (sections, cover, regenerate) moves ``gewijzigd_op``."""
    vers = Rapport.objects.filter(pk=rapport.pk).values_list("gewijzigd_op", flat=True).get()
    return vers.isoformat()


def concept_naam(rapport: Rapport, deel: str = "notitie") -> str:
    """The file name (without extension) of a draft's download."""
    naam = f"concept-{rapport.soort}-{rapport.organisatie.slug}-{rapport.peildatum}"
    return naam if deel == "notitie" else f"{naam}-bijlage"


def publiceren_paginas(rapport: Rapport) -> int:
    """The estimated pages publishing renders: the note and its appendix, if any."""
    with translation.override("nl"):  # the note is Dutch, whatever the user's language
        bijlage = selectors.rapport_bijlage(rapport)
        doc = selectors.rapport_document(rapport)
    return geschatte_paginas(doc) + (geschatte_paginas(bijlage) if bijlage is not None else 0)


def _naam(gebruiker: Any) -> str:
    return getattr(gebruiker, "username", "") or ""


@transaction.atomic
def bestand_aanvragen(
    *, rapport: Rapport, formaat: str, deel: str = "notitie", gebruiker: Any = None
) -> Opdracht:
    """Enqueue the rendering of the draft (or its appendix: ``deel="bijlage"``) in ``formaat``;
    an open or finished request for the same version, part and format is reused."""
    rapport = _niet_bevroren(rapport)
    if formaat not in FORMATEN_PER_SOORT[rapport.soort]:
        raise fout("formaat", f"Onbekend formaat '{formaat}' voor deze notitie.")
    with translation.override("nl"):
        doc = selectors.document_van(rapport, deel)
    if doc is None:
        raise fout("deel", "Deze notitie heeft geen bijlage: zij bevat alle ontwikkelingen zelf.")
    versie = concept_versie(rapport)
    for bestaand in rapport.opdrachten.filter(
        soort=Opdracht.Soort.BESTAND, deel=deel, formaat=formaat, versie=versie
    ):
        if not taak_status(bestaand.taak_id).mislukt:
            return bestaand
    opdracht = Opdracht.objects.create(
        rapport=rapport,
        soort=Opdracht.Soort.BESTAND,
        deel=deel,
        formaat=formaat,
        versie=versie,
        paginas=geschatte_paginas(doc),
        aangevraagd_door=_naam(gebruiker),
    )
    opdracht.taak_id = str(taken.maak_bestand.enqueue(opdracht.pk).id)
    opdracht.save(update_fields=["taak_id"])
    return opdracht


def opdracht_bestand_maken(*, opdracht: Opdracht) -> Opdracht:
    """Render the draft as it is now (run by the task) and keep the file with that version."""
    rapport = Rapport.objects.get(pk=opdracht.rapport_id)
    if rapport.is_gepubliceerd:
        raise fout(
            "rapport",
            "Deze notitie is inmiddels gepubliceerd: download de bestanden bij de publicatie.",
        )
    versie = concept_versie(rapport)
    with translation.override("nl"):  # the note is Dutch, whatever the user's language
        doc = selectors.document_van(rapport, opdracht.deel)
        if doc is None:
            raise fout("deel", "Deze notitie heeft (nu) geen bijlage meer.")
        opdracht.inhoud, opdracht.versie = render(doc, opdracht.formaat), versie
    opdracht.bestandsnaam = bestandsnaam(concept_naam(rapport, opdracht.deel), opdracht.formaat)
    opdracht.save(update_fields=["inhoud", "versie", "bestandsnaam"])
    return opdracht


@transaction.atomic
def publiceren_aanvragen(
    *, rapport: Rapport, publicatiedatum: dt.date | None = None, gebruiker: Any = None
) -> Opdracht:
    """Enqueue publishing the draft; refused while an earlier request is still open."""
    rapport = _niet_bevroren(rapport)
    publicatiedatum = publicatiedatum_check(rapport, publicatiedatum)
    for eerder in rapport.opdrachten.filter(soort=Opdracht.Soort.PUBLICEREN):
        if not taak_status(eerder.taak_id).afgelopen:
            raise fout(
                "publicatiedatum",
                "Deze notitie wordt al gepubliceerd op de achtergrond; wacht tot dat klaar is.",
            )
    opdracht = Opdracht.objects.create(
        rapport=rapport,
        soort=Opdracht.Soort.PUBLICEREN,
        publicatiedatum=publicatiedatum,
        versie=concept_versie(rapport),
        paginas=publiceren_paginas(rapport),
        aangevraagd_door=_naam(gebruiker),
    )
    opdracht.taak_id = str(taken.publiceer.enqueue(opdracht.pk).id)
    opdracht.save(update_fields=["taak_id"])
    return opdracht
