"""DSZ demo, part 5: meetings, decisions, the motion and the college's commitments.

The steering group DSZ meets together with the mayors; the sources give those meetings only
roughly ("medio mei", "in juni", "begin juli 2012"), so each has a day inside that range and
the matching precision.
"""

from __future__ import annotations

from datetime import date

from samen.bestuur.models import Besluit
from samen.bestuur.services import (
    besluit_create,
    motie_create,
    toezegging_create,
    toezegging_fulfil,
    vergadering_create,
)
from samen.core.dates import DatumPrecisie as P
from samen.demo import dsz_datums as d
from samen.demo.dsz_register import Register
from samen.demo.dsz_terreinen import Terreinen

U = Besluit.Uitkomst
DSZ_OVERLEG = ("stuurgroep-dsz", "burgemeesters-dsz")

# organen, datum, precisie, omschrijving, besluiten: (terrein of None, onderwerp, uitkomst, tekst)
VERGADERINGEN: list[tuple[tuple[str, ...], date, str, str, list[tuple[tuple[str, str] | None, str, str, str]]]] = [
    (("raad-dalfsen",), d.MOTIE, P.DAG, "Gemeenteraad Dalfsen: collegevoorstel Sterker Dichtbij", [
        (None, "Collegevoorstel \"Sterker Dichtbij\"", U.AKKOORD,
         "De gemeenteraad heeft met een motie het collegevoorstel \"Sterker Dichtbij\" vastgesteld; "
         "de kaders van dit voorstel zijn bevestigd en sommige aangescherpt. In de motie wordt "
         "tevens verzocht de gemeenteraad regelmatig te informeren."),
    ]),
    (("raadscommissie-dalfsen",), d.MAART_NOTITIE, P.DAG,
     "Raadscommissie Dalfsen, agendapunt 7: Stand van zaken bestuurlijke samenwerking "
     "(informerend, Decosnummer 38, portefeuillehouder Han Noten)", []),
    (DSZ_OVERLEG, d.MEI_OVERLEG, P.MEDIO_MAAND,
     "Stuurgroep DSZ en burgemeesters: businessplan ICT en memo Facilitaire Zaken", [
        (("dsz", "ict"), "Businessplan ICT (ICT-pool met poolmanager)", U.AFGEWEZEN,
         "De samenwerkingsperiode van drie jaar uit het businessplan bleek te kort om de te maken "
         "investeringen terug te kunnen verdienen; voor Dalfsen zouden de extra kosten neerkomen "
         "op ruim € 200.000 per jaar (dus in totaal € 600.000 extra kosten). Om die reden hebben "
         "de stuurgroep DSZ en burgemeesters besloten de samenwerking op ICT in DSZ-verband op "
         "huidige wijze voort te blijven zetten, namelijk met een praktische invulling. Er komt "
         "hiermee dus geen ICT-pool (ICT-medewerkers in dienst van één gemeente) en poolmanager."),
        (("dsz", "ict"), "Praktische samenwerking van de afdelingshoofden ICT", U.OPDRACHT,
         "In DSZ-verband zullen de afdelingshoofden ICT op zeer korte termijn een aantal "
         "praktische zaken oppakken. Zo zullen er afspraken worden gemaakt over de inzet en het "
         "benutten van diversiteit aan kennis en vaardigheden. In feite wordt hiermee een "
         "kwaliteitskaart gemaakt van de DSZ-gemeenten. De afdelingshoofden zullen tevens "
         "afspraken maken over vervanging bij ziekte en vakanties. Dit moet de kwetsbaarheid "
         "verminderen. Daarnaast zullen op het gebied van informatievoorziening onderwerpen "
         "themagericht opgepakt worden door de lead bij een van de DSZ-gemeenten neer te leggen. "
         "Tegelijkertijd houden de afdelingshoofden hun blik gericht op het nog op te richten SSC "
         "en de mogelijkheden die het in de toekomst kan bieden."),
        (("dsz", "facilitaire-zaken"), "Memo werkgroep Facilitaire Zaken: uitstel businessplan",
         U.OPDRACHT,
         "De werkgroep Facilitaire Zaken gaf in een memo aan de werkzaamheden in het schrijven van "
         "een businessplan met drie maanden uit te willen stellen. De stuurgroep DSZ heeft "
         "aangedrongen op versnelling van dit proces."),
    ]),
    (DSZ_OVERLEG, d.JUNI_OVERLEG, P.MAAND, "Stuurgroep DSZ en burgemeesters: plan Belastingen & Geo", [
        (("dsz", "belastingen-geo"), "Plan Belastingen & Geo: centraal gegevensbeheer", U.AKKOORD,
         "De stuurgroep DSZ en burgemeesters zijn akkoord gegaan met het voorstel om één centrale "
         "gegevensbeheereenheid per DSZ-gemeente te creëren. Per gemeente vindt daarmee een "
         "hergroepering plaats van activiteiten die nu nog verspreid zijn over meerdere afdelingen. "
         "Dit centrale gegevensbeheer wordt in iedere DSZ-gemeente ingericht op basis van dezelfde "
         "definities. Daarnaast zal de werkgroep een kwaliteitskaart maken van de huidige "
         "medewerkers in de DSZ-gemeenten. Met deze kwaliteitskaart wordt duidelijk waar "
         "specialisme zit en waar specialisme ten behoeve van de DSZ-gemeenten ontwikkeld, ingezet "
         "of aangetrokken moet worden."),
        (("dsz", "belastingen-geo"), "Belastingen & Geo: verdergaande samenwerking bevorderen",
         U.OPDRACHT,
         "De stuurgroep DSZ en burgemeesters hebben de werkgroep de opdracht gegeven samenwerking "
         "zo te ontwikkelen dat verdergaande samenwerking in de toekomst bevorderd wordt."),
    ]),
    (DSZ_OVERLEG, d.JULI_OVERLEG, P.BEGIN_MAAND,
     "Stuurgroep DSZ en burgemeesters: praktische zaken Financiën", [
        (("dsz", "financien"), "Financiën: verzekeringen", U.OPDRACHT,
         "De stuurgroep DSZ en burgemeesters hebben de werkgroep gevraagd de portefeuille "
         "verzekeringen helemaal door te lichten en de verzekeringen voor de drie gemeenten opnieuw "
         "te bezien. Daarnaast is de werkgroep gevraagd uit te zoeken of verdergaande, "
         "gezamenlijke professionalisering op het terrein van verzekeringen voor de drie gemeenten "
         "een mogelijkheid is."),
        (("dsz", "financien"), "Financiën: Planning & Control", U.OPDRACHT,
         "De stuurgroep DSZ en burgemeesters hebben de werkgroep tevens gevraagd op het gebied van "
         "Planning & Control (stuur- en managementinformatie) de samenwerkingsmogelijkheden te "
         "onderzoeken."),
    ]),
]  # fmt: skip

