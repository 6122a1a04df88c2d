"""A large, generated cooperation for benchmarks: 25 municipalities, 20 domains, five years,
10,000 progress updates and 2,000 decisions (all sizes are parameters).

Deterministic for a seed, fictitious throughout (names, people and texts say so), and written
with ``bulk_create`` so that it loads in seconds; it therefore skips the services' validation,
but every record obeys the same constraints (dates inside the five years, plans dated when they
were made, one relation per organisation and alliance). Used by ``bench/bench_report.py`` and
meant for the API benchmark as well::

    from samen.rapportage.bench_data import maak_grote_samenwerking
    groot = maak_grote_samenwerking()          # in an empty or demo database
    groot.hoofdgemeente                         # slug of the municipality whose notes to render
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from django.db import transaction

from samen.bestuur.models import Besluit, Motie, Orgaan, Toezegging, Vergadering
from samen.core.dates import format_datum
from samen.organisaties.models import Lidmaatschap, Organisatie, Persoon, Samenwerkingsverband
from samen.terreinen.models import (
    Fase,
    Fasewijziging,
    Mijlpaal,
    Mijlpaalplanning,
    Samenwerkingsterrein,
    Voortgangsbericht,
    Werkgroep,
    Werkgroeplid,
)

GEMEENTEN = (
    "Aalsveen", "Beekerveld", "Brinkhorst", "Dalmsholte", "Eesveen", "Elshof", "Gerrevoort",
    "Haarle-Oost", "Hessum", "Holtenbroek", "Kolkhuizen", "Lemelerveld-Noord", "Marle",
    "Nijenhuis", "Oldemarkt-Zuid", "Punthorst", "Rouveen-West", "Schoonhorst", "Tolhuis",
    "Ulsen", "Vechtdal", "Wijhezand", "Windesheim-Oost", "Zalkerbroek", "Zuidveen",
    "Averlo", "Bergentheim-Zuid", "Collendoorn", "Daarlerveen-Oost", "Engeland-Noord",
)  # fmt: skip
TERREINEN = (
    "ICT", "Inkoop", "P&O", "Facilitaire Zaken", "Belastingen", "Geo-informatie", "Financiën",
    "Sociale Zaken", "Juridische Zaken", "Communicatie", "Archief en DIV", "Burgerzaken",
    "Vergunningen", "Handhaving", "Openbare Ruimte", "Afval", "Sport", "Cultuur", "Onderwijs",
    "Jeugdzorg", "Wonen", "Economie", "Duurzaamheid", "Veiligheid",
)  # fmt: skip
FICTIEF = "(fictief, benchmark)"
_ONDERWERPEN = (
    "het gezamenlijke werkproces", "de afstemming tussen de gemeenten", "het nieuwe contract",
    "de uniforme definities", "de bezetting bij ziekte en vakanties", "de kwaliteitskaart",
    "het gezamenlijke beleidskader", "de aanbesteding", "de overgang naar één systeem",
    "de verdeelsleutel van de kosten", "de rapportage aan de stuurgroep", "het opleidingsplan",
)  # fmt: skip
_GEBEURD = (
    "De werkgroep heeft {o} uitgewerkt en met de afdelingshoofden besproken.",
    "In een werksessie met medewerkers van de deelnemende gemeenten is {o} doorgenomen.",
    "De trekker heeft {o} voorgelegd aan de contactpersonen van alle gemeenten.",
    "Er is een eerste versie van {o} opgesteld; de reacties worden verwerkt.",
    "De werkgroep heeft {o} vergeleken met de aanpak van andere samenwerkingsverbanden.",
)  # fmt: skip
_VERVOLG = (
    "De komende weken wordt {o} verder uitgewerkt.",
    "Na de zomer volgt een voorstel aan de stuurgroep.",
    "De resultaten komen in de volgende voortgangsrapportage.",
    "Daarna beslist de stuurgroep over de volgende stap.",
)  # fmt: skip
_VERTRAGING = (
    "Door ziekte en vakanties binnen de werkgroep.",
    "Omdat de afstemming met de partners meer tijd vraagt dan verwacht.",
    "Door verschillende visies binnen de werkgroep op {o}.",
    "Omdat eerst een besluit van de colleges nodig is over {o}.",
)  # fmt: skip
_UITKOMSTEN = ("akkoord", "akkoord", "opdracht", "opdracht", "aangehouden", "afgewezen")
_FASEN = (Fase.VERKENNING, Fase.BUSINESSCASE, Fase.BESLUITVORMING, Fase.UITVOERING, Fase.EVALUATIE)


@dataclass(frozen=True)
class GroteSamenwerking:
    verband: str  # slug of the alliance
    gemeenten: tuple[str, ...]  # slugs; the first is the one whose notes are rendered
    begin: dt.date
    eind: dt.date
    aantallen: dict[str, int] = field(default_factory=dict)

    @property
    def hoofdgemeente(self) -> str:
        return self.gemeenten[0]


def _datum(rng: random.Random, begin: dt.date, eind: dt.date) -> dt.date:
    return begin + dt.timedelta(days=rng.randrange((eind - begin).days + 1))


def _tekst(rng: random.Random, zinnen: int = 3) -> str:
    o = rng.choice(_ONDERWERPEN)
    delen = [rng.choice(_GEBEURD).format(o=o) for _ in range(zinnen - 1)]
    delen.append(rng.choice(_VERVOLG).format(o=o))
    return " ".join(delen)


@transaction.atomic
def maak_grote_samenwerking(
    *,
    gemeenten: int = 25,
    terreinen: int = 20,
    jaren: int = 5,
    berichten: int = 10_000,
    besluiten: int = 2_000,
    begin: dt.date = dt.date(2015, 1, 1),
    seed: int = 2012,
    prefix: str = "groot",
) -> GroteSamenwerking:
    """Create the cooperation in the current database and say what was made."""
    if gemeenten > len(GEMEENTEN) or terreinen > len(TERREINEN):
        raise ValueError(f"Hooguit {len(GEMEENTEN)} gemeenten en {len(TERREINEN)} terreinen.")
    rng = random.Random(seed)
    eind = dt.date(begin.year + jaren, begin.month, begin.day) - dt.timedelta(days=1)
    orgs = Organisatie.objects.bulk_create(
        Organisatie(
            naam=naam,
            slug=f"{prefix}-{naam.lower()}",
            soort=Organisatie.Soort.GEMEENTE,
            cbs_code=f"GM9{n:03d}",
        )
        for n, naam in enumerate(GEMEENTEN[:gemeenten], start=1)
    )
    personen = []
    for org in orgs:
        email = org.naam.lower().replace("-", "")
        personen += [
            Persoon(organisatie=org, voorletters="A.", roepnaam="Anne", achternaam=f"Burg{org.pk}",
                    functie=f"burgemeester {FICTIEF}", begindatum=begin),
            Persoon(organisatie=org, voorletters="B.", roepnaam="Bas", achternaam=f"Secr{org.pk}",
                    functie=f"gemeentesecretaris {FICTIEF}", begindatum=begin),
            Persoon(organisatie=org, voorletters="C.", roepnaam="Cor", achternaam=f"Beleid{org.pk}",
                    functie=f"beleidsmedewerker samenwerking {FICTIEF}", begindatum=begin,
                    email=f"samenwerking@{email}.example", telefoon="(0500) 00 00 00"),
        ]  # fmt: skip
    Persoon.objects.bulk_create(personen)
    verband = Samenwerkingsverband.objects.create(
        naam=f"Samenwerking van {gemeenten} gemeenten {FICTIEF}",
        afkorting="S25" if gemeenten == 25 else f"S{gemeenten}",
        slug=prefix,
        omschrijving=f"Een gegenereerd samenwerkingsverband voor benchmarks {FICTIEF}.",
        opgericht_op=begin,
    )
    ssc = Samenwerkingsverband.objects.create(
        naam=f"Regionaal servicecentrum {FICTIEF}", afkorting="RSC", slug=f"{prefix}-rsc"
    )
    Lidmaatschap.objects.bulk_create(
        [Lidmaatschap(organisatie=o, samenwerkingsverband=verband, status="lid", begindatum=begin)
         for o in orgs]
        + [Lidmaatschap(organisatie=o, samenwerkingsverband=ssc, status="lid", begindatum=begin)
           for o in orgs[1:4]]
        + [Lidmaatschap(organisatie=o, samenwerkingsverband=ssc, status="volgt", begindatum=begin)
           for o in orgs[:1] + orgs[4:8]]
    )  # fmt: skip
    stuurgroep = Orgaan.objects.create(
        naam=f"Stuurgroep {verband.afkorting}", slug=f"{prefix}-stuurgroep",
        soort=Orgaan.Soort.STUURGROEP, samenwerkingsverband=verband,
        samenstelling="De gemeentesecretarissen van de deelnemende gemeenten.",
    )  # fmt: skip
    burgemeesters = Orgaan.objects.create(
        naam=f"Burgemeesters {verband.afkorting}", slug=f"{prefix}-burgemeesters",
        soort=Orgaan.Soort.BURGEMEESTERSOVERLEG, samenwerkingsverband=verband,
        samenstelling="De burgemeesters van de deelnemende gemeenten.",
    )  # fmt: skip
    raden = Orgaan.objects.bulk_create(
        Orgaan(naam=f"Gemeenteraad {o.naam}", slug=f"{o.slug}-raad", soort=Orgaan.Soort.RAAD,
               organisatie=o)
        for o in orgs
    )  # fmt: skip
    colleges = Orgaan.objects.bulk_create(
        Orgaan(naam=f"College van B&W {o.naam}", slug=f"{o.slug}-college",
               soort=Orgaan.Soort.COLLEGE, organisatie=o)
        for o in orgs
    )  # fmt: skip
    terrein_objs = Samenwerkingsterrein.objects.bulk_create(
        Samenwerkingsterrein(
            samenwerkingsverband=verband, naam=naam, slug=f"t{n}", volgorde=n,
            omschrijving=f"Samenwerking op {naam} {FICTIEF}.",
        )
        for n, naam in enumerate(TERREINEN[:terreinen], start=1)
    )  # fmt: skip
    Samenwerkingsterrein.objects.create(
        samenwerkingsverband=ssc, naam="Oprichting RSC", slug="oprichting", volgorde=1
    )
    werkgroepen = Werkgroep.objects.bulk_create(
        Werkgroep(terrein=t, naam=f"Werkgroep {t.naam}", trekker=orgs[n % len(orgs)], begindatum=begin)
        for n, t in enumerate(terrein_objs)
    )  # fmt: skip
    leden = []
    for n in range(len(werkgroepen)):
        for k in range(5):
            org = orgs[(n + k) % len(orgs)]
            leden.append(
                Persoon(organisatie=org, voorletters="D.", roepnaam=f"Lid{k}",
                        achternaam=f"Werkgroep{n}-{k}", functie=f"medewerker {FICTIEF}",
                        begindatum=begin)
            )  # fmt: skip
    leden = Persoon.objects.bulk_create(leden)
    Werkgroeplid.objects.bulk_create(
        Werkgroeplid(werkgroep=werkgroepen[i // 5], persoon=p, begindatum=begin,
                     rol="voorzitter" if i % 5 == 0 else "lid")
        for i, p in enumerate(leden)
    )  # fmt: skip
    fasen = []
    for t in terrein_objs:
        datums = sorted(_datum(rng, begin, eind) for _ in range(len(_FASEN) - 1))
        for fase, datum in zip(_FASEN, [begin, *datums], strict=True):
            fasen.append(Fasewijziging(terrein=t, fase=fase, datum=datum,
                                       toelichting=f"De werkgroep gaat naar de fase {fase}."))  # fmt: skip
    Fasewijziging.objects.bulk_create(fasen)
    mijlpalen, planningen = _mijlpalen(rng, terrein_objs, begin, eind)
    berichten_objs = []
    for _ in range(berichten):
        t = rng.choice(terrein_objs)
        vertraagd = rng.random() < 0.1
        o = rng.choice(_ONDERWERPEN)
        berichten_objs.append(
            Voortgangsbericht(
                terrein=t, datum=_datum(rng, begin, eind),
                datumprecisie="dag" if rng.random() < 0.8 else "maand",
                titel=f"{t.naam}: voortgang over {o}", tekst=_tekst(rng, rng.randint(2, 4)),
                vertraging=rng.choice(_VERTRAGING).format(o=o) if vertraagd else "",
            )
        )  # fmt: skip
    Voortgangsbericht.objects.bulk_create(berichten_objs, batch_size=2000)
    vergaderingen = []
    datum = begin + dt.timedelta(days=13)
    while datum <= eind:
        vergaderingen.append(
            Vergadering(datum=datum, omschrijving=f"Stuurgroep en burgemeesters {datum}")
        )
        datum += dt.timedelta(days=14)
    vergaderingen = Vergadering.objects.bulk_create(vergaderingen)
    doorloop = Vergadering.organen.through
    doorloop.objects.bulk_create(
        doorloop(vergadering_id=v.pk, orgaan_id=o.pk)
        for v in vergaderingen
        for o in (stuurgroep, burgemeesters)
    )
    Besluit.objects.bulk_create(
        (
            Besluit(
                vergadering=vergaderingen[i * len(vergaderingen) // besluiten],
                terrein=(t := rng.choice(terrein_objs)),
                onderwerp=f"{t.naam}: {rng.choice(_ONDERWERPEN)}",
                uitkomst=rng.choice(_UITKOMSTEN),
                tekst=_tekst(rng, 2),
            )
            for i in range(besluiten)
        ),
        batch_size=1000,
    )
    _toezeggingen(orgs[0], raden[0], colleges[0], begin, eind)
    return GroteSamenwerking(
        verband=verband.slug,
        gemeenten=tuple(o.slug for o in orgs),
        begin=begin,
        eind=eind,
        aantallen={
            "gemeenten": len(orgs),
            "terreinen": len(terrein_objs),
            "berichten": len(berichten_objs),
            "besluiten": besluiten,
            "vergaderingen": len(vergaderingen),
            "mijlpalen": mijlpalen,
            "planningen": planningen,
        },
    )


def _mijlpalen(
    rng: random.Random, terreinen: list[Samenwerkingsterrein], begin: dt.date, eind: dt.date
) -> tuple[int, int]:
    """Ten milestones per domain, planned inside the years (some beyond), some re-planned up to
    twice, and nine in ten of those due before the end reached."""
    mijlpalen = Mijlpaal.objects.bulk_create(
        Mijlpaal(terrein=t, naam=f"{t.naam}: mijlpaal {k + 1}")
        for t in terreinen
        for k in range(10)
    )
    planningen = []
    gereed = []
    for m in mijlpalen:
        vastgesteld = _datum(rng, begin, eind - dt.timedelta(days=120))
        gepland = vastgesteld + dt.timedelta(days=rng.randint(30, 400))
        planningen.append(
            Mijlpaalplanning(mijlpaal=m, vastgesteld_op=vastgesteld, geplande_datum=gepland)
        )
        for _ in range(rng.choice((0, 0, 1, 2))):
            vastgesteld = vastgesteld + dt.timedelta(days=rng.randint(10, 50))
            gepland = gepland + dt.timedelta(days=rng.randint(14, 120))
            reden = rng.choice(_VERTRAGING).format(o=rng.choice(_ONDERWERPEN))
            planningen.append(
                Mijlpaalplanning(
                    mijlpaal=m, vastgesteld_op=vastgesteld, geplande_datum=gepland, reden=reden
                )
            )
        if gepland <= eind and rng.random() < 0.9:
            m.werkelijke_datum = min(gepland + dt.timedelta(days=rng.randint(0, 20)), eind)
            gereed.append(m)
    Mijlpaalplanning.objects.bulk_create(planningen, batch_size=2000)
    Mijlpaal.objects.bulk_update(gereed, ["werkelijke_datum"])
    return len(mijlpalen), len(planningen)


def _toezeggingen(
    org: Organisatie, raad: Orgaan, college: Orgaan, begin: dt.date, eind: dt.date
) -> None:
    """A motion asking to be informed, and every four months a commitment to inform again."""
    motie = Motie.objects.create(
        orgaan=raad, datum=begin, titel="Regelmatig informeren over de samenwerking",
        verzoek="De raad verzoekt het college de raad elke vier maanden te informeren.",
    )  # fmt: skip
    gedaan = begin
    toezeggingen = []
    while gedaan <= eind:
        termijn = gedaan + dt.timedelta(days=122)
        toezeggingen.append(
            Toezegging(
                orgaan=college, aan=raad, motie=motie, gedaan_op=gedaan, vervaldatum=termijn,
                omschrijving=(
                    f"Het college informeert de raad uiterlijk {format_datum(termijn)} opnieuw "
                    "over de samenwerking."
                ),
                nagekomen_op=termijn if termijn <= eind else None,
            )
        )  # fmt: skip
        gedaan = termijn
    Toezegging.objects.bulk_create(toezeggingen)
