"""Building blocks shared by the status note and the newsletter: paragraphs from the register.

Pure Python, no Django import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from samen.rapportage.document import Alinea, Blok, Inline, Run, runs
from samen.rapportage.gegevens import Gebeurtenis, Gegevens, Mijlpaal, Statuswijziging, Terrein
from samen.rapportage.zinnen import (
    STATUS_LABEL,
    alineas,
    datum,
    hoofdletter,
    opsomming,
    zin,
)


def alinea(tekst: str) -> Alinea:
    return Alinea(runs(tekst))


def kop_alinea(kop: str, tekst: str = "") -> Alinea:
    """A paragraph with a bold lead-in: ``**Medio mei 2012: titel.** tekst``."""
    inhoud: Inline = runs(kop, vet=True)
    if tekst:
        inhoud += runs(" " + tekst)
    return Alinea(inhoud)


def tekst_alineas(kop: str, tekst: str) -> list[Blok]:
    """The staff's own text, paragraph by paragraph; the first carries the bold lead-in."""
    delen = alineas(tekst)
    if not delen:
        return [kop_alinea(kop)]
    return [kop_alinea(kop, delen[0]), *(alinea(d) for d in delen[1:])]


def ontdubbel(blokken: Iterable[Blok]) -> list[Blok]:
    """Drop a paragraph that repeats one already in the list word for word."""
    gezien: set[tuple[Run, ...]] = set()
    result: list[Blok] = []
    for blok in blokken:
        if isinstance(blok, Alinea):
            if blok.inhoud in gezien:
                continue
            gezien.add(blok.inhoud)
        result.append(blok)
    return result


def gebeurtenis_blokken(g: Gebeurtenis) -> list[Blok]:
    """One event on a domain in the words of whoever recorded it, with a dated lead-in."""
    wanneer = hoofdletter(datum(g.datum, g.precisie))
    if g.soort == "bericht":
        blokken = tekst_alineas(zin(f"{wanneer}: {g.titel}"), g.tekst)
        if g.vertraging:
            blokken.append(kop_alinea("Reden van vertraging:", zin(g.vertraging)))
        return blokken
    if g.soort == "besluit":
        blokken = tekst_alineas(zin(f"{wanneer}, besluit: {g.titel} – {g.uitkomst}"), g.tekst)
        if g.organen:
            door = f"Besloten door {opsomming(g.organen)}."
            laatste = blokken[-1]
            assert isinstance(laatste, Alinea)
            blokken[-1] = Alinea(laatste.inhoud + runs(" " + door))
        return blokken
    if g.soort == "fase":
        fase = g.titel.removeprefix("Fase: ")
        return tekst_alineas(f"{wanneer}: naar de fase {fase}.", g.tekst)
    if g.soort == "herplanning":
        naam = g.titel.removeprefix("Mijlpaal herpland: ")
        tekst = f"{naam}: van {datum(g.van, g.van_precisie)} naar {datum(g.naar, g.naar_precisie)}."
        if g.reden:
            tekst += f" Reden: {zin(g.reden)}"
        return [kop_alinea(f"{wanneer}: mijlpaal herpland.", tekst)]
    naam = g.titel.removeprefix("Mijlpaal bereikt: ")
    return [kop_alinea(f"{wanneer}: mijlpaal bereikt.", zin(naam))]


def stand_alinea(t: Terrein, peildatum: dt.date) -> Alinea:
    """``Stand op 10 september 2012: fase uitvoering (sinds ...). Werkgroep: ...``."""
    if t.fase:
        tekst = f"fase {t.fase} (sinds {datum(t.fase_sinds, t.fase_precisie)})."
    else:
        tekst = "nog niet gestart."
    for w in t.werkgroepen:
        tekst += f" {w.naam}" + (f", trekker {w.trekker}" if w.trekker else "") + "."
    return kop_alinea(f"Stand op {datum(peildatum)}:", tekst)


def vertraagde_terreinen(g: Gegevens) -> list[tuple[Terrein, list[Gebeurtenis]]]:
    """Domains on which work was delayed in the period, with the events that say so."""
    result = []
    for t in g.terreinen:
        vertraagd = [e for e in t.gebeurtenissen if e.vertraging]
        if vertraagd:
            result.append((t, vertraagd))
    return result


def te_late_mijlpalen(g: Gegevens) -> list[Mijlpaal]:
    return [m for t in g.terreinen for m in t.mijlpalen if m.te_laat]


def komende_mijlpalen(g: Gegevens) -> list[Mijlpaal]:
    """Milestones planned after the peildatum and not reached, as planned on the peildatum."""
    alle = [m for t in g.terreinen for m in t.mijlpalen] + list(g.gevolgde_mijlpalen)
    komend = [
        m for m in alle if m.gepland and m.gepland > g.peildatum and m.bereikt_op is None
    ]  # fmt: skip
    return sorted(komend, key=lambda m: (m.gepland or dt.date.max, m.terrein, m.naam))


# (singular, plural) auxiliary and participle for each new status of a relation
_WORDT = {
    "lid": ("is", "zijn", "lid geworden van {v}"),
    "verkent": ("is", "zijn", "begonnen met een verkenning van {v}"),
    "volgt": ("is", "zijn", "{v} gaan volgen"),
    "uitgenodigd": ("is", "zijn", "uitgenodigd voor {v}"),
    "sluit_niet_aan": ("heeft", "hebben", "besloten niet aan te sluiten bij {v}"),
}


def wijziging_zinnen(verband: str, wijzigingen: Iterable[Statuswijziging]) -> list[str]:
    """``Op 25 juni 2012 zijn Zwolle, Kampen en Provincie Overijssel lid geworden van SSC
    (daarvoor: verkent).``: changes on the same day to the same status in one sentence."""
    groepen: dict[tuple[dt.date, str, str], list[str]] = {}
    for w in wijzigingen:
        groepen.setdefault((w.datum, w.status, w.vorige_status), []).append(w.organisatie)
    zinnen = []
    for (wanneer, status, vorige), namen in sorted(groepen.items()):
        enkel, meer, deel = _WORDT.get(status, ("is", "zijn", f"{status} bij {{v}}"))
        hulp = enkel if len(namen) == 1 else meer
        tekst = f"Op {datum(wanneer)} {hulp} {opsomming(sorted(namen))} {deel.format(v=verband)}"
        if vorige:
            tekst += f" (daarvoor: {STATUS_LABEL.get(vorige, vorige)})"
        zinnen.append(tekst + ".")
    return zinnen


def kort_onderwerp(terrein: str, onderwerp: str) -> str:
    """``Inkoop: Businessplan``, without repeating a domain the subject already names."""
    if not terrein or terrein.lower() in onderwerp.lower():
        return onderwerp
    return f"{terrein}: {onderwerp}"


def reden_kort(vertraagd: list[Gebeurtenis]) -> str:
    """The reason for a delay in the working group's own words: an update's, else a re-plan's."""
    berichten = [e for e in vertraagd if e.soort == "bericht"]
    reden = (berichten or vertraagd)[-1].vertraging.strip().rstrip(".")
    if len(reden) > 1 and reden[1].islower():
        reden = reden[0].lower() + reden[1:]
    return reden
