"""DSZ demo: the kwaliteitskaart of the ICT and Belastingen & Geo staff of the three municipalities.

The September 2012 note asks the ICT heads for "in feite een kwaliteitskaart van de DSZ-gemeenten"
and arrangements for substitution during illness and holidays, and Belastingen & Geo for a
kwaliteitskaart of its current staff. The sources name none of these people: every employee here is
made up (``fictief``, shown as "(fictief)"), and so are their specialisms, levels, hours, the
required profiles and the absences. The heads of department carry the names of the demo's working
group members (also fictitious). The town hall coordinates are approximate.

The data is chosen to show what the kwaliteitskaart is for: Staphorst has nobody of its own at
level 3 in information security (its partners stand in), only one person per municipality can
handle WOZ objections, Zwartewaterland needs an expert for its StUF links that nobody in DSZ is,
and in the summer of 2012 holidays and a few sick days overlap so that partners must step in, and
once (9-11 July) nobody who can handle security incidents is present.

:func:`load_kwaliteitskaart_demo` is idempotent: it does nothing when the catalogue is there.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction

from samen.kwaliteitskaart import services
from samen.kwaliteitskaart.models import Domein, Specialisme
from samen.organisaties.models import Organisatie, Samenwerkingsverband

DOOR = "demo"
IN_DIENST = dt.date(2008, 1, 1)  # assumed
PLAN_VAN, PLAN_TOT = dt.date(2012, 7, 2), dt.date(2012, 8, 24)

DOMEINEN = [
    ("ict", "ICT", [
        ("netwerkbeheer", "Netwerkbeheer"),
        ("informatiebeveiliging", "Informatiebeveiliging"),
        ("decos", "Applicatiebeheer Decos"),
        ("gis", "GIS"),
        ("werkplekbeheer", "Werkplekbeheer"),
        ("serverbeheer", "Server- en opslagbeheer"),
        ("burgerzaken-apps", "Applicatiebeheer burgerzaken (GBA)"),
    ]),
    ("belastingen-geo", "Belastingen & Geo", [
        ("woz-taxatie", "WOZ-taxatie"),
        ("bag-beheer", "BAG-beheer"),
        ("heffingen", "Heffingen en invordering"),
        ("kaartbeheer", "Kaartbeheer GBKN/BGT"),
        ("gegevensbeheer", "Gegevensbeheer basisregistraties"),
    ]),
]  # fmt: skip

# organisation, omschrijving, latitude, longitude (approximate)
STANDPLAATSEN = [
    ("dalfsen", "gemeentehuis Dalfsen (coördinaten benaderd)", "52.50850", "6.25450"),
    ("staphorst", "gemeentehuis Staphorst (coördinaten benaderd)", "52.64550", "6.21000"),
    ("zwartewaterland", "gemeentehuis Zwartewaterland, Hasselt (coördinaten benaderd)",
     "52.59450", "6.09250"),
]  # fmt: skip

ICT, BG = "ICT", "Belastingen en Geo-informatie"
# organisation, number, name, department, function, hours, {specialism: level}
MEDEWERKERS = [
    ("dalfsen", "D-101", "Ruud Bakker", ICT, "afdelingshoofd ICT", 36,
     {"netwerkbeheer": 3, "informatiebeveiliging": 3, "serverbeheer": 2}),
    ("dalfsen", "D-102", "Sandra Kok", ICT, "netwerkbeheerder", 36,
     {"netwerkbeheer": 4, "serverbeheer": 3, "werkplekbeheer": 2}),
    ("dalfsen", "D-103", "Mark Willems", ICT, "applicatiebeheerder", 32,
     {"decos": 3, "burgerzaken-apps": 2, "werkplekbeheer": 1}),
    ("dalfsen", "D-104", "Yvonne Hofman", ICT, "applicatiebeheerder", 24, {"decos": 2, "gis": 2}),
    ("dalfsen", "D-105", "Jeroen Koster", ICT, "medewerker servicedesk", 36,
     {"werkplekbeheer": 3, "netwerkbeheer": 1}),
    ("dalfsen", "D-106", "Fatima el Amrani", ICT, "medewerker servicedesk", 28,
     {"werkplekbeheer": 2, "decos": 1}),
    ("dalfsen", "D-201", "Carla de Wit", BG, "coördinator belastingen en geo-informatie", 36,
     {"heffingen": 4, "woz-taxatie": 2}),
    ("dalfsen", "D-202", "Bas Timmerman", BG, "WOZ-taxateur", 36, {"woz-taxatie": 4, "bag-beheer": 2}),
    ("dalfsen", "D-203", "Ilse Postma", BG, "medewerker BAG", 32,
     {"bag-beheer": 3, "kaartbeheer": 2, "gegevensbeheer": 2}),
    ("dalfsen", "D-204", "Koen Jansen", BG, "GIS-specialist", 36,
     {"gis": 4, "kaartbeheer": 3, "gegevensbeheer": 3}),
    ("dalfsen", "D-205", "Marloes Kuiper", BG, "medewerker heffingen", 24, {"heffingen": 3}),
    ("dalfsen", "D-206", "Dirk Huisman", BG, "medewerker invordering", 32,
     {"heffingen": 2, "woz-taxatie": 1}),
    ("staphorst", "S-11", "Henk Visser", ICT, "afdelingshoofd ICT", 36,
     {"netwerkbeheer": 2, "serverbeheer": 3, "informatiebeveiliging": 2}),
    ("staphorst", "S-12", "Gerrit Brink", ICT, "systeembeheerder", 36,
     {"serverbeheer": 3, "netwerkbeheer": 3, "werkplekbeheer": 2}),
    ("staphorst", "S-13", "Anja Pol", ICT, "applicatiebeheerder", 28, {"decos": 3, "burgerzaken-apps": 3}),
    ("staphorst", "S-14", "Wim Lubbers", ICT, "medewerker servicedesk", 32, {"werkplekbeheer": 3}),
    ("staphorst", "S-21", "Johan de Graaf", BG, "coördinator belastingen en geo-informatie", 36,
     {"heffingen": 3, "woz-taxatie": 3, "bag-beheer": 2}),
    ("staphorst", "S-22", "Roelof Mussche", BG, "medewerker WOZ", 32, {"woz-taxatie": 2, "bag-beheer": 1}),
    ("staphorst", "S-23", "Hilde Bosch", BG, "medewerker BAG en kaart", 24,
     {"bag-beheer": 3, "kaartbeheer": 2}),
    ("staphorst", "S-24", "Jan Schuurman", BG, "medewerker heffingen", 36, {"heffingen": 2}),
    ("staphorst", "S-25", "Petra Stam", BG, "GIS-medewerker", 20, {"gis": 3, "gegevensbeheer": 2}),
    ("zwartewaterland", "Z-0301", "Erik Smit", ICT, "afdelingshoofd ICT", 36,
     {"informatiebeveiliging": 3, "netwerkbeheer": 2}),
    ("zwartewaterland", "Z-0302", "Niels Groen", ICT, "netwerkbeheerder", 36,
     {"netwerkbeheer": 3, "serverbeheer": 2, "werkplekbeheer": 2}),
    ("zwartewaterland", "Z-0303", "Tineke Veldman", ICT, "applicatiebeheerder", 32,
     {"decos": 2, "burgerzaken-apps": 3, "gis": 1}),
    ("zwartewaterland", "Z-0304", "Sven Dijkhuis", ICT, "systeembeheerder", 36,
     {"serverbeheer": 3, "werkplekbeheer": 2}),
    ("zwartewaterland", "Z-0305", "Lisa Mol", ICT, "medewerker servicedesk", 24, {"werkplekbeheer": 2}),
    ("zwartewaterland", "Z-0401", "Monique van der Meer", BG, "coördinator belastingen", 36,
     {"heffingen": 3, "woz-taxatie": 2}),
    ("zwartewaterland", "Z-0402", "Frank Nijboer", BG, "WOZ-taxateur", 36,
     {"woz-taxatie": 3, "bag-beheer": 2}),
    ("zwartewaterland", "Z-0403", "Ellen Hoekman", BG, "medewerker BAG", 28,
     {"bag-beheer": 3, "gegevensbeheer": 3}),
    ("zwartewaterland", "Z-0404", "Rik Zandstra", BG, "GIS-specialist", 32, {"gis": 3, "kaartbeheer": 3}),
    ("zwartewaterland", "Z-0405", "Joke Scholten", BG, "medewerker heffingen", 24, {"heffingen": 2}),
    ("zwartewaterland", "Z-0406", "Thijs Bouwman", BG, "medewerker invordering", 16, {"heffingen": 1}),
]  # fmt: skip

# Common critical tasks: name, specialism, minimum level, people required (per municipality).
NETWERK = ("Netwerk en verbindingen bewaken", "netwerkbeheer", 2, 2)
BEVEILIGING = ("Beveiligingsincidenten afhandelen", "informatiebeveiliging", 3, 1)
DECOS = ("Zaaksysteem Decos ondersteunen", "decos", 2, 2)
WERKPLEK = ("Werkplekstoringen oplossen", "werkplekbeheer", 2, 2)
SERVERS = ("Back-ups en servers controleren", "serverbeheer", 2, 2)
GBA = ("Burgerzakenapplicaties (GBA) ondersteunen", "burgerzaken-apps", 2, 1)
AANSLAGEN = ("Aanslagen gemeentelijke belastingen verwerken", "heffingen", 2, 2)
WOZ = ("WOZ-bezwaren behandelen", "woz-taxatie", 3, 1)
BAG = ("BAG-mutaties verwerken", "bag-beheer", 2, 2)
KAART = ("Kaartmutaties GBKN bijhouden", "kaartbeheer", 2, 1)
GIS = ("GIS-kaartlagen publiceren", "gis", 3, 1)
TAKEN = {
    "dalfsen": [NETWERK, (BEVEILIGING[0], BEVEILIGING[1], 3, 2), DECOS, WERKPLEK, SERVERS,
                AANSLAGEN, (WOZ[0], WOZ[1], 3, 2), BAG, KAART],
    "staphorst": [NETWERK, BEVEILIGING, (DECOS[0], DECOS[1], 2, 1), (GBA[0], GBA[1], 2, 2),
                  WERKPLEK, SERVERS, AANSLAGEN, WOZ, BAG, GIS],
    "zwartewaterland": [NETWERK, BEVEILIGING, DECOS, GBA, WERKPLEK, SERVERS, AANSLAGEN, WOZ, BAG,
                        KAART, ("StUF-koppelingen basisregistraties beheren", "gegevensbeheer", 4, 1)],
}  # fmt: skip

# number, type, first day, last day (summer 2012)
AFWEZIGHEDEN = [
    ("D-101", "verlof", dt.date(2012, 7, 2), dt.date(2012, 7, 20)),
    ("Z-0301", "ziek", dt.date(2012, 7, 9), dt.date(2012, 7, 11)),
    ("S-25", "verlof", dt.date(2012, 7, 16), dt.date(2012, 8, 3)),
    ("S-13", "verlof", dt.date(2012, 7, 23), dt.date(2012, 8, 10)),
    ("D-102", "overig", dt.date(2012, 7, 27), dt.date(2012, 7, 27)),
    ("D-202", "verlof", dt.date(2012, 7, 30), dt.date(2012, 8, 17)),
    ("Z-0402", "ziek", dt.date(2012, 8, 6), dt.date(2012, 8, 10)),
    ("S-21", "verlof", dt.date(2012, 8, 13), dt.date(2012, 8, 24)),
    ("D-204", "ziek", dt.date(2012, 8, 20), dt.date(2012, 8, 22)),
]


def load_kwaliteitskaart_demo() -> bool:
    """Load the demo skills map; False, and nothing changed, if it is there or DSZ is missing."""
    with transaction.atomic():
        if Domein.objects.filter(slug="ict").exists():
            return False
        org = {o.slug: o for o in Organisatie.objects.filter(slug__in=list(TAKEN))}
        dsz = Samenwerkingsverband.objects.filter(slug="dsz").first()
        if len(org) != len(TAKEN) or dsz is None:
            return False
        specialisme: dict[str, Specialisme] = {}
        for volgorde, (slug, naam, rijen) in enumerate(DOMEINEN, start=1):
            domein = services.domein_create(naam=naam, slug=slug, volgorde=volgorde)
            for s_slug, s_naam in rijen:
                specialisme[s_slug] = services.specialisme_create(
                    domein=domein, naam=s_naam, slug=s_slug
                )
        for slug, omschrijving, lat, lon in STANDPLAATSEN:
            services.standplaats_set(
                organisatie=org[slug], omschrijving=omschrijving,
                breedtegraad=Decimal(lat), lengtegraad=Decimal(lon),
            )  # fmt: skip
        medewerkers = {}
        for slug, nummer, naam, afdeling, functie, uren, vaardigheden in MEDEWERKERS:
            m = services.medewerker_create(
                organisatie=org[slug], personeelsnummer=nummer, naam=naam, afdeling=afdeling,
                functie=functie, uren_per_week=Decimal(uren), begindatum=IN_DIENST, fictief=True,
                door=DOOR,
            )  # fmt: skip
            for s_slug, niveau in vaardigheden.items():
                services.vaardigheid_set(
                    medewerker=m, specialisme=specialisme[s_slug], niveau=niveau, door=DOOR
                )
            medewerkers[nummer] = m
        for slug, taken in TAKEN.items():
            for naam, s_slug, niveau, aantal in taken:
                services.kritieke_taak_create(
                    organisatie=org[slug], naam=naam, specialisme=specialisme[s_slug],
                    minimum_niveau=niveau, aantal_personen=aantal,
                )  # fmt: skip
        for nummer, soort, eerste, laatste in AFWEZIGHEDEN:
            services.afwezigheid_create(
                medewerker=medewerkers[nummer],
                soort=soort,
                eerste_dag=eerste,
                laatste_dag=laatste,
                door=DOOR,
            )
        services.vervangingsplan_create(
            samenwerkingsverband=dsz, van=PLAN_VAN, tot=PLAN_TOT, door=DOOR
        )
    return True
