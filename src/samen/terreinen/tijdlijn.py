"""The timeline of a domain: updates, decisions, phase changes and milestones, in date order."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from samen.bestuur import selectors as bestuur_selectors
from samen.terreinen.models import Samenwerkingsterrein
from samen.terreinen.selectors import (
    fasewijzigingen_op,
    terrein_stand_op,
    voortgangsberichten_in_periode,
)


@dataclass(frozen=True)
class Gebeurtenis:
    soort: str  # bericht, besluit, fase, planning, herplanning, mijlpaal
    datum: dt.date
    datumprecisie: str
    titel: str
    tekst: str = ""
    vertraging: str = ""
    object: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


def terrein_tijdlijn(
    *, terrein: Samenwerkingsterrein, peildatum: dt.date, vanaf: dt.date | None = None
) -> list[Gebeurtenis]:
    """Everything that happened on the domain up to the peildatum (after ``vanaf``), newest first."""

    def in_periode(datum: dt.date) -> bool:
        return datum <= peildatum and (vanaf is None or datum > vanaf)

    items: list[Gebeurtenis] = []
    for b in voortgangsberichten_in_periode(terrein=terrein, peildatum=peildatum, vanaf=vanaf):
        items.append(
            Gebeurtenis("bericht", b.datum, b.datumprecisie, b.titel, b.tekst, b.vertraging, b)
        )
    for besluit in bestuur_selectors.besluiten_in_periode(
        terrein=terrein, peildatum=peildatum, vanaf=vanaf
    ):
        v = besluit.vergadering
        items.append(
            Gebeurtenis(
                "besluit",
                v.datum,
                v.datumprecisie,
                besluit.onderwerp,
                besluit.tekst,
                object=besluit,
                extra={
                    "uitkomst": besluit.get_uitkomst_display(),
                    "organen": [o.naam for o in v.organen.all()],
                },
            )
        )
    for w in fasewijzigingen_op(terrein=terrein, peildatum=peildatum):
        if in_periode(w.datum):
            items.append(
                Gebeurtenis(
                    "fase",
                    w.datum,
                    w.datumprecisie,
                    f"Fase: {w.get_fase_display()}",
                    w.toelichting,
                    object=w,
                )
            )
    stand = terrein_stand_op(terrein=terrein, peildatum=peildatum)
    for m in stand.mijlpalen:
        for h in m.stand.herplanningen:
            if in_periode(h.vastgesteld_op):
                items.append(
                    Gebeurtenis(
                        "herplanning",
                        h.vastgesteld_op,
                        "dag",
                        f"Mijlpaal herpland: {m.mijlpaal.naam}",
                        vertraging=h.reden if h.naar > h.van else "",
                        object=m.mijlpaal,
                        extra={"van": h.van, "naar": h.naar, "reden": h.reden},
                    )
                )
        if m.stand.bereikt_op and in_periode(m.stand.bereikt_op):
            items.append(
                Gebeurtenis(
                    "mijlpaal",
                    m.stand.bereikt_op,
                    "dag",
                    f"Mijlpaal bereikt: {m.mijlpaal.naam}",
                    m.mijlpaal.omschrijving,
                    object=m.mijlpaal,
                )
            )
    volgorde = {"fase": 0, "besluit": 1, "mijlpaal": 2, "herplanning": 3, "bericht": 4}
    items.sort(key=lambda g: (g.datum, volgorde.get(g.soort, 9)), reverse=True)
    return items
