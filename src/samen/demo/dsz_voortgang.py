"""DSZ demo, part 3: the phases of every domain and the progress updates, in the sources' words.

The updates dated 8 March 2012 give the state of the raadscommissievoorstel of that day; those
dated 10 September 2012 (precision "maand": the note gives only the month) give the September
note. Developments with their own date in the note carry that date.
"""

from __future__ import annotations

from samen.core.dates import DatumPrecisie as P
from samen.demo import dsz_datums as d
from samen.demo.dsz_terreinen import Terreinen
from samen.terreinen.models import Fase
from samen.terreinen.services import fasewijziging_create, voortgangsbericht_create

_UITERLIJK = (
    " Uiterlijk op 8 maart 2012 (stand van zaken notitie van die datum); wanneer de opdracht "
    "precies is gegeven, noemen de bronnen niet."
)
_SSC_VERKENNING = (
    "Zwolle, Kampen en de Provincie verkennen de oprichting van een gezamenlijk Shared Service "
    f"Center. {d.AANNAME}; het voornemen staat al in de notitie van 8 maart 2012, in de demo "
    "vanaf januari 2012."
)
_SSC_UITVOERING = (
    "Op 25 juni 2012 hebben Zwolle, Kampen en Provincie een convenant getekend; het Shared Service "
    "Center wordt ingericht en moet op 1 januari 2013 operationeel zijn."
)

# (verband, terrein), fase, datum, precisie, toelichting
FASEN = [
    (("dsz", "ict"), Fase.BUSINESSCASE, d.ICT_BUSINESSCASE, P.MAAND,
     "Na afronding van de tweejarige ICT-pool werkt de werkgroep ICT een businesscase uit. "
     f"{d.AANNAME}; de notitie van 8 maart 2012 meldt dat de businesscase in de maak is."),
    (("dsz", "ict"), Fase.BESLUITVORMING, d.MEI_OVERLEG, P.MEDIO_MAAND,
     "De poolmanager ICT heeft het businessplan ICT aan de stuurgroep DSZ en burgemeesters "
     "gepresenteerd."),
    (("dsz", "ict"), Fase.UITVOERING, d.ICT_START, P.BEGIN_MAAND,
     "Er komt geen ICT-pool en geen poolmanager: de DSZ-werkgroep ICT start vanaf september met "
     "de uitvoering van een aantal praktische samenwerkingsmogelijkheden."),
    (("dsz", "inkoop"), Fase.BUSINESSCASE, d.MAART_NOTITIE, P.DAG,
     "De werkgroep Inkoop heeft de opdracht gekregen een businesscase te maken om tot praktische "
     "samenwerking te komen, en een verkenning uit te voeren naar toekomstige samenwerking in het "
     f"SSC Zwolle.{_UITERLIJK}"),
    (("dsz", "p-en-o"), Fase.BUSINESSCASE, d.MAART_NOTITIE, P.DAG,
     "De werkgroep P&O heeft de opdracht gekregen een businesscase te maken om tot praktische "
     "samenwerking te komen, en een verkenning uit te voeren naar toekomstige samenwerking in het "
     f"SSC Zwolle.{_UITERLIJK}"),
    (("dsz", "facilitaire-zaken"), Fase.BUSINESSCASE, d.MAART_NOTITIE, P.DAG,
     "De werkgroep Facilitair heeft de opdracht gekregen een businesscase te maken om tot "
     f"praktische samenwerking te komen.{_UITERLIJK}"),
    (("dsz", "belastingen-geo"), Fase.BUSINESSCASE, d.MAART_NOTITIE, P.DAG,
     "De werkgroep Belastingen heeft de opdracht gekregen een businesscase te maken om tot "
     f"praktische samenwerking te komen.{_UITERLIJK}"),
    (("dsz", "belastingen-geo"), Fase.BESLUITVORMING, d.BG_PLAN, P.MAAND,
     "De DSZ-werkgroep Belastingen & Geo heeft haar plan aan de stuurgroep DSZ en burgemeesters "
     "gepresenteerd."),
    (("dsz", "belastingen-geo"), Fase.UITVOERING, d.JUNI_OVERLEG, P.MAAND,
     "De stuurgroep DSZ en burgemeesters zijn akkoord gegaan met het plan; de werkgroep gaat de "
     "komende maanden bezig met de uitvoering ervan."),
    (("dsz", "financien"), Fase.VERKENNING, d.JULI_OVERLEG, P.BEGIN_MAAND,
     "De DSZ-werkgroep Financiën heeft de stuurgroep DSZ en burgemeesters een aantal praktische "
     "zaken voorgelegd en onderzoekt nu de samenwerking op verzekeringen en op Planning & "
     "Control."),
    *[
        (("ssc", slug), fase, datum, precisie, tekst)
        for slug in ("oprichting", "ict", "inkoop", "psa")
        for fase, datum, precisie, tekst in (
            (Fase.VERKENNING, d.SSC_VOORNEMEN, P.MAAND, _SSC_VERKENNING),
            (Fase.UITVOERING, d.SSC_CONVENANT, P.DAG, _SSC_UITVOERING),
        )
    ],
]  # fmt: skip

