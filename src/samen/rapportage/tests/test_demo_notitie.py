"""The status note on the DSZ demo: every development of the September 2012 note (seed 000),
nothing dated after the peildatum, and each municipality's own perspective."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from samen.core.dates import MAANDEN
from samen.organisaties.models import Organisatie
from samen.rapportage.document import Document, sectie_fragmenten
from samen.rapportage.render_html import html_pagina
from samen.rapportage.samenstellen import document, genereer, kop_uit_gegevens
from samen.rapportage.tests.hulp import html_secties, normaal
from samen.rapportage.verzamelen import verzamel

pytestmark = pytest.mark.django_db

PEILDATUM = dt.date(2012, 9, 10)
VANAF = dt.date(2012, 3, 8)


def notitie(slug: str, peildatum: dt.date = PEILDATUM, vanaf: dt.date | None = VANAF) -> Document:
    g = verzamel(organisatie=Organisatie.objects.get(slug=slug), peildatum=peildatum, vanaf=vanaf)
    return document("stand_van_zaken", kop_uit_gegevens(g), genereer("stand_van_zaken", g))


def secties(doc: Document) -> dict[str, str]:
    return html_secties(html_pagina(doc))


def subsectie(doc: Document, titel: str) -> str:
    ontwikkelingen = next(s for s in doc.secties() if s.sleutel == "ontwikkelingen")
    sub = next(s for s in ontwikkelingen.subsecties if s.titel == titel)
    return " ".join(sectie_fragmenten(sub))


def test_dalfsen_note_holds_every_development_of_the_september_2012_note(dsz_demo):
    doc = notitie("dalfsen")
    s = secties(doc)
    partners, planning = s["samenwerkingspartners"], s["planning"]
    # The SSC: covenant of 25 June 2012 and the start on 1 January 2013.
    assert "Op 25 juni 2012 hebben Zwolle, Kampen en Provincie een convenant getekend" in partners
    assert "1 januari 2013" in partners
    assert (
        "1 januari 2013 SSC Zwolle/Kampen/Provincie: Oprichting SSC Shared Service Center operationeel"
        in planning
    )
    assert "nog niet mogelijk aan te sluiten bij het SSC" in partners
    # ICT: the business plan turned down for its cost, and the practical cooperation instead.
    ict = subsectie(doc, "ICT")
    assert "Businessplan ICT (ICT-pool met poolmanager) – afgewezen" in ict
    assert "ruim € 200.000 per jaar (dus in totaal € 600.000 extra kosten)" in ict
    assert "geen ICT-pool" in ict and "kwaliteitskaart" in ict and "vervanging bij ziekte" in ict
    assert "Begin september 2012: naar de fase uitvoering." in ict
    # Inkoop and P&O: delayed, with their reasons, presenting on Monday 24 September 2012.
    inkoop, po = subsectie(doc, "Inkoop"), subsectie(doc, "P&O")
    assert "Reden van vertraging: Door de contacten met Zwolle, Kampen en Provincie" in inkoop
    assert "vakanties" in inkoop and "maandag 24 september 2012" in inkoop
    assert "van juni 2012 naar 24 september 2012" in inkoop
    assert "Door verschillende visies van de werkgroepleden onderling en vakanties" in po
    assert (
        "24 september 2012 Inkoop Businessplan Inkoop aan stuurgroep DSZ en burgemeesters juni 2012"
        in planning
    )
    assert (
        "24 september 2012 P&O Businessplan P&O aan stuurgroep DSZ en burgemeesters juni 2012"
        in planning
    )
    # Facilitaire Zaken: the memo of mid-May and the steering group's answer.
    fz = subsectie(doc, "Facilitaire Zaken")
    assert "Medio mei 2012: Werkgroep Facilitaire Zaken vraagt drie maanden uitstel." in fz
    assert "De stuurgroep DSZ heeft aangedrongen op versnelling van dit proces." in fz
    assert (
        "Businessplan Facilitaire Zaken aan stuurgroep DSZ en burgemeesters (gepland in juni 2012)"
        in planning
    )
    # Belastingen & Geo: the decision of June and the report of early November.
    bg = subsectie(doc, "Belastingen & Geo")
    assert "Plan Belastingen & Geo: centraal gegevensbeheer – akkoord" in bg
    assert "één centrale gegevensbeheereenheid per DSZ-gemeente" in bg
    assert (
        "begin november 2012 Belastingen & Geo Voortgangsrapportage Belastingen & Geo" in planning
    )
    # Financiën: the assignments of early July.
    fin = subsectie(doc, "Financiën")
    assert "Begin juli 2012, besluit: Financiën: verzekeringen – opdracht gegeven." in fin
    assert "portefeuille verzekeringen helemaal door te lichten" in fin
    assert "Planning & Control (stuur- en managementinformatie)" in fin
    # Sociale Zaken starts later.
    assert "De DSZ-werkgroep Sociale Zaken start in een later stadium" in subsectie(
        doc, "Sociale Zaken"
    )
    # Governance: who decided what.
    bestuur = s["betrokkenheid_bestuur"]
    assert (
        "Stuurgroep DSZ en Burgemeesters DSZ drie keer over de samenwerking besloten: medio mei 2012, juni 2012 en begin juli 2012"
        in bestuur
    )
    assert "zeven besluiten" in bestuur
    # The December commitment, in the note and on the cover.
    december = "In december 2012 zal het college de gemeenteraad opnieuw een stand van zaken geven"
    assert december in s["vervolg"] and december in s["vervolg_voorstel"]
    assert "de termijn is december 2012" in s["vervolg"]


def test_dalfsen_cover_is_the_raadscommissievoorstel_of_the_seed(dsz_demo):
    doc = notitie("dalfsen")
    voorblad = doc.delen[0]
    feiten = dict(voorblad.gegevens.rijen)
    assert feiten["Status"] == "Informerend"
    assert feiten["Portefeuillehouder"] == "Han Noten"
    assert feiten["Informanten"] == "Saskia van Oene / Herman Zwart"
    assert feiten["E-mail"] == "E.S.vanOene@dalfsen.nl / H.Zwart@dalfsen.nl"
    assert feiten["Telefoon"] == "(0529) 43 89 28 / (0529) 48 83 01"
    assert voorblad.ondertekening.aanhef == "Burgemeester en wethouders van Dalfsen,"
    assert voorblad.ondertekening.ondertekenaars == (
        ("de burgemeester,", "drs. H.C.P. Noten"),
        ("de secretaris-directeur,", "drs. H. Zwart"),
    )
    s = secties(doc)
    assert (
        'Op 28 november 2011 heeft uw gemeenteraad de motie "Sterker Dichtbij" aangenomen'
        in s["inleiding_voorstel"]
    )
    assert "toezegging van 8 maart 2012 na" in s["inleiding_voorstel"]
    assert (
        s["doel"]
        == "Doel Kennis te nemen van de stand van zaken notitie bestuurlijke samenwerking."
    )
    assert "Op 8 maart 2012 bent u geïnformeerd" in s["inleiding"]


def _voeg_latere_gebeurtenissen_toe() -> None:
    """Records dated after 10 September 2012, each with a marker that must not appear."""
    from samen.bestuur.models import Orgaan
    from samen.bestuur.services import besluit_create, toezegging_create, vergadering_create
    from samen.organisaties.models import Samenwerkingsverband
    from samen.organisaties.services import lidmaatschap_change_status, persoon_create
    from samen.terreinen.models import Mijlpaal, Samenwerkingsterrein
    from samen.terreinen.services import (
        fasewijziging_create,
        mijlpaal_complete,
        mijlpaal_replan,
        voortgangsbericht_create,
    )

    def terrein(slug: str) -> Samenwerkingsterrein:
        return Samenwerkingsterrein.objects.get(samenwerkingsverband__slug="dsz", slug=slug)

    voortgangsbericht_create(
        terrein=terrein("ict"), datum=dt.date(2012, 9, 20), titel="LATER-BERICHT",
        tekst="LATER-TEKST", vertraging="LATER-VERTRAGING",
    )  # fmt: skip
    vergadering = vergadering_create(
        organen=list(Orgaan.objects.filter(slug__in=["stuurgroep-dsz", "burgemeesters-dsz"])),
        datum=dt.date(2012, 9, 24),
        omschrijving="LATER-VERGADERING",
    )
    besluit_create(
        vergadering=vergadering, terrein=terrein("inkoop"), onderwerp="LATER-BESLUIT",
        uitkomst="akkoord", tekst="LATER-BESLUITTEKST",
    )  # fmt: skip
    inkoop_plan = Mijlpaal.objects.get(terrein=terrein("inkoop"), naam__startswith="Businessplan")
    mijlpaal_complete(mijlpaal=inkoop_plan, werkelijke_datum=dt.date(2012, 9, 24))
    rapportage = Mijlpaal.objects.get(naam__startswith="Voortgangsrapportage Belastingen")
    mijlpaal_replan(
        mijlpaal=rapportage, vastgesteld_op=dt.date(2012, 10, 1),
        geplande_datum=dt.date(2012, 12, 3), datumprecisie="dag", reden="LATER-REDEN",
    )  # fmt: skip
    fasewijziging_create(
        terrein=terrein("p-en-o"), fase="uitvoering", datum=dt.date(2012, 10, 1),
        datumprecisie="dag", toelichting="LATER-FASE",
    )  # fmt: skip
    lidmaatschap_change_status(
        organisatie=Organisatie.objects.get(slug="dalfsen"),
        samenwerkingsverband=Samenwerkingsverband.objects.get(slug="ssc"),
        status="verkent", datum=dt.date(2012, 10, 1), toelichting="LATER-LIDMAATSCHAP",
    )  # fmt: skip
    toezegging_create(
        orgaan=Orgaan.objects.get(slug="college-dalfsen"), aan=Orgaan.objects.get(slug="raad-dalfsen"),
        omschrijving="LATER-TOEZEGGING", gedaan_op=dt.date(2012, 10, 1),
        vervaldatum=dt.date(2012, 11, 1),
    )  # fmt: skip
    persoon_create(
        organisatie=Organisatie.objects.get(slug="dalfsen"), achternaam="LATER-PERSOON",
        functie="burgemeester", begindatum=dt.date(2012, 10, 1),
    )  # fmt: skip


#: Every date after 10 September 2012 that the September note may name: plans as known then.
TOEGESTANE_PLANNEN = {"24 september 2012", "begin november 2012", "december 2012", "1 januari 2013"}
_MAAND = "|".join(MAANDEN)
_DATUM = re.compile(rf"(?:(?:begin|medio|eind) |(\d{{1,2}}) )?({_MAAND}) (\d{{4}})")


def latere_datums(tekst: str, peildatum: dt.date) -> set[str]:
    """Every date in the text that lies (or whose month starts) after the peildatum."""
    later = set()
    for m in _DATUM.finditer(tekst):
        dag = int(m.group(1)) if m.group(1) else 1
        datum = dt.date(int(m.group(3)), MAANDEN.index(m.group(2)) + 1, dag)
        if datum > peildatum:
            later.add(m.group(0))
    return later


def test_nothing_dated_after_the_peildatum_appears(dsz_demo):
    _voeg_latere_gebeurtenissen_toe()
    doc = notitie("dalfsen")
    tekst = normaal(" ".join(html_secties(html_pagina(doc)).values()))
    assert "LATER" not in tekst
    # The milestone reached on 24 September and the re-planning of 1 October are not known yet.
    assert "Businessplan Inkoop aan stuurgroep DSZ en burgemeesters juni 2012" in tekst
    assert "begin november 2012 Belastingen & Geo" in tekst and "3 december 2012" not in tekst
    assert "P&O Stand op 10 september 2012: fase businesscase" in tekst
    assert "Dalfsen volgt met Staphorst en Zwartewaterland" in tekst
    # A later date only appears as a plan that was known on the peildatum.
    assert latere_datums(tekst, PEILDATUM) == TOEGESTANE_PLANNEN
    # One day later, with a new period, the later records do appear.
    later = normaal(
        " ".join(
            html_secties(html_pagina(notitie("dalfsen", dt.date(2012, 10, 2), PEILDATUM))).values()
        )
    )
    for marker in (
        "LATER-BERICHT",
        "LATER-BESLUIT",
        "LATER-FASE",
        "LATER-REDEN",
        "LATER-TOEZEGGING",
    ):
        assert marker in later


def test_staphorst_note_speaks_from_staphorsts_perspective(dsz_demo):
    doc = notitie("staphorst")
    s = secties(doc)
    assert (
        "Staphorst volgt met Dalfsen en Zwartewaterland de ontwikkeling van SSC Zwolle/Kampen/Provincie"
        in s["samenwerkingspartners"]
    )
    assert (
        "Staphorst is op 10 september 2012 lid van twee samenwerkingsverbanden"
        in s["samenwerkingspartners"]
    )
    assert "Staphorst hecht belang aan" in s["kernboodschap"]
    # Staphorst does not relate to the Ommen-Hardenberg merger; Dalfsen does.
    assert "Ommen" not in s["samenwerkingspartners"]
    voorblad = doc.delen[0]
    assert voorblad.ondertekening.aanhef == "Burgemeester en wethouders van Staphorst,"
    namen = [naam for _, naam in voorblad.ondertekening.ondertekenaars]
    assert namen == ["J. Hoekstra", "M. de Boer"]
    tekst = normaal(html_pagina(doc))
    for dalfser in (
        "Noten",
        "Herman Zwart",
        "H. Zwart",
        "van Oene",
        "dalfsen.nl",
        "Dalfsen volgt",
        "Sterker Dichtbij",
    ):
        assert dalfser not in tekst
    feiten = dict(voorblad.gegevens.rijen)
    assert feiten["Portefeuillehouder"] == "Jan Hoekstra"
    assert "Pieter Mulder" in feiten["Informanten"]


def test_a_domain_without_news_is_named(dsz_demo):
    doc = notitie("zwartewaterland", dt.date(2012, 9, 20), PEILDATUM)
    ict = subsectie(doc, "ICT")
    assert (
        "Op het terrein van ICT zijn er sinds 10 september 2012 geen nieuwe ontwikkelingen te melden."
        in ict
    )
    ontwikkelingen = next(s for s in doc.secties() if s.sleutel == "ontwikkelingen")
    assert [s.titel for s in ontwikkelingen.subsecties] == [
        "ICT", "Inkoop", "P&O", "Facilitaire Zaken", "Belastingen & Geo", "Financiën", "Sociale Zaken",
    ]  # fmt: skip


def test_events_are_those_of_the_domain_timeline(dsz_demo):
    from samen.bestuur.models import Orgaan
    from samen.organisaties.models import Samenwerkingsverband
    from samen.rapportage.verzamelen_terreinen import terreinen
    from samen.terreinen.tijdlijn import terrein_tijdlijn

    dsz = Samenwerkingsverband.objects.get(slug="dsz")
    rang = {o.naam: 0 for o in Orgaan.objects.all()}
    for vanaf in (None, VANAF):
        for peildatum in (PEILDATUM, dt.date(2012, 12, 31)):
            gebundeld = {t.naam: t for t in terreinen(dsz, peildatum, vanaf, rang)}
            for t in dsz.terreinen.all():
                verwacht = sorted(
                    (e.soort, e.datum, e.titel, e.vertraging)
                    for e in terrein_tijdlijn(terrein=t, peildatum=peildatum, vanaf=vanaf)
                )
                gekregen = sorted(
                    (e.soort, e.datum, e.titel, e.vertraging)
                    for e in gebundeld[t.naam].gebeurtenissen
                )
                assert gekregen == verwacht, t.naam


def test_the_ict_section_cites_the_business_case_for_the_notes_municipality(dsz_demo):
    from samen.businesscase.models import Businesscase

    ict_dalfsen = subsectie(notitie("dalfsen"), "ICT")
    ict_staphorst = subsectie(notitie("staphorst"), "ICT")
    case = Businesscase.objects.get(terrein__slug="ict", terrein__samenwerkingsverband__slug="dsz")
    assert f"businesscase \u201c{case.naam}\u201d" in ict_dalfsen
    assert "Voor Dalfsen:" in ict_dalfsen and "Voor Staphorst:" not in ict_dalfsen
    assert "Voor Staphorst:" in ict_staphorst and "Voor Dalfsen:" not in ict_staphorst
    # Every scenario of the case is cited, with the three-year pool's extra cost for Dalfsen.
    for scenario in case.inhoud["scenarios"]:
        assert scenario["naam"] in ict_dalfsen
    assert re.search(r"€ 2\d\d\.\d{3} per jaar", ict_dalfsen)
    # The March note comes before the decision and does not cite it.
    maart = subsectie(notitie("dalfsen", dt.date(2012, 3, 8), None), "ICT")
    assert "businesscase \u201c" not in maart
