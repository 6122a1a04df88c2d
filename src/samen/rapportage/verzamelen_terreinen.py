"""Gather the domains of an alliance for a report: phase, working groups, milestones, and what
happened in the period (updates, decisions, phase changes, re-plannings, milestones reached).

The events are those of :func:`samen.terreinen.tijdlijn.terrein_tijdlijn` (a test holds the two
equal on the demo), but read for the whole alliance at once: one query for the updates and one
for the decisions of the period instead of two per domain, which matters for a cooperation of
twenty domains and thousands of updates. Everything is read through the other apps' selectors.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from samen.bestuur import selectors as bestuur_selectors
from samen.businesscase import selectors as businesscase_selectors
from samen.rapportage import gegevens as gg
from samen.terreinen import selectors as terrein_selectors

#: Events on the same day, in the order a note tells them.
VOLGORDE = {"bericht": 0, "mijlpaal": 1, "herplanning": 2, "besluit": 3, "fase": 4}


def geordend(namen: Iterable[str], rang: dict[str, int]) -> tuple[str, ...]:
    """Bodies in the order a note names them (rank by kind of body, then name)."""
    return tuple(sorted(namen, key=lambda n: (rang.get(n, 9), n)))


def _precisie(mijlpaal: Any, peildatum: dt.date, geplande_datum: dt.date | None) -> str:
    """The precision of the planning that set ``geplande_datum``, as known on the peildatum."""
    for p in reversed([p for p in mijlpaal.planningen.all() if p.vastgesteld_op <= peildatum]):
        if p.geplande_datum == geplande_datum:
            return str(p.datumprecisie)
    return "dag"


def mijlpalen(stand: Any, peildatum: dt.date, terrein_naam: str) -> tuple[gg.Mijlpaal, ...]:
    result = []
    for m in stand.mijlpalen:
        s = m.stand
        result.append(
            gg.Mijlpaal(
                terrein=terrein_naam,
                naam=m.mijlpaal.naam,
                gepland=s.geplande_datum,
                gepland_precisie=_precisie(m.mijlpaal, peildatum, s.geplande_datum),
                oorspronkelijk=s.oorspronkelijke_datum,
                oorspronkelijk_precisie=_precisie(m.mijlpaal, peildatum, s.oorspronkelijke_datum),
                bereikt_op=s.bereikt_op,
                herpland=bool(s.herplanningen) and s.geplande_datum != s.oorspronkelijke_datum,
                te_laat=s.te_laat,
            )
        )
    return tuple(result)


def _leen_precisie(gebeurtenissen: list[gg.Gebeurtenis]) -> list[gg.Gebeurtenis]:
    """A milestone reached or re-planned on the day of an update that gives its date only
    roughly ("medio mei 2012") takes that precision: both come from the same source."""
    grof = {
        e.datum: e.precisie
        for e in gebeurtenissen
        if e.soort in ("bericht", "fase", "besluit") and e.precisie != "dag"
    }
    return [
        dataclasses.replace(e, precisie=grof[e.datum])
        if e.soort in ("mijlpaal", "herplanning") and e.precisie == "dag" and e.datum in grof
        else e
        for e in gebeurtenissen
    ]


def _mijlpaal_gebeurtenissen(
    stand: Any, peildatum: dt.date, vanaf: dt.date | None
) -> list[gg.Gebeurtenis]:
    def in_periode(datum: dt.date) -> bool:
        return datum <= peildatum and (vanaf is None or datum > vanaf)

    result = []
    for m in stand.mijlpalen:
        for h in m.stand.herplanningen:
            if in_periode(h.vastgesteld_op):
                result.append(
                    gg.Gebeurtenis(
                        soort="herplanning",
                        datum=h.vastgesteld_op,
                        precisie="dag",
                        titel=f"Mijlpaal herpland: {m.mijlpaal.naam}",
                        vertraging=h.reden if h.naar > h.van else "",
                        van=h.van,
                        van_precisie=_precisie(m.mijlpaal, peildatum, h.van),
                        naar=h.naar,
                        naar_precisie=_precisie(m.mijlpaal, peildatum, h.naar),
                        reden=h.reden,
                    )
                )
        if m.stand.bereikt_op and in_periode(m.stand.bereikt_op):
            result.append(
                gg.Gebeurtenis(
                    soort="mijlpaal",
                    datum=m.stand.bereikt_op,
                    precisie="dag",
                    titel=f"Mijlpaal bereikt: {m.mijlpaal.naam}",
                    tekst=m.mijlpaal.omschrijving,
                )
            )
    return result


def _werkgroepen(terrein: Any, peildatum: dt.date, met_leden: bool) -> tuple[gg.Werkgroep, ...]:
    """Working groups with their lead; with their chair when asked (the newsletter names whom
    to contact; the note does not, and skipping the members saves a query per domain)."""
    qs = terrein_selectors.werkgroepen_op(terrein=terrein, peildatum=peildatum)
    if not met_leden:
        qs = qs.prefetch_related(None)
    result = []
    for w in qs:
        leden = getattr(w, "leden_op", []) if met_leden else []
        voorzitter = next((lid for lid in leden if lid.rol == "voorzitter"), None)
        result.append(
            gg.Werkgroep(
                naam=w.naam,
                trekker=w.trekker.naam if w.trekker else "",
                voorzitter=gg.persoon_van(voorzitter.persoon) if voorzitter else None,
                voorzitter_organisatie=voorzitter.persoon.organisatie.naam if voorzitter else "",
            )
        )
    return tuple(result)


def terreinen(
    verband: Any,
    peildatum: dt.date,
    vanaf: dt.date | None,
    rang: dict[str, int],
    *,
    met_leden: bool = True,
    organisatie_naam: str = "",
) -> list[gg.Terrein]:
    """Every domain of an alliance with what happened on it in (vanaf, peildatum]."""
    berichten: dict[int, list[gg.Gebeurtenis]] = defaultdict(list)
    for b in terrein_selectors.voortgangsberichten_in_periode(
        peildatum=peildatum, vanaf=vanaf, samenwerkingsverband=verband
    ):
        berichten[b.terrein_id].append(
            gg.Gebeurtenis("bericht", b.datum, b.datumprecisie, b.titel, b.tekst, b.vertraging)
        )
    besluiten: dict[int, list[gg.Gebeurtenis]] = defaultdict(list)
    for besluit in bestuur_selectors.besluiten_in_periode(
        peildatum=peildatum, vanaf=vanaf, samenwerkingsverband=verband
    ):
        if besluit.terrein_id is None:
            continue
        v = besluit.vergadering
        besluiten[besluit.terrein_id].append(
            gg.Gebeurtenis(
                soort="besluit",
                datum=v.datum,
                precisie=v.datumprecisie,
                titel=besluit.onderwerp,
                tekst=besluit.tekst,
                organen=geordend((o.naam for o in v.organen.all()), rang),
                uitkomst=besluit.get_uitkomst_display(),
            )
        )
    result = []
    for stand in terrein_selectors.terreinen_stand_op(
        samenwerkingsverband=verband, peildatum=peildatum
    ):
        t = stand.terrein
        fasen = [
            gg.Gebeurtenis(
                "fase", w.datum, w.datumprecisie, f"Fase: {w.get_fase_display()}", w.toelichting
            )
            for w in t.fasewijzigingen.all()  # prefetched: the changes up to the peildatum
            if vanaf is None or w.datum > vanaf
        ]
        gebeurtenissen = _leen_precisie(
            berichten[t.pk]
            + besluiten[t.pk]
            + fasen
            + _mijlpaal_gebeurtenissen(stand, peildatum, vanaf)
        )
        gebeurtenissen.sort(key=lambda e: (e.datum, VOLGORDE.get(e.soort, 9)))
        result.append(
            gg.Terrein(
                naam=t.naam,
                verband=verband.afkorting or verband.naam,
                fase=stand.fase.get_fase_display() if stand.fase else "",
                fase_sinds=stand.fase.datum if stand.fase else None,
                fase_precisie=stand.fase.datumprecisie if stand.fase else "dag",
                werkgroepen=_werkgroepen(t, peildatum, met_leden),
                gebeurtenissen=tuple(gebeurtenissen),
                mijlpalen=mijlpalen(stand, peildatum, t.naam),
                businesscases=_businesscases(t, peildatum, vanaf, organisatie_naam),
            )
        )
    return result


def _businesscases(
    terrein: Any, peildatum: dt.date, vanaf: dt.date | None, organisatie_naam: str
) -> tuple[gg.BusinesscaseCitaat, ...]:
    """Business cases on the domain whose decision falls in the period, cited for one partner."""
    citaten = []
    for bc in businesscase_selectors.businesscases_voor_terrein(terrein=terrein):
        besluit = bc.besluit
        if besluit is None:
            continue
        v = besluit.vergadering
        if v.datum > peildatum or (vanaf is not None and v.datum <= vanaf):
            continue
        zinnen = []
        for s in businesscase_selectors.kerncijfers(businesscase=bc):
            eigen = [z for z in s.zinnen if z.startswith(f"Voor {organisatie_naam}:")]
            zinnen.append(f"{s.naam}. {(eigen or s.zinnen[-1:])[0]}")
        citaten.append(
            gg.BusinesscaseCitaat(
                naam=bc.naam,
                besluit_datum=v.datum,
                besluit_precisie=v.datumprecisie,
                zinnen=tuple(zinnen),
            )
        )
    return tuple(citaten)


def gevolgde_mijlpalen(verband: Any, peildatum: dt.date) -> list[gg.Mijlpaal]:
    """The milestones of an alliance the organisation follows or explores, as known then."""
    result: list[gg.Mijlpaal] = []
    kort = verband.afkorting or verband.naam
    for stand in terrein_selectors.terreinen_stand_op(
        samenwerkingsverband=verband, peildatum=peildatum
    ):
        result += mijlpalen(stand, peildatum, f"{kort}: {stand.terrein.naam}")
    return result