_MAART = "Stand van zaken maart 2012: "
_BACKOFFICE = (
    "In een later stadium zullen de werkgroepen Financiën en Sociale Zaken ook een businesscase "
    "maken om tot een gezamenlijke BackOffice voor administraties te komen."
)

# (verband, terrein), datum, precisie, titel, tekst, vertraging
BERICHTEN = [
    # ICT
    (("dsz", "ict"), d.MAART_NOTITIE, P.DAG, f"{_MAART}businesscase ICT",
     "Na afronding van de tweejarige ICT-pool werkt de werkgroep ICT een businesscase uit. De "
     "verdere samenwerking op ICT-gebied betreft een periode van drie jaar. Daarna wordt "
     "geëvalueerd. Bij meerwaarde wordt opgeschaald naar het SSC Zwolle.", ""),
    (("dsz", "ict"), d.MEI_OVERLEG, P.MEDIO_MAAND, "Businessplan ICT gepresenteerd",
     "In mei 2012 heeft de poolmanager ICT het businessplan ICT aan de stuurgroep DSZ en "
     "burgemeesters gepresenteerd. Het businessplan is gebaseerd op een samenwerkingsperiode van "
     "drie jaar, om na deze periode, als uit evaluatie blijkt dat dit meerwaarde heeft, op te "
     "schalen naar het SSC Zwolle, Kampen en Provincie. Deze periode bleek te kort om de te maken "
     "investeringen terug te kunnen verdienen. Voor Dalfsen zouden de extra kosten voor deze "
     "periode neerkomen op ruim € 200.000 per jaar (dus in totaal € 600.000 extra kosten).", ""),
    (("dsz", "ict"), d.ICT_START, P.BEGIN_MAAND, "Start van de praktische samenwerking op ICT",
     "De DSZ-werkgroep ICT start vanaf september met de uitvoering van een aantal praktische "
     "samenwerkingsmogelijkheden.", ""),
    # Inkoop
    (("dsz", "inkoop"), d.MAART_NOTITIE, P.DAG, f"{_MAART}opdracht businesscase Inkoop",
     "De werkgroep Inkoop heeft de opdracht gekregen een businesscase te maken om tot praktische "
     "samenwerking te komen. Daarnaast heeft de werkgroep opdracht gekregen een verkenning uit te "
     "voeren naar toekomstige samenwerking in het SSC Zwolle.", ""),
    (("dsz", "inkoop"), d.SEPTEMBER_NOTITIE, P.MAAND,
     "Businessplan Inkoop vertraagd: presentatie op 24 september 2012",
     "Op het terrein van Inkoop werkt DSZ al een aantal jaren samen. Zo hebben de drie gemeenten "
     "een gezamenlijke inkoopadviseur in dienst genomen, die adviseert over inkoop voor de drie "
     "gemeenten. De DSZ-werkgroep Inkoop heeft een businessplan geschreven waarin enerzijds wordt "
     "gefocust op verdergaande samenwerking binnen DSZ en anderzijds aandacht wordt geschonken "
     "aan toekomstige samenwerkingsmogelijkheden in het SSC van Zwolle, Kampen en Provincie. De "
     "werkgroep heeft verschillende contacten gehad met Zwolle, Kampen en Provincie om te peilen "
     "wat de visie van deze partijen op het DSZ-voorstel is. Door deze afspraken, maar ook door "
     "vakanties heeft de werkgroep vertraging opgelopen en zal de werkgroep het businessplan op "
     "maandag 24 september 2012 aan de stuurgroep DSZ en burgemeesters presenteren.",
     "Door de contacten met Zwolle, Kampen en Provincie om hun visie op het DSZ-voorstel te "
     "peilen, en door vakanties."),
    # P&O
    (("dsz", "p-en-o"), d.MAART_NOTITIE, P.DAG, f"{_MAART}opdracht businesscase P&O",
     "De werkgroep P&O heeft de opdracht gekregen een businesscase te maken om tot praktische "
     "samenwerking te komen. Daarnaast heeft de werkgroep opdracht gekregen een verkenning uit te "
     "voeren naar toekomstige samenwerking in het SSC Zwolle.", ""),
    (("dsz", "p-en-o"), d.SEPTEMBER_NOTITIE, P.MAAND,
     "Businessplan P&O vertraagd: presentatie op 24 september 2012",
     "De DSZ-werkgroep P&O heeft een verkenning uitgevoerd naar het op poten zetten van een "
     "gezamenlijke P&O-afdeling voor de drie gemeenten en naar de samenwerkingsmogelijkheden op "
     "het terrein van Personeels- en Salarisadministratie in het SSC Zwolle/Kampen/Provincie. "
     "Door verschillende visies van de werkgroepleden onderling en vakanties van de "
     "werkgroepleden heeft de werkgroep vertraging opgelopen in het schrijven van het "
     "businessplan. Inmiddels is het plan afgerond en zal het op maandag 24 september 2012 aan de "
     "stuurgroep DSZ en burgemeesters gepresenteerd worden.",
     "Door verschillende visies van de werkgroepleden onderling en vakanties van de "
     "werkgroepleden."),
    # Facilitaire Zaken
    (("dsz", "facilitaire-zaken"), d.MAART_NOTITIE, P.DAG,
     f"{_MAART}opdracht businesscase Facilitaire Zaken",
     "De werkgroep Facilitair heeft de opdracht gekregen een businesscase te maken om tot "
     "praktische samenwerking te komen. Naast de samenwerking op Inkoop tracht DSZ ook de "
     "samenwerking op andere terreinen van Facilitaire Zaken te bevorderen.", ""),
    (("dsz", "facilitaire-zaken"), d.FZ_MEMO, P.MEDIO_MAAND,
     "Werkgroep Facilitaire Zaken vraagt drie maanden uitstel",
     "Medio mei 2012 heeft de werkgroep Facilitaire Zaken een memo aan de stuurgroep DSZ en "
     "burgemeesters geschreven, waarin de werkgroep aangeeft de werkzaamheden in het schrijven van "
     "een businessplan met drie maanden uit te willen stellen.",
     "De werkgroep wil het schrijven van het businessplan met drie maanden uitstellen (memo van "
     "medio mei 2012); de reden noemen de bronnen niet."),
    # Belastingen & Geo
    (("dsz", "belastingen-geo"), d.MAART_NOTITIE, P.DAG, f"{_MAART}opdracht businesscase "
     "Belastingen", "De werkgroep Belastingen heeft de opdracht gekregen een businesscase te maken "
     "om tot praktische samenwerking te komen. De werkgroep kijkt daarnaast of er mogelijkheden "
     "zijn samen te werken met Kampen.", ""),
    (("dsz", "belastingen-geo"), d.BG_PLAN, P.MAAND, "Plan Belastingen & Geo gepresenteerd",
     "In juni 2012 heeft de DSZ-werkgroep Belastingen & Geo haar plan gepresenteerd. Het plan "
     "stelt voor één centrale gegevensbeheereenheid per DSZ-gemeente te creëren. Per gemeente "
     "vindt daarmee een hergroepering plaats van activiteiten die nu nog verspreid zijn over "
     "meerdere afdelingen. Dit centrale gegevensbeheer wordt in iedere DSZ-gemeente ingericht op "
     "basis van dezelfde definities. Door deze standaardisering, uniformering en hergroepering "
     "wordt het in de toekomst makkelijker samenwerking te vergroten, bijvoorbeeld op het terrein "
     "van belastingen en informatievoorziening. Ook wordt het mogelijk één afdeling "
     "gegevensbeheer voor de DSZ-gemeenten te creëren.", ""),
    (("dsz", "belastingen-geo"), d.SEPTEMBER_NOTITIE, P.MAAND,
     "Uitvoering van het businessplan Belastingen & Geo",
     "De DSZ-werkgroep Belastingen & Geo gaat komende maanden bezig met de uitvoering van haar "
     "businessplan en zal begin november 2012 over de voortgang aan de stuurgroep DSZ en "
     "burgemeesters rapporteren.", ""),
    # Financiën
    (("dsz", "financien"), d.MAART_NOTITIE, P.DAG, f"{_MAART}Financiën start later",
     f"{_BACKOFFICE} De werkgroep Financiën begint daar dus later aan.", ""),
    (("dsz", "financien"), d.JULI_OVERLEG, P.BEGIN_MAAND,
     "Werkgroep Financiën legt praktische zaken voor",
     "Begin juli 2012 heeft de DSZ-werkgroep Financiën aan de stuurgroep DSZ en burgemeesters "
     "een aantal praktische zaken voorgelegd die DSZ gezamenlijk zou kunnen oppakken.", ""),
    # Sociale Zaken
    (("dsz", "sociale-zaken"), d.MAART_NOTITIE, P.DAG, f"{_MAART}Sociale Zaken start later",
     f"{_BACKOFFICE} De werkgroep Sociale Zaken begint daar dus later aan.", ""),
    (("dsz", "sociale-zaken"), d.SEPTEMBER_NOTITIE, P.MAAND,
     "Sociale Zaken start in een later stadium",
     "De DSZ-werkgroep Sociale Zaken start in een later stadium met het verkennen van "
     "samenwerkingsmogelijkheden. Dit is in maart 2012 medegedeeld in de stand van zaken notitie "
     "over bestuurlijke samenwerking.", ""),
    # SSC
    (("ssc", "oprichting"), d.MAART_NOTITIE, P.DAG, "Voornemen tot een Shared Service Center",
     "Zwolle, Kampen en de Provincie hebben het voornemen uitgesproken een gezamenlijk Shared "
     "Service Center (SSC) op te richten op de terreinen ICT, Inkoop en Personeels- en "
     "Salarisadministratie (PSA). De komende jaren wordt dit SSC uitgebouwd, zowel wat "
     "taakgebieden als deelnemende gemeenten betreft.", ""),
    (("ssc", "oprichting"), d.SSC_CONVENANT, P.DAG, "Convenant SSC getekend",
     "Op 25 juni 2012 hebben Zwolle, Kampen en Provincie een convenant getekend om het Shared "
     "Service Center op 1 januari 2013 operationeel te laten zijn.", ""),
    (("ssc", "oprichting"), d.SEPTEMBER_NOTITIE, P.MAAND, "Aansluiten bij het SSC nog niet mogelijk",
     "Vanuit Dalfsen is er op bestuurlijk en ambtelijk niveau contact geweest met Zwolle, Kampen en "
     "Provincie over het SSC en is aan hen kenbaar gemaakt dat Dalfsen mogelijkheden ziet in een "
     "toekomstige samenwerking in het SSC. De drie partijen zien perspectief in een toekomstige "
     "uitbreiding van samenwerkingspartners, maar het is op dit moment nog niet mogelijk aan te "
     "sluiten bij het SSC. Zwolle, Kampen en Provincie hebben aangegeven het SSC nog verder te "
     "willen ontwikkelen en in eerste instantie samen van start te willen gaan. Zij hebben nog "
     "steeds het voornemen om het SSC op 1 januari 2013 operationeel te laten zijn. In een later "
     "stadium toetreden heeft voor DSZ bovendien als voordeel dat er meer zicht is op hoe het SSC "
     "zich heeft ontwikkeld en of meerwaarde is gebleken.", ""),
]  # fmt: skip


def load_voortgang(terreinen: Terreinen) -> None:
    for terrein, fase, datum, precisie, toelichting in FASEN:
        fasewijziging_create(
            terrein=terreinen[terrein],
            fase=fase,
            datum=datum,
            datumprecisie=precisie,
            toelichting=toelichting,
        )
    for terrein, datum, precisie, titel, tekst, vertraging in BERICHTEN:
        voortgangsbericht_create(
            terrein=terreinen[terrein],
            datum=datum,
            datumprecisie=precisie,
            titel=titel,
            tekst=tekst,
            vertraging=vertraging,
        )
