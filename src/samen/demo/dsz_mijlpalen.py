"""DSZ demo, part 4: milestones with their planning history.

The sources give actual dates and the re-planned dates of September 2012, but no original
planned dates: those are assumptions, and each milestone's description says which.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samen.core.dates import DatumPrecisie as P
from samen.demo import dsz_datums as d
from samen.demo.dsz_terreinen import Terreinen
from samen.terreinen.services import mijlpaal_complete, mijlpaal_create, mijlpaal_replan

#: The delay reasons of the September 2012 note, as the re-planning's reason.
REDEN_INKOOP = (
    "De werkgroep heeft verschillende contacten gehad met Zwolle, Kampen en Provincie om te peilen "
    "wat de visie van deze partijen op het DSZ-voorstel is. Door deze afspraken, maar ook door "
    "vakanties heeft de werkgroep vertraging opgelopen."
)
REDEN_PO = (
    "Door verschillende visies van de werkgroepleden onderling en vakanties van de werkgroepleden "
    "heeft de werkgroep vertraging opgelopen in het schrijven van het businessplan."
)
_OORSPRONKELIJK = (
    "Aanname: de bronnen noemen geen oorspronkelijke datum; in de demo juni 2012, vastgesteld bij "
    "de opdracht (uiterlijk 8 maart 2012)."
)
_HERPLAND = (
    " Een herplanning is in de demo vastgelegd op de datum van de notitie die haar meldt; wanneer "
    "de nieuwe datum precies is afgesproken, noemen de bronnen niet."
)


@dataclass(frozen=True)
class Herplanning:
    vastgesteld_op: dt.date
    geplande_datum: dt.date
    precisie: str
    reden: str


@dataclass(frozen=True)
class MijlpaalData:
    terrein: tuple[str, str]
    naam: str
    omschrijving: str
    vastgesteld_op: dt.date
    geplande_datum: dt.date
    precisie: str
    herplanningen: tuple[Herplanning, ...] = ()
    bereikt_op: dt.date | None = None


MIJLPALEN = [
    MijlpaalData(
        ("dsz", "ict"),
        "Businessplan ICT gepresenteerd aan stuurgroep DSZ en burgemeesters",
        "De poolmanager ICT presenteert het businessplan ICT. Aanname: de bronnen noemen geen "
        "geplande datum; in de demo medio mei 2012, vastgesteld uiterlijk 8 maart 2012.",
        d.MAART_NOTITIE, d.MEI_OVERLEG, P.MEDIO_MAAND,
        bereikt_op=d.MEI_OVERLEG,
    ),
    MijlpaalData(
        ("dsz", "ict"),
        "Start van de praktische samenwerking op ICT",
        "De DSZ-werkgroep ICT start vanaf september 2012 met de uitvoering van een aantal "
        "praktische samenwerkingsmogelijkheden. Aanname: in de demo gepland op de dag van het "
        "besluit van de stuurgroep DSZ en burgemeesters (medio mei 2012).",
        d.MEI_OVERLEG, d.ICT_START, P.BEGIN_MAAND,
        bereikt_op=d.ICT_START,
    ),
    MijlpaalData(
        ("dsz", "inkoop"),
        "Businessplan Inkoop aan stuurgroep DSZ en burgemeesters",
        f"{_OORSPRONKELIJK}{_HERPLAND}",
        d.MAART_NOTITIE, d.BUSINESSPLANNEN_OORSPRONKELIJK, P.MAAND,
        herplanningen=(
            Herplanning(d.SEPTEMBER_NOTITIE, d.PRESENTATIE_INKOOP_PO, P.DAG, REDEN_INKOOP),
        ),
    ),
    MijlpaalData(
        ("dsz", "p-en-o"),
        "Businessplan P&O aan stuurgroep DSZ en burgemeesters",
        f"{_OORSPRONKELIJK}{_HERPLAND}",
        d.MAART_NOTITIE, d.BUSINESSPLANNEN_OORSPRONKELIJK, P.MAAND,
        herplanningen=(Herplanning(d.SEPTEMBER_NOTITIE, d.PRESENTATIE_INKOOP_PO, P.DAG, REDEN_PO),),
    ),
    MijlpaalData(
        ("dsz", "facilitaire-zaken"),
        "Businessplan Facilitaire Zaken aan stuurgroep DSZ en burgemeesters",
        f"{_OORSPRONKELIJK} De bronnen noemen geen latere planning van deze mijlpaal; zij is in de "
        "demo daarom niet herpland.",
        d.MAART_NOTITIE, d.BUSINESSPLANNEN_OORSPRONKELIJK, P.MAAND,
    ),
    MijlpaalData(
        ("dsz", "belastingen-geo"),
        "Plan Belastingen & Geo gepresenteerd aan stuurgroep DSZ en burgemeesters",
        "Aanname: de bronnen noemen geen geplande datum; in de demo juni 2012, vastgesteld bij de "
        "opdracht (uiterlijk 8 maart 2012).",
        d.MAART_NOTITIE, d.BG_PLAN, P.MAAND,
        bereikt_op=d.BG_PLAN,
    ),
    MijlpaalData(
        ("dsz", "belastingen-geo"),
        "Voortgangsrapportage Belastingen & Geo aan stuurgroep DSZ en burgemeesters",
        "De werkgroep rapporteert begin november 2012 over de voortgang van de uitvoering van haar "
        "businessplan. De planning staat in de notitie van september 2012 en is in de demo op de "
        "datum van die notitie vastgelegd.",
        d.SEPTEMBER_NOTITIE, d.BG_RAPPORTAGE, P.BEGIN_MAAND,
    ),
    MijlpaalData(
        ("ssc", "oprichting"),
        "Convenant SSC getekend",
        "Zwolle, Kampen en Provincie tekenen het convenant voor het Shared Service Center. De "
        "bronnen noemen geen eerdere planning; de mijlpaal is vastgelegd op de dag van tekening.",
        d.SSC_CONVENANT, d.SSC_CONVENANT, P.DAG,
        bereikt_op=d.SSC_CONVENANT,
    ),
    MijlpaalData(
        ("ssc", "oprichting"),
        "Shared Service Center operationeel",
        "Zwolle, Kampen en Provincie hebben het voornemen het Shared Service Center op 1 januari "
        "2013 operationeel te laten zijn; daartoe tekenden zij op 25 juni 2012 een convenant.",
        d.SSC_CONVENANT, d.SSC_OPERATIONEEL, P.DAG,
    ),
]  # fmt: skip


def load_mijlpalen(terreinen: Terreinen) -> None:
    for m in MIJLPALEN:
        mijlpaal = mijlpaal_create(
            terrein=terreinen[m.terrein],
            naam=m.naam,
            omschrijving=m.omschrijving,
            vastgesteld_op=m.vastgesteld_op,
            geplande_datum=m.geplande_datum,
            datumprecisie=m.precisie,
        )
        for h in m.herplanningen:
            mijlpaal_replan(
                mijlpaal=mijlpaal,
                vastgesteld_op=h.vastgesteld_op,
                geplande_datum=h.geplande_datum,
                datumprecisie=h.precisie,
                reden=h.reden,
            )
        if m.bereikt_op is not None:
            mijlpaal_complete(mijlpaal=mijlpaal, werkelijke_datum=m.bereikt_op)
