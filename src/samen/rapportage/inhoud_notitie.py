"""The status note ("stand van zaken"): its sections, written from the register.

Pure Python, no Django import. Each function takes the :class:`~samen.rapportage.gegevens.Gegevens`
that the selectors gathered on the peildatum and returns a :class:`~samen.rapportage.document.Sectie`
in the register of the source documents: from the municipality's perspective ("Dalfsen volgt met
Staphorst en Zwartewaterland ..."), with Dutch dates at each record's precision, and the staff's
own words for what happened.
"""

from __future__ import annotations

from samen.rapportage.bouwstenen import (
    alinea,
    gebeurtenis_blokken,
    komende_mijlpalen,
    kop_alinea,
    ontdubbel,
    stand_alinea,
    te_late_mijlpalen,
    tekst_alineas,
    vertraagde_terreinen,
    wijziging_zinnen,
)
from samen.rapportage.document import Blok, Lijst, Sectie, Tabel, runs
from samen.rapportage.gegevens import Gegevens, Terrein, Verband
from samen.rapportage.zinnen import (
    aantal,
    alineas,
    datum,
    hoofdletter,
    op_datum,
    opsomming,
    periode,
    sinds,
    zin,
)

NOTITIE_SECTIES = (
    ("inleiding", "Inleiding"),
    ("samenwerkingspartners", "Samenwerkingspartners"),
    ("betrokkenheid_bestuur", "Betrokkenheid bestuur"),
    ("ontwikkelingen", "Ontwikkelingen samenwerkingsterreinen"),
    ("planning", "Planning"),
    ("vervolg", "Vervolg"),
)
_TITELS = dict(NOTITIE_SECTIES)

#: Above this many events (updates, decisions, phase changes, ...) in the period the note is
#: condensed: per domain the counts, the decisions and the delays with their reasons in the text,
#: and every event in full in a separate appendix (:func:`bijlage_secties`). The council reads a
#: note of some twenty pages; the appendix is for whoever wants every word. The DSZ demo note
#: (some twenty events) is written in full.
MAX_GEBEURTENISSEN_VOLLEDIG = 100

BIJLAGE_TITEL = "Bijlage: alle ontwikkelingen per samenwerkingsterrein"


def beknopt(g: Gegevens) -> bool:
    """Whether the note is condensed, with the full list of events in an appendix."""
    return sum(len(t.gebeurtenissen) for t in g.terreinen) > MAX_GEBEURTENISSEN_VOLLEDIG


def _sectie(sleutel: str, blokken: list[Blok], subsecties: tuple[Sectie, ...] = ()) -> Sectie:
    return Sectie(sleutel, _TITELS[sleutel], tuple(blokken), subsecties)


def inleiding(g: Gegevens) -> Sectie:
    blokken: list[Blok] = []
    if g.vorige is not None:
        blokken.append(
            alinea(
                f"Op {datum(g.vorige.publicatiedatum)} bent u met de notitie "
                f"{g.vorige.registratienummer} geïnformeerd over de stand van zaken van de "
                f"bestuurlijke samenwerking op {datum(g.vorige.peildatum)}."
            )
        )
    elif g.te_voldoen is not None:
        blokken.append(
            alinea(
                f"Op {datum(g.te_voldoen.gedaan_op)} bent u geïnformeerd over de stand van zaken "
                "van de bestuurlijke samenwerking op dat moment."
            )
        )
    aantal_berichten = sum(1 for t in g.terreinen for e in t.gebeurtenissen if e.soort == "bericht")
    if g.besluiten or aantal_berichten:
        blokken.append(
            alinea(
                "In de afgelopen periode heeft de bestuurlijke samenwerking verder vorm en inhoud "
                "gekregen. De totstandkoming van bestuurlijke samenwerking is een ontwikkelproces "
                "waarbinnen verschillende terreinen en samenwerkingspartners worden verkend en de "
                "relatie met bestaande samenwerkingspartners verder wordt ontwikkeld."
            )
        )
    else:
        blokken.append(
            alinea("In de afgelopen periode zijn er weinig nieuwe ontwikkelingen geweest.")
        )
    tekst = (
        f"Deze notitie verwoordt de stand van zaken op {datum(g.peildatum)} en beschrijft de "
        f"ontwikkelingen in de periode {periode(g.vanaf, g.peildatum)}."
    )
    n = len(g.besluiten)
    tekst += f" In deze periode {'is' if n == 1 else 'zijn'} {aantal(n, 'besluit', 'besluiten')} genomen."
    vertraagd = vertraagde_terreinen(g)
    if vertraagd:
        namen = opsomming(t.naam for t, _ in vertraagd)
        tekst += (
            f" Op {aantal(len(vertraagd), 'samenwerkingsterrein', 'samenwerkingsterreinen')} "
            f"liep het werk vertraging op: {namen}."
        )
    blokken.append(alinea(tekst))
    return _sectie("inleiding", blokken)


