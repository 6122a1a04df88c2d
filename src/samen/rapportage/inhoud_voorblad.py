"""The cover of the status note (raadscommissievoorstel), as in Dalfsen's note of 8 March 2012.

Pure Python, no Django import. The facts at the head of the cover (agendapunt, onderwerp,
portefeuillehouder, informants) and the signature block come from the draft's fields, see
:mod:`samen.rapportage.samenstellen`; this module writes the cover's text sections.
"""

from __future__ import annotations

from samen.rapportage.bouwstenen import (
    alinea,
    kort_onderwerp,
    reden_kort,
    vertraagde_terreinen,
    wijziging_zinnen,
)
from samen.rapportage.document import Blok, Inline, Lijst, Sectie, runs
from samen.rapportage.gegevens import Gegevens
from samen.rapportage.inhoud_notitie import BIJLAGE_TITEL, beknopt
from samen.rapportage.zinnen import aantal, datum, hoofdletter, opsomming, periode, sinds, zin

VOORBLAD_SECTIES = (
    ("doel", "Doel"),
    ("inleiding_voorstel", "Inleiding"),
    ("kernboodschap", "Kernboodschap"),
    ("communicatie", "Communicatie"),
    ("vervolg_voorstel", "Vervolg"),
    ("bijlagen", "Bijlagen"),
)
_TITELS = dict(VOORBLAD_SECTIES)
#: Above this many decisions the key message counts them instead of naming each one.
MAX_BESLUITEN_IN_KERN = 8


def _sectie(sleutel: str, blokken: list[Blok]) -> Sectie:
    return Sectie(sleutel, _TITELS[sleutel], tuple(blokken))


def doel(g: Gegevens) -> Sectie:
    return _sectie(
        "doel",
        [alinea("Kennis te nemen van de stand van zaken notitie bestuurlijke samenwerking.")],
    )


def inleiding_voorstel(g: Gegevens) -> Sectie:
    blokken: list[Blok] = []
    if g.motie is not None:
        blokken.append(
            alinea(
                f'Op {datum(g.motie.datum)} heeft uw gemeenteraad de motie "{g.motie.titel}" '
                f"aangenomen. {zin(g.motie.verzoek)}"
            )
        )
    blokken.append(
        alinea(
            "Met deze notitie geeft het college de stand van zaken weer van de huidige en "
            "toekomstige ontwikkelingen in de bestuurlijke samenwerking, zowel qua "
            "samenwerkingsterreinen als -partners."
        )
    )
    if g.te_voldoen is not None:
        blokken.append(
            alinea(
                f"Het college komt hiermee de toezegging van {datum(g.te_voldoen.gedaan_op)} na: "
                f'"{zin(g.te_voldoen.omschrijving)}"'
            )
        )
    return _sectie("inleiding_voorstel", blokken)


def kernboodschap(g: Gegevens) -> Sectie:
    blokken: list[Blok] = [
        alinea(
            f"{g.organisatie} hecht belang aan het (verder) ontwikkelen van de bestuurlijke samenwerking."
        ),
        alinea(
            "Samen kunnen gemeenten grotere slagen maken. Door samenwerking en het benutten van "
            "volumevoordelen lijkt winst geboekt te kunnen worden op kosten, kwaliteit en "
            "continuïteit van bedrijfsvoering."
        ),
    ]
    items: list[Inline] = []
    for v in g.verbanden:
        items += [runs(z) for z in wijziging_zinnen(v.kort, v.wijzigingen)]
    if len(g.besluiten) <= MAX_BESLUITEN_IN_KERN:
        for b in g.besluiten:
            onderwerp = kort_onderwerp(b.terrein, b.onderwerp)
            items.append(runs(f"{onderwerp} – {b.uitkomst} ({datum(b.datum, b.precisie)})."))
    else:
        per_uitkomst: dict[str, int] = {}
        for b in g.besluiten:
            per_uitkomst[b.uitkomst] = per_uitkomst.get(b.uitkomst, 0) + 1
        verdeling = opsomming(f"{n} {u}" for u, n in sorted(per_uitkomst.items()))
        items.append(
            runs(
                f"{hoofdletter(aantal(len(g.besluiten), 'besluit', 'besluiten'))} over "
                f"{aantal(len({b.terrein for b in g.besluiten}), 'samenwerkingsterrein', 'samenwerkingsterreinen')}: "
                f"{verdeling}."
            )
        )
    for t in g.terreinen:
        fases = [e for e in t.gebeurtenissen if e.soort == "fase"]
        if fases:
            laatste = fases[-1]
            fase = laatste.titel.removeprefix("Fase: ")
            items.append(
                runs(f"{t.naam}: naar de fase {fase} ({datum(laatste.datum, laatste.precisie)}).")
            )
    for t, vertraagd in vertraagde_terreinen(g):
        items.append(runs(f"{t.naam}: vertraging opgelopen ({reden_kort(vertraagd)})."))
    if items:
        blokken.append(alinea(f"De belangrijkste ontwikkelingen {sinds(g.vanaf)}:"))
        blokken.append(Lijst(tuple(items)))
    else:
        blokken.append(
            alinea(f"{hoofdletter(sinds(g.vanaf))} zijn er geen nieuwe ontwikkelingen te melden.")
        )
    return _sectie("kernboodschap", blokken)


def communicatie(g: Gegevens) -> Sectie:
    blokken: list[Blok] = [
        alinea(
            "Interne communicatie over bestuurlijke samenwerking wordt middels nieuwsbrieven gevoerd."
        )
    ]
    if g.nieuwsbrieven:
        n = len(g.nieuwsbrieven)
        blokken.append(
            alinea(
                f"{hoofdletter(sinds(g.vanaf))} {'verscheen de nieuwsbrief' if n == 1 else 'verschenen de nieuwsbrieven'} "
                f"{opsomming(g.nieuwsbrieven)}."
            )
        )
    return _sectie("communicatie", blokken)


def vervolg_voorstel(g: Gegevens) -> Sectie:
    if g.volgende is not None:
        tekst = zin(g.volgende.omschrijving)
    else:
        tekst = "Het college informeert uw gemeenteraad opnieuw wanneer daar aanleiding toe is."
    return _sectie("vervolg_voorstel", [alinea(tekst)])


def bijlagen(g: Gegevens) -> Sectie:
    items = [runs(f"Stand van zaken bestuurlijke samenwerking, {datum(g.peildatum)}")]
    if beknopt(g):
        items.append(runs(f"{BIJLAGE_TITEL}, {periode(g.vanaf, g.peildatum)} (apart document)"))
    return _sectie("bijlagen", [Lijst(tuple(items))])


def voorblad_secties(g: Gegevens) -> tuple[Sectie, ...]:
    return (
        doel(g),
        inleiding_voorstel(g),
        kernboodschap(g),
        communicatie(g),
        vervolg_voorstel(g),
        bijlagen(g),
    )
