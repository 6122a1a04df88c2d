"""The staff newsletter (nieuwsbrief): short, for the people who do the work, same period.

Pure Python, no Django import. What was decided, how the domains stand, what comes next, and
where staff can help: working groups that are delayed or have a milestone overdue, with whom to
contact. Written to colleagues ("je"), unlike the council note.
"""

from __future__ import annotations

import datetime as dt

from samen.rapportage.bouwstenen import (
    alinea,
    komende_mijlpalen,
    kort_onderwerp,
    reden_kort,
    te_late_mijlpalen,
    vertraagde_terreinen,
)
from samen.rapportage.document import Blok, Inline, Lijst, Sectie, runs
from samen.rapportage.gegevens import Gegevens, Terrein
from samen.rapportage.zinnen import datum, eerste_zin, hoofdletter, op_datum, opsomming, sinds

NIEUWSBRIEF_SECTIES = (
    ("intro", "In deze nieuwsbrief"),
    ("besloten", "Wat is er besloten?"),
    ("terreinen", "Hoe staan de samenwerkingsterreinen ervoor?"),
    ("komt_eraan", "Wat komt er aan?"),
    ("helpen", "Waar kun je helpen?"),
)
_TITELS = dict(NIEUWSBRIEF_SECTIES)
#: The newsletter stays short: at most this many upcoming milestones.
MAX_KOMEND = 8


def _sectie(sleutel: str, blokken: list[Blok]) -> Sectie:
    return Sectie(sleutel, _TITELS[sleutel], tuple(blokken))


def intro(g: Gegevens) -> Sectie:
    verbanden = opsomming(sorted({t.verband for t in g.terreinen})) or "de samenwerking"
    return _sectie(
        "intro",
        [
            alinea(
                f"Wat is er {sinds(g.vanaf)} gebeurd in {verbanden}? In deze nieuwsbrief lees je "
                "wat er is besloten, hoe de samenwerkingsterreinen ervoor staan, wat er aan komt "
                "en waar je kunt helpen."
            )
        ],
    )


def besloten(g: Gegevens) -> Sectie:
    if not g.besluiten:
        return _sectie("besloten", [alinea(f"Er zijn {sinds(g.vanaf)} geen besluiten genomen.")])
    items: list[Inline] = []
    for b in g.besluiten:
        items.append(
            runs(kort_onderwerp(b.terrein, b.onderwerp), vet=True)
            + runs(
                f" – {b.uitkomst} ({opsomming(b.organen)}, {datum(b.datum, b.precisie)}). "
                f"{eerste_zin(b.tekst)}"
            )
        )
    return _sectie("besloten", [Lijst(tuple(items))])


def _laatste_nieuws(t: Terrein) -> str:
    berichten = [e for e in t.gebeurtenissen if e.soort == "bericht"]
    if not berichten:
        return "geen nieuws in deze periode"
    laatste = berichten[-1]
    return f"laatste nieuws: {laatste.titel} ({datum(laatste.datum, laatste.precisie)})"


def terreinen(g: Gegevens) -> Sectie:
    if not g.terreinen:
        return _sectie("terreinen", [alinea("Er zijn nog geen samenwerkingsterreinen.")])
    items = tuple(
        runs(t.naam, vet=True)
        + runs(f" – {'fase ' + t.fase if t.fase else 'nog niet gestart'}; {_laatste_nieuws(t)}.")
        for t in g.terreinen
    )
    return _sectie("terreinen", [Lijst(items)])


def komt_eraan(g: Gegevens) -> Sectie:
    komend = komende_mijlpalen(g)
    gepland: list[tuple[dt.date, Inline]] = [
        (
            m.gepland or dt.date.max,
            runs(f"{hoofdletter(datum(m.gepland, m.gepland_precisie))}: ", vet=True)
            + runs(f"{m.terrein} – {m.naam}" + (" (herpland)" if m.herpland else "") + "."),
        )
        for m in komend[:MAX_KOMEND]
    ]
    if g.volgende is not None:
        gepland.append(
            (
                g.volgende.vervaldatum,
                runs(
                    f"{hoofdletter(datum(g.volgende.vervaldatum, g.volgende.precisie))}: ", vet=True
                )
                + runs("het college informeert de gemeenteraad opnieuw over de samenwerking."),
            )
        )
    items = [inline for _, inline in sorted(gepland, key=lambda x: x[0])]
    blokken: list[Blok] = []
    if items:
        blokken.append(Lijst(tuple(items)))
        if len(komend) > MAX_KOMEND:
            blokken.append(
                alinea(
                    f"En daarna nog {len(komend) - MAX_KOMEND} mijlpalen; zie de planning in Samen."
                )
            )
    else:
        blokken.append(alinea("Er staan op dit moment geen mijlpalen gepland."))
    return _sectie("komt_eraan", blokken)


def _contact(t: Terrein) -> str:
    for w in t.werkgroepen:
        if w.voorzitter is not None:
            bij = f" ({w.voorzitter_organisatie})" if w.voorzitter_organisatie else ""
            return f"Neem contact op met {w.voorzitter.naam}{bij}, voorzitter van de {w.naam}."
    return "Neem contact op met de werkgroep."


def helpen(g: Gegevens) -> Sectie:
    items: list[Inline] = []
    te_laat = {m.terrein: m for m in te_late_mijlpalen(g)}
    vertraagd = dict((t.naam, (t, e)) for t, e in vertraagde_terreinen(g))
    for t in g.terreinen:
        if t.naam not in vertraagd and t.naam not in te_laat:
            continue
        tekst = ""
        if t.naam in vertraagd:
            tekst += f"De werkgroep liep vertraging op ({reden_kort(vertraagd[t.naam][1])}). "
        if t.naam in te_laat:
            m = te_laat[t.naam]
            tekst += (
                f"De mijlpaal '{m.naam}' was gepland {op_datum(m.gepland, m.gepland_precisie)} en "
                "is nog niet bereikt. "
            )
        tekst += f"Wil je meedenken of meehelpen? {_contact(t)}"
        items.append(runs(t.naam, vet=True) + runs(f" – {tekst}"))
    blokken: list[Blok] = []
    if items:
        blokken.append(
            alinea("Deze werkgroepen kunnen hulp, kennis of een frisse blik goed gebruiken:")
        )
        blokken.append(Lijst(tuple(items)))
    else:
        blokken.append(
            alinea("Geen van de werkgroepen loopt op dit moment achter. Ideeën zijn altijd welkom.")
        )
    contact = next((p for p in g.informanten if p.email), None)
    if contact is not None:
        blokken.append(
            alinea(f"Vragen over de samenwerking? Mail {contact.naam} via {contact.email}.")
        )
    return _sectie("helpen", blokken)


def nieuwsbrief_secties(g: Gegevens) -> tuple[Sectie, ...]:
    return (intro(g), besloten(g), terreinen(g), komt_eraan(g), helpen(g))