def _naam(v: Verband) -> str:
    return f"{v.afkorting} ({v.naam})" if v.afkorting and v.afkorting != v.naam else v.naam


def _relatie_zin(org: str, v: Verband) -> str:
    mede = opsomming(sorted(r.organisatie for r in v.relaties if r.status == v.eigen_status))
    met = f" met {mede}" if mede else ""
    naam = _naam(v)
    match v.eigen_status:
        case "volgt":
            return f"{org} volgt{met} de ontwikkeling van {naam}."
        case "verkent":
            return f"{org} verkent{met} samenwerking in {naam}."
        case "uitgenodigd":
            return f"{org} is{met} uitgenodigd deel te nemen aan {naam}."
        case "sluit_niet_aan":
            return f"{org} sluit niet aan bij {naam}."
    return f"{org} heeft de relatie '{v.eigen_status}' met {naam}."


def samenwerkingspartners(g: Gegevens) -> Sectie:
    org = g.organisatie
    blokken: list[Blok] = []
    eigen = [v for v in g.verbanden if v.eigen_status == "lid"]
    if eigen:
        blokken.append(
            alinea(
                f"{org} is op {datum(g.peildatum)} lid van "
                f"{aantal(len(eigen), 'samenwerkingsverband', 'samenwerkingsverbanden')}:"
            )
        )
        items = []
        for v in eigen:
            partners = opsomming(sorted(r.organisatie for r in v.relaties if r.status == "lid"))
            tekst = _naam(v) + (f", met {partners}" if partners else "")
            items.append(runs(f"{tekst}, sinds {datum(v.eigen_sinds)}"))
        blokken.append(Lijst(tuple(items)))
        hoofd = max(eigen, key=lambda v: v.aantal_terreinen)
        blokken += [alinea(a) for a in alineas(hoofd.omschrijving)]
    for v in (v for v in g.verbanden if v.eigen_status != "lid"):
        tekst = _relatie_zin(org, v)
        leden = sorted(r.organisatie for r in v.relaties if r.status == "lid")
        if leden:
            tekst += f" {opsomming(leden)} {'is' if len(leden) == 1 else 'zijn'} er lid van."
        blokken.append(alinea(tekst))
    for v in g.verbanden:
        if not (v.wijzigingen or v.berichten):
            continue
        blokken += [alinea(z) for z in wijziging_zinnen(v.kort, v.wijzigingen)]
        toelichtingen = {" ".join(w.toelichting.split()) for w in v.wijzigingen}
        for w in v.wijzigingen:
            blokken += [alinea(a) for a in alineas(w.toelichting)]
        for _terrein, b in v.berichten:
            if " ".join(b.tekst.split()) in toelichtingen:
                continue  # the update says what the relation's explanation already said
            kop = zin(f"{hoofdletter(datum(b.datum, b.precisie))}, {v.kort}: {b.titel}")
            blokken += tekst_alineas(kop, b.tekst)
    if not g.verbanden:
        blokken.append(
            alinea(f"{org} heeft op {datum(g.peildatum)} geen vastgelegde samenwerkingsverbanden.")
        )
    return _sectie("samenwerkingspartners", ontdubbel(blokken))


def betrokkenheid_bestuur(g: Gegevens, *, volledig: bool | None = None) -> Sectie:
    if volledig is None:
        volledig = not beknopt(g)
    blokken: list[Blok] = []
    if g.organen:
        blokken.append(alinea("Bij de samenwerking zijn de volgende bestuursorganen betrokken:"))
        blokken.append(
            Lijst(
                tuple(
                    runs(o.naam, vet=True) + runs(f": {' '.join(o.samenstelling.split())}")
                    if o.samenstelling
                    else runs(o.naam, vet=True)
                    for o in g.organen
                )
            )
        )
    if g.besluiten:
        vergaderingen = sorted({(b.datum, b.precisie) for b in g.besluiten})
        momenten = opsomming(datum(d, p) for d, p in vergaderingen)
        organen = list(dict.fromkeys(o for b in g.besluiten for o in b.organen))
        n, nb = len(vergaderingen), len(g.besluiten)
        blokken.append(
            alinea(
                f"{hoofdletter(sinds(g.vanaf))} {'heeft' if len(organen) == 1 else 'hebben'} "
                f"{opsomming(organen)} {aantal(n, 'keer', 'keer')} over de samenwerking "
                f"besloten: {momenten}. Daarbij {'is' if nb == 1 else 'zijn'} "
                f"{aantal(nb, 'besluit', 'besluiten')} genomen" + (":" if volledig else ".")
            )
        )
        if not volledig:
            per_orgaan = {o: sum(1 for b in g.besluiten if o in b.organen) for o in organen}
            blokken.append(
                Lijst(
                    tuple(
                        runs(o, vet=True) + runs(f": {aantal(n_o, 'besluit', 'besluiten')}")
                        for o, n_o in per_orgaan.items()
                    )
                )
            )
            blokken.append(
                alinea(
                    "De besluiten staan hieronder bij hun samenwerkingsterrein, en met hun "
                    "toelichting in de bijlage."
                )
            )
            return _sectie("betrokkenheid_bestuur", blokken)
        blokken.append(
            Tabel(
                kop=("Datum", "Door", "Samenwerkingsterrein", "Onderwerp", "Uitkomst"),
                rijen=tuple(
                    (
                        datum(b.datum, b.precisie),
                        opsomming(b.organen),
                        b.terrein or "–",
                        b.onderwerp,
                        b.uitkomst,
                    )
                    for b in g.besluiten
                ),
                bijschrift=f"Besluiten {sinds(g.vanaf)} tot en met {datum(g.peildatum)}",
            )
        )
    else:
        blokken.append(
            alinea(
                f"{hoofdletter(sinds(g.vanaf))} zijn er geen besluiten over de samenwerking genomen."
            )
        )
    return _sectie("betrokkenheid_bestuur", blokken)


