"""Reads on reports: drafts, publications, the document of a draft, and the default period."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from django.db.models import Prefetch, QuerySet

from samen.organisaties import selectors as org_selectors
from samen.rapportage import gegevens as gg
from samen.rapportage.document import Document, Sectie
from samen.rapportage.models import Publicatie, Publicatiebestand, Rapport
from samen.rapportage.opmaak import uit_tekst
from samen.rapportage.samenstellen import Kop, bijlage_document, document
from samen.rapportage.verzamelen import (
    laatste_informatiemoment,
    organisatie_kop,
    verzamel,
    vorige_publicatie,
)

__all__ = [
    "bestand_in_orde",
    "document_van",
    "publicatie_get",
    "publicaties",
    "rapport_bijlage",
    "rapport_document",
    "rapport_get",
    "rapport_kop",
    "rapport_secties",
    "rapporten",
    "standaard_vanaf",
    "verzamel",
    "vorige_publicatie",
]


def standaard_vanaf(*, organisatie: Any, soort: str, peildatum: dt.date) -> dt.date | None:
    """Where the period of a new report starts when none is given.

    The peildatum of the previous published report of this kind (for a newsletter without one:
    of the previous status note); without any, the day the council was last informed according
    to the commitments register; without that, ``None`` (from the beginning).
    """
    vorige = vorige_publicatie(organisatie=organisatie, soort=soort, peildatum=peildatum)
    if vorige is None and soort == Rapport.Soort.NIEUWSBRIEF:
        vorige = vorige_publicatie(
            organisatie=organisatie, soort=Rapport.Soort.STAND_VAN_ZAKEN, peildatum=peildatum
        )
    if vorige is not None:
        return vorige.peildatum
    return laatste_informatiemoment(organisatie=organisatie, peildatum=peildatum)


def rapporten(*, organisatie: Any, status: str | None = None) -> QuerySet[Rapport]:
    qs = Rapport.objects.filter(organisatie=organisatie).select_related("organisatie")
    if status is not None:
        qs = qs.filter(status=status)
    return qs.order_by("-peildatum", "-id")


def rapport_get(*, pk: int) -> Rapport:
    """Raises ``Rapport.DoesNotExist``."""
    return (
        Rapport.objects.select_related(
            "organisatie", "portefeuillehouder", "burgemeester", "secretaris"
        )
        .prefetch_related("informanten", "secties")
        .get(pk=pk)
    )


def publicaties(*, organisatie: Any, soort: str | None = None) -> QuerySet[Publicatie]:
    qs = Publicatie.objects.filter(organisatie=organisatie)
    if soort is not None:
        qs = qs.filter(soort=soort)
    return qs.prefetch_related(
        Prefetch("bestanden", queryset=Publicatiebestand.objects.defer("inhoud"))
    ).order_by("-peildatum", "-volgnummer")


def publicatie_get(*, registratienummer: str) -> Publicatie:
    """Raises ``Publicatie.DoesNotExist``."""
    return (
        Publicatie.objects.select_related("organisatie", "rapport")
        .prefetch_related(Prefetch("bestanden", queryset=Publicatiebestand.objects.defer("inhoud")))
        .get(registratienummer=registratienummer)
    )


def bestand_get(
    *, publicatie: Publicatie, formaat: str, deel: str = "notitie"
) -> Publicatiebestand:
    return Publicatiebestand.objects.get(publicatie=publicatie, formaat=formaat, deel=deel)


def bestand_in_orde(bestand: Publicatiebestand) -> bool:
    """Whether the stored bytes still have the hash recorded at publication."""
    return hashlib.sha256(bytes(bestand.inhoud)).hexdigest() == bestand.sha256


def _persoon(p: Any) -> gg.Persoon | None:
    return gg.persoon_van(p) if p is not None else None


def rapport_kop(
    rapport: Rapport, *, registratienummer: str = "", publicatiedatum: dt.date | None = None
) -> Kop:
    return Kop(
        organisatie=rapport.organisatie.naam,
        organisatie_kop=organisatie_kop(rapport.organisatie),
        peildatum=rapport.peildatum,
        vanaf=rapport.vanaf,
        onderwerp=rapport.onderwerp,
        datum=rapport.datum,
        agendapunt=rapport.agendapunt,
        documentnummer=rapport.documentnummer,
        portefeuillehouder=_persoon(rapport.portefeuillehouder),
        informanten=tuple(gg.persoon_van(p) for p in rapport.informanten.all()),
        burgemeester=_persoon(rapport.burgemeester),
        secretaris=_persoon(rapport.secretaris),
        registratienummer=registratienummer,
        publicatiedatum=publicatiedatum,
    )


def rapport_secties(rapport: Rapport) -> list[tuple[str, Sectie]]:
    """The sections of a draft as the editor left them, parsed into blocks."""
    result = []
    for s in sorted(rapport.secties.all(), key=lambda s: s.volgorde):
        blokken, subsecties = uit_tekst(s.tekst, s.sleutel)
        result.append((s.deel, Sectie(s.sleutel, s.titel, blokken, subsecties)))
    return result


def rapport_document(
    rapport: Rapport, *, registratienummer: str = "", publicatiedatum: dt.date | None = None
) -> Document:
    """The document of a draft: its cover fields and its (edited) sections."""
    kop = rapport_kop(rapport, registratienummer=registratienummer, publicatiedatum=publicatiedatum)
    return document(rapport.soort, kop, rapport_secties(rapport))


def rapport_bijlage(
    rapport: Rapport, *, registratienummer: str = "", publicatiedatum: dt.date | None = None
) -> Document | None:
    """The appendix of a condensed status note, written from the register as it is now (it is
    not edited; publishing freezes it with the note), or ``None`` when the note holds it all."""
    if rapport.soort != Rapport.Soort.STAND_VAN_ZAKEN:
        return None
    g = verzamel(
        organisatie=rapport.organisatie,
        peildatum=rapport.peildatum,
        vanaf=rapport.vanaf,
        met_leden=False,
    )
    kop = rapport_kop(rapport, registratienummer=registratienummer, publicatiedatum=publicatiedatum)
    return bijlage_document(kop, g)


def document_van(rapport: Rapport, deel: str) -> Document | None:
    """The note itself (``deel="notitie"``) or its appendix (``"bijlage"``, may be ``None``)."""
    return rapport_bijlage(rapport) if deel == "bijlage" else rapport_document(rapport)


def personen_keuze(*, organisatie: Any, peildatum: dt.date) -> Any:
    """The people of the organisation on the peildatum, for the cover's choices."""
    return org_selectors.personen_op(organisatie=organisatie, peildatum=peildatum)
