"""The plain data a report is written from, as the selectors gathered it on the peildatum.

Pure Python, no Django import: strings, dates and tuples only, so the assembly in
:mod:`samen.rapportage.inhoud` and :mod:`samen.rapportage.nieuwsbrief` can be tested and
benchmarked without a database. Every date here is on or before the peildatum, except the
planned dates of milestones and the due dates of commitments, which are plans as known then.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Persoon:
    naam: str  # "Han Noten"
    formele_naam: str  # "drs. H.C.P. Noten"
    functie: str
    email: str = ""
    telefoon: str = ""


@dataclass(frozen=True)
class Relatie:
    """One organisation's relation to an alliance on the peildatum."""

    organisatie: str
    status: str  # lid, verkent, volgt, uitgenodigd, sluit_niet_aan
    sinds: dt.date
    toelichting: str = ""


@dataclass(frozen=True)
class Statuswijziging:
    """An organisation's relation to an alliance that began in the period."""

    organisatie: str
    datum: dt.date
    status: str
    vorige_status: str = ""  # empty: a new relation
    toelichting: str = ""


@dataclass(frozen=True)
class Bericht:
    """A progress update in the staff's own words."""

    datum: dt.date
    precisie: str
    titel: str
    tekst: str
    vertraging: str = ""


@dataclass(frozen=True)
class Verband:
    """An alliance seen from the report's organisation."""

    naam: str
    afkorting: str
    omschrijving: str
    eigen_status: str  # the organisation's own status on the peildatum
    eigen_sinds: dt.date
    eigen_toelichting: str = ""
    relaties: tuple[Relatie, ...] = ()  # the other organisations on the peildatum
    wijzigingen: tuple[Statuswijziging, ...] = ()  # every relation that began in the period
    berichten: tuple[tuple[str, Bericht], ...] = ()  # (domain, update) in the period
    aantal_terreinen: int = 0

    @property
    def kort(self) -> str:
        return self.afkorting or self.naam


@dataclass(frozen=True)
class Orgaan:
    naam: str
    soort: str
    samenstelling: str = ""


@dataclass(frozen=True)
class Besluit:
    datum: dt.date
    precisie: str
    organen: tuple[str, ...]
    terrein: str  # empty when the decision is on no single domain
    onderwerp: str
    uitkomst: str  # the label: akkoord, opdracht gegeven, aangehouden, afgewezen
    tekst: str


@dataclass(frozen=True)
class Gebeurtenis:
    """Something that happened on a domain in the period (from the domain's timeline)."""

    soort: str  # bericht, besluit, fase, herplanning, mijlpaal
    datum: dt.date
    precisie: str
    titel: str
    tekst: str = ""
    vertraging: str = ""
    organen: tuple[str, ...] = ()
    uitkomst: str = ""
    van: dt.date | None = None
    van_precisie: str = "dag"
    naar: dt.date | None = None
    naar_precisie: str = "dag"
    reden: str = ""


@dataclass(frozen=True)
class Mijlpaal:
    """A milestone as known on the peildatum."""

    terrein: str
    naam: str
    gepland: dt.date | None
    gepland_precisie: str
    oorspronkelijk: dt.date | None = None
    oorspronkelijk_precisie: str = "dag"
    bereikt_op: dt.date | None = None
    herpland: bool = False
    te_laat: bool = False


@dataclass(frozen=True)
class Werkgroep:
    naam: str
    trekker: str = ""
    voorzitter: Persoon | None = None
    voorzitter_organisatie: str = ""


@dataclass(frozen=True)
class BusinesscaseCitaat:
    """What a business case, decided on in the period, says for the note's municipality."""

    naam: str
    besluit_datum: dt.date
    besluit_precisie: str
    zinnen: tuple[str, ...]  # one per scenario: "<scenario>: Voor Dalfsen: ..."


@dataclass(frozen=True)
class Terrein:
    naam: str
    verband: str  # short name of the alliance
    fase: str = ""  # label of the phase on the peildatum, empty before the first phase
    fase_sinds: dt.date | None = None
    fase_precisie: str = "dag"
    werkgroepen: tuple[Werkgroep, ...] = ()
    gebeurtenissen: tuple[Gebeurtenis, ...] = ()  # in the period, oldest first
    mijlpalen: tuple[Mijlpaal, ...] = ()
    businesscases: tuple[BusinesscaseCitaat, ...] = ()


@dataclass(frozen=True)
class Toezegging:
    omschrijving: str
    gedaan_op: dt.date
    vervaldatum: dt.date
    precisie: str
    status: str  # open, nagekomen, te_laat
    nagekomen_op: dt.date | None = None


@dataclass(frozen=True)
class Motie:
    datum: dt.date
    titel: str
    verzoek: str
    orgaan: str


@dataclass(frozen=True)
class VorigeNotitie:
    registratienummer: str
    peildatum: dt.date
    publicatiedatum: dt.date


@dataclass(frozen=True)
class Gegevens:
    """Everything a status note or newsletter for one organisation on one peildatum needs."""

    organisatie: str  # "Dalfsen"
    organisatie_kop: str  # "Gemeente Dalfsen"
    peildatum: dt.date
    vanaf: dt.date | None  # the period is (vanaf, peildatum]; None: from the beginning
    vorige: VorigeNotitie | None = None
    burgemeester: Persoon | None = None
    secretaris: Persoon | None = None
    portefeuillehouder: Persoon | None = None
    informanten: tuple[Persoon, ...] = ()
    verbanden: tuple[Verband, ...] = ()  # every alliance the organisation relates to
    organen: tuple[Orgaan, ...] = ()  # bodies of the alliances it is a member of
    besluiten: tuple[Besluit, ...] = ()  # in the period, oldest first
    terreinen: tuple[Terrein, ...] = ()  # domains of the alliances it is a member of
    gevolgde_mijlpalen: tuple[Mijlpaal, ...] = ()  # of the alliances it follows or explores
    motie: Motie | None = None
    te_voldoen: Toezegging | None = None  # the commitment this note meets
    volgende: Toezegging | None = None  # the next open commitment to the council
    overige_toezeggingen: tuple[Toezegging, ...] = ()
    nieuwsbrieven: tuple[str, ...] = ()  # registration numbers published in the period


def persoon_van(p: Any) -> Persoon:
    """The plain data of a person record (anything with naam, formele_naam, functie, ...)."""
    return Persoon(
        naam=p.naam,
        formele_naam=p.formele_naam or p.naam,
        functie=p.functie,
        email=p.email,
        telefoon=p.telefoon,
    )