MOTIE_TITEL = "Sterker Dichtbij"
MOTIE_VERZOEK = (
    'De raad stelt het collegevoorstel "Sterker Dichtbij" vast, bevestigt de kaders van dit '
    "voorstel en scherpt sommige aan, en verzoekt het college de gemeenteraad regelmatig te "
    "informeren over de bestuurlijke samenwerking."
)
TOEZEGGING_SEPTEMBER = (
    "Het college zal de gemeenteraad in september 2012 opnieuw informeren over de stand van zaken "
    "van bestuurlijke samenwerking."
)
NAGEKOMEN_SEPTEMBER = (
    'Nagekomen met de notitie "Stand van zaken bestuurlijke samenwerking" van september 2012. '
    "Aanname: de bronnen noemen de precieze datum van die notitie niet; in de demo 10 september "
    "2012."
)
TOEZEGGING_DECEMBER = (
    "In december 2012 zal het college de gemeenteraad opnieuw een stand van zaken geven over de "
    "ontwikkeling van bestuurlijke samenwerking, tenzij er eerder een aanleiding is om de raad te "
    "informeren."
)


def load_bestuur(reg: Register, terreinen: Terreinen) -> None:
    for organen, datum, precisie, omschrijving, besluiten in VERGADERINGEN:
        vergadering = vergadering_create(
            organen=[reg.orgaan[slug] for slug in organen],
            datum=datum,
            datumprecisie=precisie,
            omschrijving=omschrijving,
        )
        for terrein, onderwerp, uitkomst, tekst in besluiten:
            besluit_create(
                vergadering=vergadering,
                terrein=terreinen[terrein] if terrein else None,
                onderwerp=onderwerp,
                uitkomst=uitkomst,
                tekst=tekst,
            )
    college, raad = reg.orgaan["college-dalfsen"], reg.orgaan["raad-dalfsen"]
    motie = motie_create(orgaan=raad, datum=d.MOTIE, titel=MOTIE_TITEL, verzoek=MOTIE_VERZOEK)
    september = toezegging_create(
        orgaan=college,
        aan=raad,
        motie=motie,
        omschrijving=TOEZEGGING_SEPTEMBER,
        gedaan_op=d.MAART_NOTITIE,
        vervaldatum=d.TOEZEGGING_SEPTEMBER,
        vervaldatum_precisie=P.MAAND,
    )
    toezegging_fulfil(
        toezegging=september, nagekomen_op=d.SEPTEMBER_NOTITIE, toelichting=NAGEKOMEN_SEPTEMBER
    )
    toezegging_create(
        orgaan=college,
        aan=raad,
        motie=motie,
        omschrijving=TOEZEGGING_DECEMBER,
        gedaan_op=d.SEPTEMBER_NOTITIE,
        vervaldatum=d.TOEZEGGING_DECEMBER,
        vervaldatum_precisie=P.MAAND,
    )
