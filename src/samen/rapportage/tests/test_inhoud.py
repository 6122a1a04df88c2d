"""The assembly of the texts from plain data, without a database: Dutch sentences, the
perspective of the municipality, domains without news, and the cover's facts."""

from __future__ import annotations

import datetime as dt

from samen.rapportage import gegevens as gg
from samen.rapportage.bouwstenen import wijziging_zinnen
from samen.rapportage.document import Lijst, Tabel, sectie_fragmenten
from samen.rapportage.inhoud_notitie import ontwikkelingen, planning, samenwerkingspartners, vervolg
from samen.rapportage.nieuwsbrief import helpen
from samen.rapportage.samenstellen import Kop, ondertekening_functie, stand_van_zaken_document
from samen.rapportage.zinnen import eerste_zin, op_datum, opsomming

PEIL = dt.date(2013, 3, 1)
VANAF = dt.date(2012, 12, 1)


def _tekst(sectie) -> str:  # type: ignore[no-untyped-def]
    return " ".join(sectie_fragmenten(sectie))


def _gegevens(**kwargs) -> gg.Gegevens:  # type: ignore[no-untyped-def]
    return gg.Gegevens(
        organisatie="Zwartewaterland",
        organisatie_kop="Gemeente Zwartewaterland",
        peildatum=PEIL,
        vanaf=VANAF,
        **kwargs,
    )


def test_dutch_enumerations_and_dates_after_a_verb():
    assert opsomming([]) == ""
    assert opsomming(["Dalfsen"]) == "Dalfsen"
    assert (
        opsomming(["Dalfsen", "Staphorst", "Zwartewaterland"])
        == "Dalfsen, Staphorst en Zwartewaterland"
    )
    assert opsomming(["html", "md"], "of") == "html of md"
    assert op_datum(dt.date(2012, 9, 24), "dag") == "op 24 september 2012"
    assert op_datum(dt.date(2012, 6, 30), "maand") == "in juni 2012"
    assert op_datum(dt.date(2012, 11, 1), "begin_maand") == "begin november 2012"
    assert (
        eerste_zin("De stuurgroep is akkoord. De werkgroep start.") == "De stuurgroep is akkoord."
    )
    assert eerste_zin("Dit kost bijv. geld. Meer.") == "Dit kost bijv. geld."


def test_relations_are_told_from_the_municipalitys_perspective():
    ssc = gg.Verband(
        naam="Shared Service Center Zwolle, Kampen en Provincie",
        afkorting="SSC",
        omschrijving="",
        eigen_status="volgt",
        eigen_sinds=dt.date(2012, 3, 8),
        relaties=(
            gg.Relatie("Staphorst", "volgt", dt.date(2012, 3, 8)),
            gg.Relatie("Dalfsen", "volgt", dt.date(2012, 3, 8)),
            gg.Relatie("Zwolle", "lid", dt.date(2013, 1, 1)),
            gg.Relatie("Kampen", "verkent", dt.date(2012, 1, 1)),
        ),
        wijzigingen=(
            gg.Statuswijziging("Zwolle", dt.date(2013, 1, 1), "lid", "verkent", "Het SSC draait."),
        ),
    )
    tekst = _tekst(samenwerkingspartners(_gegevens(verbanden=(ssc,))))
    assert (
        "Zwartewaterland volgt met Dalfsen en Staphorst de ontwikkeling van SSC (Shared Service "
        "Center Zwolle, Kampen en Provincie). Zwolle is er lid van." in tekst
    )
    assert "Op 1 januari 2013 is Zwolle lid geworden van SSC (daarvoor: verkent)." in tekst
    assert "Het SSC draait." in tekst


def test_one_sentence_per_day_and_status_with_the_right_verb():
    zinnen = wijziging_zinnen(
        "DSZ",
        [
            gg.Statuswijziging("Ommen", dt.date(2013, 2, 1), "sluit_niet_aan"),
            gg.Statuswijziging("Hardenberg", dt.date(2013, 2, 1), "sluit_niet_aan"),
            gg.Statuswijziging("Kampen", dt.date(2013, 1, 15), "uitgenodigd"),
        ],
    )
    assert zinnen == [
        "Op 15 januari 2013 is Kampen uitgenodigd voor DSZ.",
        "Op 1 februari 2013 hebben Hardenberg en Ommen besloten niet aan te sluiten bij DSZ.",
    ]