def _beknopt_terrein(t: Terrein, g: Gegevens) -> list[Blok]:
    """A domain in a condensed note: counts, decisions and delays in the text."""
    soorten = (
        ("bericht", "voortgangsbericht", "voortgangsberichten"),
        ("besluit", "besluit", "besluiten"),
        ("fase", "fasewijziging", "fasewijzigingen"),
        ("herplanning", "herplanning", "herplanningen"),
        ("mijlpaal", "bereikte mijlpaal", "bereikte mijlpalen"),
    )
    tellingen = [
        aantal(n, een, meer)
        for soort, een, meer in soorten
        if (n := sum(1 for e in t.gebeurtenissen if e.soort == soort))
    ]
    blokken: list[Blok] = [
        alinea(
            f"{hoofdletter(sinds(g.vanaf))}: {opsomming(tellingen)}. Alle voortgangsberichten "
            "staan volledig in de bijlage."
        )
    ]
    besluiten = [e for e in t.gebeurtenissen if e.soort == "besluit"]
    if besluiten:
        blokken.append(
            Lijst(
                tuple(
                    runs(f"{hoofdletter(datum(e.datum, e.precisie))}", vet=True)
                    + runs(
                        (f", {opsomming(e.organen)}" if e.organen else "")
                        + f": {e.titel} – {e.uitkomst}"
                    )
                    for e in besluiten
                )
            )
        )
    for e in t.gebeurtenissen:
        wanneer = hoofdletter(datum(e.datum, e.precisie))
        if e.soort == "fase":
            blokken.append(alinea(f"{wanneer}: naar de fase {e.titel.removeprefix('Fase: ')}."))
        elif e.soort in ("herplanning", "mijlpaal"):
            blokken += gebeurtenis_blokken(e)
        elif e.vertraging:
            blokken.append(
                kop_alinea(
                    f"{wanneer}, vertraging bij {zin(e.titel)}", f"Reden: {zin(e.vertraging)}"
                )
            )
    return blokken


def ontwikkelingen(g: Gegevens, *, volledig: bool | None = None) -> Sectie:
    if volledig is None:
        volledig = not beknopt(g)
    verbanden = sorted({t.verband for t in g.terreinen})
    blokken: list[Blok] = []
    if not g.terreinen:
        blokken.append(
            alinea(
                f"{g.organisatie} werkt op {datum(g.peildatum)} nog niet op samenwerkingsterreinen samen."
            )
        )
        return _sectie("ontwikkelingen", blokken)
    blokken.append(
        alinea(
            f"Hieronder staat per samenwerkingsterrein van {opsomming(verbanden)} wat er "
            f"{sinds(g.vanaf)} is gebeurd: de voortgang in de woorden van de werkgroepen, de "
            "besluiten, fasewijzigingen, vertragingen met hun reden en herplanningen."
            if volledig
            else f"Hieronder staat per samenwerkingsterrein van {opsomming(verbanden)} hoeveel "
            f"er {sinds(g.vanaf)} is gebeurd, met de besluiten, fasewijzigingen, vertragingen "
            "met hun reden en herplanningen. De voortgang in de woorden van de werkgroepen "
            "staat volledig in de bijlage."
        )
    )
    subs = []
    for n, t in enumerate(g.terreinen, start=1):
        titel = t.naam if len(verbanden) == 1 else f"{t.naam} ({t.verband})"
        sub: list[Blok] = [stand_alinea(t, g.peildatum)]
        if not t.gebeurtenissen:
            sub.append(
                alinea(
                    f"Op het terrein van {t.naam} zijn er {sinds(g.vanaf)} geen nieuwe "
                    "ontwikkelingen te melden."
                )
            )
        elif volledig:
            for e in t.gebeurtenissen:
                sub += gebeurtenis_blokken(e)
        else:
            sub += _beknopt_terrein(t, g)
        for bc in t.businesscases:
            sub.append(
                alinea(
                    f"Het besluit van {datum(bc.besluit_datum, bc.besluit_precisie)} steunt op "
                    f"de businesscase \u201c{bc.naam}\u201d. Daaruit, per scenario:"
                )
            )
            sub.append(Lijst(items=tuple(runs(z) for z in bc.zinnen)))
        subs.append(Sectie(f"ontwikkelingen-{n}", titel, tuple(sub)))
    return _sectie("ontwikkelingen", blokken, tuple(subs))


