"""DSZ demo, part 1: organisations, inhabitants, people, alliances, memberships and bodies.

The people of Dalfsen are the ones named in the cover note of 8 March 2012. The sources name
nobody at Staphorst and Zwartewaterland: those people are fictitious and their function says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from samen.bestuur.models import Orgaan
from samen.bestuur.services import orgaan_create
from samen.demo import dsz_datums as d
from samen.organisaties.models import Lidmaatschap, Organisatie, Persoon, Samenwerkingsverband
from samen.organisaties.services import (
    inwonertal_set,
    lidmaatschap_change_status,
    lidmaatschap_create,
    organisatie_create,
    persoon_create,
    samenwerkingsverband_create,
)

GEMEENTE = Organisatie.Soort.GEMEENTE
PROVINCIE = Organisatie.Soort.PROVINCIE
Status = Lidmaatschap.Status
DSZ_GEMEENTEN = ("dalfsen", "staphorst", "zwartewaterland")
BRON_INWONERS = "CBS, afgerond (demo)"
FICTIEF = "(fictief, demo)"

# slug, naam, soort, CBS-code, website, inwoners op 1 januari 2011 en 2012 (afgerond)
ORGANISATIES = [
    ("dalfsen", "Dalfsen", GEMEENTE, "GM0148", "https://www.dalfsen.nl", 27_500, 27_600),
    ("staphorst", "Staphorst", GEMEENTE, "GM1708", "https://www.staphorst.nl", 16_200, 16_300),
    ("zwartewaterland", "Zwartewaterland", GEMEENTE, "GM1896", "https://www.zwartewaterland.nl",
     22_100, 22_200),
    ("zwolle", "Zwolle", GEMEENTE, "GM0193", "https://www.zwolle.nl", 120_400, 121_600),
    ("kampen", "Kampen", GEMEENTE, "GM0166", "https://www.kampen.nl", 50_600, 50_900),
    ("provincie-overijssel", "Provincie Overijssel", PROVINCIE, "PV23", "https://www.overijssel.nl",
     1_138_000, 1_139_000),
    ("ommen", "Ommen", GEMEENTE, "GM0175", "https://www.ommen.nl", 17_500, 17_500),
    ("hardenberg", "Hardenberg", GEMEENTE, "GM0160", "https://www.hardenberg.nl", 59_500, 59_700),
]  # fmt: skip

# sleutel, organisatie, titel, voorletters, roepnaam, tussenvoegsel, achternaam, functie, e-mail,
# telefoon
PERSONEN = [
    ("noten", "dalfsen", "drs.", "H.C.P.", "Han", "", "Noten",
     "burgemeester en portefeuillehouder bestuurlijke samenwerking", "", ""),
    ("zwart", "dalfsen", "drs.", "H.", "Herman", "", "Zwart", "secretaris-directeur",
     "H.Zwart@dalfsen.nl", "(0529) 48 83 01"),
    ("van-oene", "dalfsen", "", "E.S.", "Saskia", "van", "Oene",
     "beleidsmedewerker bestuurlijke samenwerking", "E.S.vanOene@dalfsen.nl", "(0529) 43 89 28"),
    ("staphorst-burgemeester", "staphorst", "", "J.", "Jan", "", "Hoekstra",
     f"burgemeester {FICTIEF}", "", ""),
    ("staphorst-secretaris", "staphorst", "", "M.", "Marieke", "de", "Boer",
     f"gemeentesecretaris {FICTIEF}", "", ""),
    ("staphorst-beleid", "staphorst", "", "P.", "Pieter", "", "Mulder",
     f"beleidsmedewerker bestuurlijke samenwerking {FICTIEF}", "", ""),
    ("zwartewaterland-burgemeester", "zwartewaterland", "", "A.", "Anneke", "van der", "Veen",
     f"burgemeester {FICTIEF}", "", ""),
    ("zwartewaterland-secretaris", "zwartewaterland", "", "W.", "Willem", "", "Dijkstra",
     f"gemeentesecretaris {FICTIEF}", "", ""),
    ("zwartewaterland-beleid", "zwartewaterland", "", "L.", "Lotte", "", "Schouten",
     f"beleidsmedewerker bestuurlijke samenwerking {FICTIEF}", "", ""),
]  # fmt: skip

DSZ_OMSCHRIJVING = (
    "Samenwerking tussen Dalfsen, Staphorst en Zwartewaterland speelt al enkele jaren. Zo werken "
    "de drie gemeenten samen bij de totstandkoming van de regionalisering van de Brandweer en "
    "hebben zij de laatste jaren in de ICT-pool nauw samengewerkt. Naast de formele "
    "samenwerkingsterreinen weten zij elkaar op informele wijze te vinden op terreinen waar zij "
    "gebruik kunnen maken van elkaars kennis en ervaringen. DSZ volgt de ontwikkeling van het SSC "
    "Zwolle, Kampen en Provincie, maar wil niet afwachten: qua samenwerking moet er worden "
    "doorgepakt. Het SSC beperkt zich tot drie bedrijfsvoerende terreinen, terwijl de ambities van "
    "DSZ verder reiken. De werkgroepen presenteren hun plannen aan de stuurgroep DSZ (de drie "
    "gemeentesecretarissen) en aan de burgemeesters, die zich actief in het proces mengen."
)
SSC_OMSCHRIJVING = (
    "Zwolle, Kampen en de Provincie hebben het voornemen uitgesproken een gezamenlijk Shared "
    "Service Center (SSC) op te richten op de terreinen ICT, Inkoop en Personeels- en "
    "Salarisadministratie (PSA). De komende jaren wordt dit SSC uitgebouwd, zowel wat "
    "taakgebieden als deelnemende gemeenten betreft."
)
VERBANDEN = [
    ("dsz", "Samenwerking Dalfsen, Staphorst en Zwartewaterland", "DSZ", DSZ_OMSCHRIJVING),
    ("ssc", "Shared Service Center Zwolle, Kampen en Provincie", "SSC Zwolle/Kampen/Provincie",
     SSC_OMSCHRIJVING),
    ("ommen-hardenberg", "Ambtelijke fusie Ommen en Hardenberg", "", "De ambtelijke fusie van "
     "Ommen en Hardenberg. Dalfsen sluit hierbij niet aan."),
    ("brandweer", "Regionalisering van de brandweer", "", "Dalfsen, Staphorst en Zwartewaterland "
     "werken samen bij de totstandkoming van de regionalisering van de Brandweer. De bronnen "
     "noemen alleen deze drie deelnemers; de overige gemeenten van de regio staan niet in de demo."),
]  # fmt: skip

_DSZ_SINDS = (
    "Samenwerking tussen Dalfsen, Staphorst en Zwartewaterland speelt al enkele jaren. "
    f"{d.AANNAME}; in de demo vanaf 1 januari 2009."
)
_SSC_VOORNEMEN = (
    "Zwolle, Kampen en de Provincie hebben het voornemen uitgesproken samen een Shared Service "
    f"Center op te richten. {d.AANNAME}; het voornemen staat al in de notitie van 8 maart 2012, "
    "in de demo vanaf 1 januari 2012."
)
_SSC_CONVENANT = (
    "Op 25 juni 2012 hebben Zwolle, Kampen en Provincie een convenant getekend om het Shared "
    "Service Center op 1 januari 2013 operationeel te laten zijn."
)
_DSZ_VOLGT = (
    "Dalfsen, Staphorst en Zwartewaterland volgen de ontwikkeling van samenwerking op ICT, Inkoop "
    "en Personeels- en Salarisadministratie (PSA) in het nog op te richten SSC, maar proberen "
    "tegelijkertijd niet af te wachten en praktisch samen te werken op verschillende terreinen. "
    "Uiterlijk sinds 8 maart 2012 (notitie van die datum); een eerdere datum noemen de bronnen "
    "niet."
)
_DALFSEN_VOLGT = (
    f"{_DSZ_VOLGT} Vanuit Dalfsen is er op bestuurlijk en ambtelijk niveau contact geweest met "
    "Zwolle, Kampen en Provincie over het SSC en is aan hen kenbaar gemaakt dat Dalfsen "
    "mogelijkheden ziet in een toekomstige samenwerking in het SSC. Aansluiten is op dit moment "
    "nog niet mogelijk: Zwolle, Kampen en Provincie willen in eerste instantie samen van start gaan."
)
_OH_LID = (
    f"{d.AANNAME}; de notitie van 8 maart 2012 noemt de ambtelijke fusie van Ommen en Hardenberg, "
    "in de demo vanaf die datum."
)
_DALFSEN_NIET = (
    "Dalfsen sluit niet aan bij de ambtelijke fusie met Ommen en Hardenberg, maar zal, wanneer "
    "samenwerkingsmogelijkheden zich voordoen en deze zinvol zijn, Ommen en Hardenberg concreet "
    "uitnodigen, bijvoorbeeld in het SSC Zwolle. Tevens zal Dalfsen zich ervoor inzetten dat Ommen "
    "en Hardenberg ook door Zwolle/Kampen/Provincie worden uitgenodigd om deel te nemen aan het "
    "SSC. Vastgelegd in de notitie van 8 maart 2012."
)

# verband, organisatie, status, begindatum, toelichting
LIDMAATSCHAPPEN = [
    *[("dsz", org, Status.LID, d.DSZ_SINDS, _DSZ_SINDS) for org in DSZ_GEMEENTEN],
    *[("brandweer", org, Status.LID, d.DSZ_SINDS, _DSZ_SINDS) for org in DSZ_GEMEENTEN],
    *[
        ("ssc", org, Status.VERKENT, d.SSC_VOORNEMEN, _SSC_VOORNEMEN)
        for org in ("zwolle", "kampen", "provincie-overijssel")
    ],
    ("ssc", "dalfsen", Status.VOLGT, d.MAART_NOTITIE, _DALFSEN_VOLGT),
    ("ssc", "staphorst", Status.VOLGT, d.MAART_NOTITIE, _DSZ_VOLGT),
    ("ssc", "zwartewaterland", Status.VOLGT, d.MAART_NOTITIE, _DSZ_VOLGT),
    ("ommen-hardenberg", "ommen", Status.LID, d.MAART_NOTITIE, _OH_LID),
    ("ommen-hardenberg", "hardenberg", Status.LID, d.MAART_NOTITIE, _OH_LID),
    ("ommen-hardenberg", "dalfsen", Status.SLUIT_NIET_AAN, d.MAART_NOTITIE, _DALFSEN_NIET),
]
# verband, organisatie, nieuwe status, datum, toelichting
STATUSWIJZIGINGEN = [
    ("ssc", org, Status.LID, d.SSC_CONVENANT, _SSC_CONVENANT)
    for org in ("zwolle", "kampen", "provincie-overijssel")
]

_NAMEN = {"dalfsen": "Dalfsen", "staphorst": "Staphorst", "zwartewaterland": "Zwartewaterland"}
# slug, naam, soort, organisatie of None, verband of None, samenstelling
ORGANEN = [
    *[
        (f"raad-{org}", f"Gemeenteraad {naam}", Orgaan.Soort.RAAD, org, None, "")
        for org, naam in _NAMEN.items()
    ],
    ("raadscommissie-dalfsen", "Raadscommissie Dalfsen", Orgaan.Soort.RAADSCOMMISSIE, "dalfsen",
     None, "Commissie uit de gemeenteraad van Dalfsen."),
    *[
        (f"college-{org}", f"College van B&W {naam}", Orgaan.Soort.COLLEGE, org, None,
         f"Burgemeester en wethouders van {naam}.")
        for org, naam in _NAMEN.items()
    ],
    ("stuurgroep-dsz", "Stuurgroep DSZ", Orgaan.Soort.STUURGROEP, None, "dsz",
     "De drie gemeentesecretarissen van Dalfsen, Staphorst en Zwartewaterland."),
    ("burgemeesters-dsz", "Burgemeesters DSZ", Orgaan.Soort.BURGEMEESTERSOVERLEG, None, "dsz",
     "De burgemeesters van Dalfsen, Staphorst en Zwartewaterland. Zij hechten belang aan de "
     "totstandkoming van bestuurlijke samenwerking en mengen zich actief in het proces: de "
     "werkgroepen presenteren hun plannen aan de stuurgroep DSZ en aan de burgemeesters."),
]  # fmt: skip


@dataclass
class Register:
    """What part 1 created, by slug, for the other parts to refer to."""

    org: dict[str, Organisatie] = field(default_factory=dict)
    verband: dict[str, Samenwerkingsverband] = field(default_factory=dict)
    persoon: dict[str, Persoon] = field(default_factory=dict)
    orgaan: dict[str, Orgaan] = field(default_factory=dict)


def load_register() -> Register:
    reg = Register()
    for slug, naam, soort, cbs, website, inw_2011, inw_2012 in ORGANISATIES:
        organisatie = organisatie_create(
            naam=naam, slug=slug, soort=soort, cbs_code=cbs, website=website
        )
        inwonertal_set(organisatie=organisatie, jaar=2011, aantal=inw_2011, bron=BRON_INWONERS)
        inwonertal_set(organisatie=organisatie, jaar=2012, aantal=inw_2012, bron=BRON_INWONERS)
        reg.org[slug] = organisatie
    for key, org, titel, vl, roepnaam, tv, achternaam, functie, email, tel in PERSONEN:
        reg.persoon[key] = persoon_create(
            organisatie=reg.org[org],
            titel=titel,
            voorletters=vl,
            roepnaam=roepnaam,
            tussenvoegsel=tv,
            achternaam=achternaam,
            functie=functie,
            email=email,
            telefoon=tel,
            begindatum=d.PERSONEN_SINDS,
        )
    for slug, naam, afkorting, omschrijving in VERBANDEN:
        reg.verband[slug] = samenwerkingsverband_create(
            naam=naam, slug=slug, afkorting=afkorting, omschrijving=omschrijving
        )
    for verband, org, status, begindatum, toelichting in LIDMAATSCHAPPEN:
        lidmaatschap_create(
            organisatie=reg.org[org],
            samenwerkingsverband=reg.verband[verband],
            status=status,
            begindatum=begindatum,
            toelichting=toelichting,
        )
    for verband, org, status, datum, toelichting in STATUSWIJZIGINGEN:
        lidmaatschap_change_status(
            organisatie=reg.org[org],
            samenwerkingsverband=reg.verband[verband],
            status=status,
            datum=datum,
            toelichting=toelichting,
        )
    for slug, naam, soort_orgaan, org_slug, verband_slug, samenstelling in ORGANEN:
        reg.orgaan[slug] = orgaan_create(
            naam=naam,
            slug=slug,
            soort=soort_orgaan,
            organisatie=reg.org[org_slug] if org_slug else None,
            samenwerkingsverband=reg.verband[verband_slug] if verband_slug else None,
            samenstelling=samenstelling,
        )
    return reg