def test_a_domain_without_news_in_the_period_is_named_not_dropped():
    stil = gg.Terrein(
        naam="Sociale Zaken", verband="DSZ", fase="verkenning", fase_sinds=dt.date(2012, 7, 3)
    )
    druk = gg.Terrein(
        naam="ICT",
        verband="DSZ",
        gebeurtenissen=(
            gg.Gebeurtenis(
                "bericht", dt.date(2013, 1, 10), "medio_maand", "Start", "Begonnen.", "Ziekte."
            ),
        ),
    )
    sectie = ontwikkelingen(_gegevens(terreinen=(druk, stil)))
    assert [s.titel for s in sectie.subsecties] == ["ICT", "Sociale Zaken"]
    assert "Medio januari 2013: Start. Begonnen. Reden van vertraging: Ziekte." in _tekst(
        sectie.subsecties[0]
    )
    assert (
        "Op het terrein van Sociale Zaken zijn er sinds 1 december 2012 geen nieuwe "
        "ontwikkelingen te melden." in _tekst(sectie.subsecties[1])
    )
    assert "fase verkenning (sinds 3 juli 2012)" in _tekst(sectie.subsecties[1])


def test_planning_shows_replanned_milestones_with_old_and_new_date_and_overdue_ones():
    terrein = gg.Terrein(
        naam="Inkoop",
        verband="DSZ",
        mijlpalen=(
            gg.Mijlpaal("Inkoop", "Businessplan", dt.date(2013, 4, 15), "dag",
                        dt.date(2013, 1, 1), "maand", herpland=True),
            gg.Mijlpaal("Inkoop", "Verkenning", dt.date(2013, 2, 1), "maand", te_laat=True),
            gg.Mijlpaal("Inkoop", "Klaar", dt.date(2013, 1, 1), "dag", bereikt_op=dt.date(2013, 1, 2)),
        ),
    )  # fmt: skip
    sectie = planning(_gegevens(terreinen=(terrein,)))
    tabel = next(b for b in sectie.blokken if isinstance(b, Tabel))
    assert tabel.rijen == (("15 april 2013", "Inkoop", "Businessplan", "januari 2013"),)
    lijst = next(b for b in sectie.blokken if isinstance(b, Lijst))
    assert (
        "".join(r.tekst for r in lijst.items[0]) == "Inkoop: Verkenning (gepland in februari 2013)"
    )


def test_vervolg_without_an_open_commitment_says_so():
    tekst = _tekst(vervolg(_gegevens()))
    assert "Op 1 maart 2013 staat er geen nieuwe toezegging open" in tekst


def test_newsletter_asks_help_for_delayed_working_groups_with_a_contact():
    voorzitter = gg.Persoon("Bert van Leeuwen", "B. van Leeuwen", "hoofd facilitaire zaken")
    terrein = gg.Terrein(
        naam="Facilitaire Zaken",
        verband="DSZ",
        werkgroepen=(gg.Werkgroep("DSZ-werkgroep Facilitaire Zaken", "Zwartewaterland", voorzitter, "Dalfsen"),),
        gebeurtenissen=(gg.Gebeurtenis("bericht", dt.date(2013, 1, 5), "dag", "Uitstel", "", "Te weinig mensen."),),
    )  # fmt: skip
    tekst = _tekst(helpen(_gegevens(terreinen=(terrein,))))
    assert "Facilitaire Zaken – De werkgroep liep vertraging op (te weinig mensen)." in tekst
    assert (
        "Neem contact op met Bert van Leeuwen (Dalfsen), voorzitter van de DSZ-werkgroep Facilitaire Zaken."
        in tekst
    )


def test_cover_facts_and_signature_come_from_the_cover_fields():
    noten = gg.Persoon("Han Noten", "drs. H.C.P. Noten", "burgemeester en portefeuillehouder")
    zwart = gg.Persoon(
        "Herman Zwart",
        "drs. H. Zwart",
        "secretaris-directeur",
        "H.Zwart@dalfsen.nl",
        "(0529) 48 83 01",
    )
    kop = Kop(
        organisatie="Dalfsen", organisatie_kop="Gemeente Dalfsen", peildatum=dt.date(2012, 3, 8),
        vanaf=None, agendapunt="7", documentnummer="38", portefeuillehouder=noten,
        informanten=(zwart,), burgemeester=noten, secretaris=zwart,
    )  # fmt: skip
    doc = stand_van_zaken_document(kop, [])
    assert doc.delen[0].gegevens.rijen == (
        ("Status", "Informerend"),
        ("Agendapunt", "7"),
        ("Onderwerp", "Stand van zaken bestuurlijke samenwerking"),
        ("Datum", "8 maart 2012"),
        ("Portefeuillehouder", "Han Noten"),
        ("Documentnummer", "38"),
        ("Informant", "Herman Zwart"),
        ("E-mail", "H.Zwart@dalfsen.nl"),
        ("Telefoon", "(0529) 48 83 01"),
    )
    assert doc.delen[0].ondertekening.ondertekenaars == (
        ("de burgemeester,", "drs. H.C.P. Noten"),
        ("de secretaris-directeur,", "drs. H. Zwart"),
    )
    assert (
        ondertekening_functie(
            gg.Persoon("M. de Boer", "M. de Boer", "gemeentesecretaris (fictief, demo)")
        )
        == "de secretaris,"
    )