def planning(g: Gegevens) -> Sectie:
    blokken: list[Blok] = []
    komend = komende_mijlpalen(g)
    if komend:
        blokken.append(alinea(f"Na {datum(g.peildatum)} staan de volgende mijlpalen gepland:"))
        blokken.append(
            Tabel(
                kop=("Gepland", "Samenwerkingsterrein", "Mijlpaal", "Eerder gepland"),
                rijen=tuple(
                    (
                        datum(m.gepland, m.gepland_precisie),
                        m.terrein,
                        m.naam,
                        datum(m.oorspronkelijk, m.oorspronkelijk_precisie) if m.herpland else "–",
                    )
                    for m in komend
                ),
                bijschrift=f"Planning zoals bekend op {datum(g.peildatum)}",
            )
        )
        herpland = [m for m in komend if m.herpland]
        if herpland:
            blokken.append(
                alinea(
                    f"{hoofdletter(aantal(len(herpland), 'mijlpaal is', 'mijlpalen zijn'))} "
                    "herpland: "
                    + "; ".join(
                        f"{m.naam} van {datum(m.oorspronkelijk, m.oorspronkelijk_precisie)} naar "
                        f"{datum(m.gepland, m.gepland_precisie)}"
                        for m in herpland
                    )
                    + "."
                )
            )
    else:
        blokken.append(alinea(f"Na {datum(g.peildatum)} staan er geen mijlpalen gepland."))
    te_laat = te_late_mijlpalen(g)
    if te_laat:
        blokken.append(
            kop_alinea(
                "Nog niet bereikt:",
                f"deze {'mijlpaal was' if len(te_laat) == 1 else 'mijlpalen waren'} gepland vóór "
                f"{datum(g.peildatum)}, maar {'is' if len(te_laat) == 1 else 'zijn'} op die datum "
                "nog niet bereikt.",
            )
        )
        blokken.append(
            Lijst(
                tuple(
                    runs(
                        f"{m.terrein}: {m.naam} (gepland {op_datum(m.gepland, m.gepland_precisie)})"
                    )
                    for m in te_laat
                )
            )
        )
    return _sectie("planning", blokken)


def vervolg(g: Gegevens) -> Sectie:
    blokken: list[Blok] = []
    if g.volgende is not None:
        blokken.append(alinea(zin(g.volgende.omschrijving)))
        blokken.append(
            alinea(
                f"Deze toezegging is gedaan op {datum(g.volgende.gedaan_op)}; de termijn is "
                f"{datum(g.volgende.vervaldatum, g.volgende.precisie)}."
            )
        )
    else:
        blokken.append(
            alinea(
                f"Op {datum(g.peildatum)} staat er geen nieuwe toezegging open om u over de stand "
                "van zaken te informeren. Het college informeert u opnieuw wanneer daar "
                "aanleiding toe is."
            )
        )
    if g.overige_toezeggingen:
        blokken.append(alinea("Daarnaast staan deze toezeggingen aan de raad open:"))
        blokken.append(
            Lijst(
                tuple(
                    runs(
                        f"{zin(t.omschrijving)} Termijn: {datum(t.vervaldatum, t.precisie)}"
                        + (" (te laat)." if t.status == "te_laat" else ".")
                    )
                    for t in g.overige_toezeggingen
                )
            )
        )
    return _sectie("vervolg", blokken)


def bijlage_secties(g: Gegevens) -> tuple[Sectie, ...]:
    """The appendix of a condensed note: every decision and every event per domain in full."""
    return (
        betrokkenheid_bestuur(g, volledig=True),
        ontwikkelingen(g, volledig=True),
    )


def notitie_secties(g: Gegevens) -> tuple[Sectie, ...]:
    return (
        inleiding(g),
        samenwerkingspartners(g),
        betrokkenheid_bestuur(g),
        ontwikkelingen(g),
        planning(g),
        vervolg(g),
    )
