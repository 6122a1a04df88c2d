"""Put a report together: the cover's facts and signature block, and the (edited) sections.

Pure Python, no Django import. A draft stores the text of each section; the renderers need a
:class:`~samen.rapportage.document.Document`. :func:`stand_van_zaken_document` and
:func:`nieuwsbrief_document` build one from a :class:`Kop` (the cover fields) and the sections.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from samen.rapportage.document import Deel, Document, Gegevens, Ondertekening, Sectie
from samen.rapportage.gegevens import Gegevens as Registergegevens
from samen.rapportage.gegevens import Persoon
from samen.rapportage.inhoud_notitie import (
    BIJLAGE_TITEL,
    NOTITIE_SECTIES,
    beknopt,
    bijlage_secties,
    notitie_secties,
)
from samen.rapportage.inhoud_voorblad import VOORBLAD_SECTIES, voorblad_secties
from samen.rapportage.nieuwsbrief import NIEUWSBRIEF_SECTIES, nieuwsbrief_secties
from samen.rapportage.zinnen import datum, sinds

STAND_VAN_ZAKEN = "stand_van_zaken"
NIEUWSBRIEF = "nieuwsbrief"
#: (part, key, title) of every section, in order, per kind of report.
SECTIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    STAND_VAN_ZAKEN: tuple(("voorblad", k, t) for k, t in VOORBLAD_SECTIES)
    + tuple(("notitie", k, t) for k, t in NOTITIE_SECTIES),
    NIEUWSBRIEF: tuple(("nieuwsbrief", k, t) for k, t in NIEUWSBRIEF_SECTIES),
}
STANDAARD_ONDERWERP = "Stand van zaken bestuurlijke samenwerking"


@dataclass(frozen=True)
class Kop:
    """The fields of a report outside its sections."""

    organisatie: str  # "Dalfsen"
    organisatie_kop: str  # "Gemeente Dalfsen"
    peildatum: dt.date
    vanaf: dt.date | None
    onderwerp: str = STANDAARD_ONDERWERP
    datum: dt.date | None = None  # the date on the cover; the peildatum when empty
    agendapunt: str = ""
    documentnummer: str = ""
    portefeuillehouder: Persoon | None = None
    informanten: tuple[Persoon, ...] = ()
    burgemeester: Persoon | None = None
    secretaris: Persoon | None = None
    registratienummer: str = ""
    publicatiedatum: dt.date | None = None


def ondertekening_functie(p: Persoon) -> str:
    """``de burgemeester,`` or ``de secretaris-directeur,``: the function as a signature has it."""
    functie = p.functie.lower()
    for woord in ("secretaris-directeur", "gemeentesecretaris", "burgemeester", "griffier"):
        if woord in functie:
            return f"de {'secretaris' if woord == 'gemeentesecretaris' else woord},"
    if "secretaris" in functie:
        return "de secretaris,"
    return f"{p.functie.split(' (')[0]},"


def _voorblad_gegevens(kop: Kop) -> Gegevens:
    rijen: list[tuple[str, str]] = [("Status", "Informerend")]
    if kop.agendapunt:
        rijen.append(("Agendapunt", kop.agendapunt))
    rijen.append(("Onderwerp", kop.onderwerp))
    rijen.append(("Datum", datum(kop.datum or kop.peildatum)))
    if kop.portefeuillehouder is not None:
        rijen.append(("Portefeuillehouder", kop.portefeuillehouder.naam))
    if kop.documentnummer:
        rijen.append(("Documentnummer", kop.documentnummer))
    if kop.registratienummer:
        rijen.append(("Registratienummer", kop.registratienummer))
    if kop.informanten:
        label = "Informant" if len(kop.informanten) == 1 else "Informanten"
        rijen.append((label, " / ".join(p.naam for p in kop.informanten)))
        emails = [p.email for p in kop.informanten if p.email]
        if emails:
            rijen.append(("E-mail", " / ".join(emails)))
        telefoons = [p.telefoon for p in kop.informanten if p.telefoon]
        if telefoons:
            rijen.append(("Telefoon", " / ".join(telefoons)))
    return Gegevens(tuple(rijen))


def _ondertekening(kop: Kop) -> Ondertekening | None:
    ondertekenaars = tuple(
        (ondertekening_functie(p), p.formele_naam or p.naam)
        for p in (kop.burgemeester, kop.secretaris)
        if p is not None
    )
    if not ondertekenaars:
        return None
    return Ondertekening(f"Burgemeester en wethouders van {kop.organisatie},", ondertekenaars)


def _ondertitel(kop: Kop) -> str:
    tekst = f"{kop.organisatie_kop} · stand op {datum(kop.peildatum)} · ontwikkelingen {sinds(kop.vanaf)}"
    if kop.registratienummer:
        tekst += f" · {kop.registratienummer}"
    return tekst


def _per_deel(secties: Sequence[tuple[str, Sectie]], deel: str) -> tuple[Sectie, ...]:
    return tuple(s for d, s in secties if d == deel)


def stand_van_zaken_document(kop: Kop, secties: Sequence[tuple[str, Sectie]]) -> Document:
    """The cover (raadscommissievoorstel) and the note, from (part, section) pairs."""
    voorblad = Deel(
        sleutel="voorblad",
        titel="Raadscommissievoorstel",
        gegevens=_voorblad_gegevens(kop),
        secties=_per_deel(secties, "voorblad"),
        ondertekening=_ondertekening(kop),
    )
    notitie = Deel(
        sleutel="notitie",
        titel=kop.onderwerp,
        ondertitel=_ondertitel(kop),
        secties=_per_deel(secties, "notitie"),
    )
    return Document(titel=kop.onderwerp, organisatie=kop.organisatie_kop, delen=(voorblad, notitie))


def nieuwsbrief_document(kop: Kop, secties: Sequence[tuple[str, Sectie]]) -> Document:
    titel = "Nieuwsbrief bestuurlijke samenwerking"
    deel = Deel(
        sleutel="nieuwsbrief",
        titel=titel,
        ondertitel=_ondertitel(kop),
        secties=_per_deel(secties, "nieuwsbrief"),
    )
    return Document(titel=titel, organisatie=kop.organisatie_kop, delen=(deel,))


def document(soort: str, kop: Kop, secties: Sequence[tuple[str, Sectie]]) -> Document:
    if soort == NIEUWSBRIEF:
        return nieuwsbrief_document(kop, secties)
    return stand_van_zaken_document(kop, secties)


def bijlage_document(kop: Kop, g: Registergegevens) -> Document | None:
    """The appendix of a condensed status note (every event in full), or ``None`` when the note
    holds everything itself (see :func:`samen.rapportage.inhoud_notitie.beknopt`)."""
    if not beknopt(g):
        return None
    deel = Deel(
        sleutel="bijlage",
        titel=BIJLAGE_TITEL,
        ondertitel=_ondertitel(kop),
        secties=bijlage_secties(g),
    )
    return Document(titel=BIJLAGE_TITEL, organisatie=kop.organisatie_kop, delen=(deel,))


def genereer(soort: str, g: Registergegevens) -> tuple[tuple[str, Sectie], ...]:
    """Every section of a report, written from the register: (part, section) pairs."""
    if soort == NIEUWSBRIEF:
        return tuple(("nieuwsbrief", s) for s in nieuwsbrief_secties(g))
    return tuple(("voorblad", s) for s in voorblad_secties(g)) + tuple(
        ("notitie", s) for s in notitie_secties(g)
    )


def kop_uit_gegevens(g: Registergegevens) -> Kop:
    """The cover fields as the register proposes them (the command line uses them as they are)."""
    return Kop(
        organisatie=g.organisatie,
        organisatie_kop=g.organisatie_kop,
        peildatum=g.peildatum,
        vanaf=g.vanaf,
        portefeuillehouder=g.portefeuillehouder,
        informanten=g.informanten,
        burgemeester=g.burgemeester,
        secretaris=g.secretaris,
    )
