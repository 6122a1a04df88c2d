"""The state of the domains of an alliance on a peildatum, on a small hand-built data set."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from samen.factories import PersoonFactory, SamenwerkingsterreinFactory, SamenwerkingsverbandFactory
from samen.terreinen.models import Fase
from samen.terreinen.selectors import (
    fasewijzigingen_op,
    terrein_stand_op,
    terreinen_stand_op,
    voortgangsberichten_in_periode,
    werkgroepen_op,
)
from samen.terreinen.services import (
    fasewijziging_create,
    mijlpaal_complete,
    mijlpaal_create,
    mijlpaal_replan,
    voortgangsbericht_create,
    werkgroep_create,
    werkgroeplid_add,
)

pytestmark = pytest.mark.django_db

D = dt.date
JUNI = D(2012, 6, 30)
OKTOBER = D(2012, 10, 15)


@pytest.fixture
def dsz():
    """DSZ with two domains.

    ICT: verkenning (2011-10) → businesscase (2012-03-15) → besluitvorming (2012-09-24).
      - "Businesscase gereed": planned 2012-06-01, re-planned on 2012-05-20 to 2012-09-01,
        reached 2012-09-10.
      - "Aanbesteding": planned on 2012-04-01 for 2012-11-01; re-planned on 2012-09-01 to
        2013-02-01.
    Inkoop: verkenning (2012-02-01).
      - "Inventarisatie": planned on 2012-02-01 for 2012-05-01, never reached.
      - "Plan van aanpak": planned on 2012-08-01 (after June) for 2012-12-01.
    """
    verband = SamenwerkingsverbandFactory(naam="DSZ", slug="dsz")
    ict = SamenwerkingsterreinFactory(samenwerkingsverband=verband, naam="ICT", volgorde=1)
    inkoop = SamenwerkingsterreinFactory(samenwerkingsverband=verband, naam="Inkoop", volgorde=2)
    ander = SamenwerkingsterreinFactory(naam="Elders")  # another alliance: never shown
    fasewijziging_create(terrein=ander, fase=Fase.UITVOERING, datum=D(2011, 1, 1))

    fasewijziging_create(terrein=ict, fase=Fase.VERKENNING, datum=D(2011, 10, 1))
    fasewijziging_create(terrein=ict, fase=Fase.BUSINESSCASE, datum=D(2012, 3, 15))
    fasewijziging_create(terrein=ict, fase=Fase.BESLUITVORMING, datum=D(2012, 9, 24))
    fasewijziging_create(terrein=inkoop, fase=Fase.VERKENNING, datum=D(2012, 2, 1))

    voortgangsbericht_create(terrein=ict, datum=D(2012, 4, 1), titel="Start BC", tekst="x")
    voortgangsbericht_create(
        terrein=ict, datum=D(2012, 6, 15), titel="BC later", tekst="x", vertraging="Leverancier"
    )
    voortgangsbericht_create(terrein=ict, datum=D(2012, 10, 1), titel="BC in raad", tekst="x")
    voortgangsbericht_create(terrein=inkoop, datum=D(2012, 11, 1), titel="Inkoop start", tekst="x")

    bc = mijlpaal_create(
        terrein=ict,
        naam="Businesscase gereed",
        vastgesteld_op=D(2012, 1, 10),
        geplande_datum=D(2012, 6, 1),
    )
    mijlpaal_replan(
        mijlpaal=bc,
        vastgesteld_op=D(2012, 5, 20),
        geplande_datum=D(2012, 9, 1),
        reden="Leverancier",
    )
    mijlpaal_complete(mijlpaal=bc, werkelijke_datum=D(2012, 9, 10))
    aanbesteding = mijlpaal_create(
        terrein=ict,
        naam="Aanbesteding",
        vastgesteld_op=D(2012, 4, 1),
        geplande_datum=D(2012, 11, 1),
    )
    mijlpaal_replan(
        mijlpaal=aanbesteding,
        vastgesteld_op=D(2012, 9, 1),
        geplande_datum=D(2013, 2, 1),
        reden="Besluit raad afwachten",
    )
    mijlpaal_create(
        terrein=inkoop,
        naam="Inventarisatie",
        vastgesteld_op=D(2012, 2, 1),
        geplande_datum=D(2012, 5, 1),
    )
    mijlpaal_create(
        terrein=inkoop,
        naam="Plan van aanpak",
        vastgesteld_op=D(2012, 8, 1),
        geplande_datum=D(2012, 12, 1),
    )
    return verband, ict, inkoop


def _per_naam(standen):
    return {s.terrein.naam: s for s in standen}


def _namen(mijlpalen):
    return [m.mijlpaal.naam for m in mijlpalen]


def test_only_the_domains_of_the_alliance_in_their_order(dsz):
    verband, _, _ = dsz
    assert [
        s.terrein.naam for s in terreinen_stand_op(samenwerkingsverband=verband, peildatum=JUNI)
    ] == [
        "ICT",
        "Inkoop",
    ]


def test_stand_in_june(dsz):
    verband, _, _ = dsz
    standen = _per_naam(terreinen_stand_op(samenwerkingsverband=verband, peildatum=JUNI))
    ict, inkoop = standen["ICT"], standen["Inkoop"]

    assert ict.fase.fase == Fase.BUSINESSCASE
    assert ict.laatste_bericht.titel == "BC later"
    assert ict.laatste_bericht.is_vertraagd
    assert _namen(ict.mijlpalen) == ["Businesscase gereed", "Aanbesteding"]
    assert ict.volgende_mijlpaal.mijlpaal.naam == "Businesscase gereed"
    assert ict.volgende_mijlpaal.stand.geplande_datum == D(2012, 9, 1)
    assert _namen(ict.verschoven_mijlpalen) == ["Businesscase gereed"]
    assert ict.te_late_mijlpalen == []

    assert inkoop.fase.fase == Fase.VERKENNING
    assert inkoop.laatste_bericht is None  # its only update is dated in November
    assert _namen(inkoop.mijlpalen) == ["Inventarisatie"]  # "Plan van aanpak" is not planned yet
    assert _namen(inkoop.te_late_mijlpalen) == ["Inventarisatie"]
    assert inkoop.volgende_mijlpaal is None
    assert inkoop.verschoven_mijlpalen == []


def test_stand_in_october(dsz):
    verband, _, _ = dsz
    standen = _per_naam(terreinen_stand_op(samenwerkingsverband=verband, peildatum=OKTOBER))
    ict, inkoop = standen["ICT"], standen["Inkoop"]

    assert ict.fase.fase == Fase.BESLUITVORMING
    assert ict.laatste_bericht.titel == "BC in raad"
    bc = next(m for m in ict.mijlpalen if m.mijlpaal.naam == "Businesscase gereed")
    assert bc.stand.bereikt_op == D(2012, 9, 10)
    # Reached: no longer next, slipped or overdue.
    assert ict.volgende_mijlpaal.mijlpaal.naam == "Aanbesteding"
    assert ict.volgende_mijlpaal.stand.geplande_datum == D(2013, 2, 1)
    assert _namen(ict.verschoven_mijlpalen) == ["Aanbesteding"]
    herplanning = ict.volgende_mijlpaal.stand.herplanningen[0]
    assert (herplanning.van, herplanning.naar, herplanning.reden) == (
        D(2012, 11, 1),
        D(2013, 2, 1),
        "Besluit raad afwachten",
    )
    assert ict.te_late_mijlpalen == []

    assert _namen(inkoop.mijlpalen) == ["Inventarisatie", "Plan van aanpak"]
    assert inkoop.volgende_mijlpaal.mijlpaal.naam == "Plan van aanpak"
    assert _namen(inkoop.te_late_mijlpalen) == ["Inventarisatie"]
    assert inkoop.laatste_bericht is None


def test_before_anything_happened(dsz):
    verband, _, _ = dsz
    for stand in terreinen_stand_op(samenwerkingsverband=verband, peildatum=D(2011, 1, 1)):
        assert stand.fase is None
        assert stand.laatste_bericht is None
        assert stand.mijlpalen == []
        assert stand.volgende_mijlpaal is None


@pytest.mark.parametrize("peildatum", [D(2011, 12, 1), JUNI, D(2012, 9, 5), OKTOBER, D(2013, 6, 1)])
def test_terrein_stand_op_agrees_with_terreinen_stand_op(dsz, peildatum):
    verband, ict, inkoop = dsz
    alle = _per_naam(terreinen_stand_op(samenwerkingsverband=verband, peildatum=peildatum))
    for terrein in (ict, inkoop):
        een = terrein_stand_op(terrein=terrein, peildatum=peildatum)
        samen = alle[terrein.naam]
        assert een.fase == samen.fase
        assert een.laatste_bericht == samen.laatste_bericht
        assert [(m.mijlpaal, m.stand) for m in een.mijlpalen] == [
            (m.mijlpaal, m.stand) for m in samen.mijlpalen
        ]


def _queries_voor(aantal_terreinen: int) -> int:
    verband = SamenwerkingsverbandFactory()
    for i in range(aantal_terreinen):
        terrein = SamenwerkingsterreinFactory(samenwerkingsverband=verband)
        fasewijziging_create(terrein=terrein, fase=Fase.VERKENNING, datum=D(2012, 1, 1))
        fasewijziging_create(terrein=terrein, fase=Fase.BUSINESSCASE, datum=D(2012, 2, 1))
        voortgangsbericht_create(terrein=terrein, datum=D(2012, 2, 1), titel=f"B{i}", tekst="x")
        for j in range(2):
            m = mijlpaal_create(
                terrein=terrein,
                naam=f"M{i}.{j}",
                vastgesteld_op=D(2012, 1, 1),
                geplande_datum=D(2012, 4, 1 + j),
            )
            mijlpaal_replan(
                mijlpaal=m, vastgesteld_op=D(2012, 2, 1), geplande_datum=D(2012, 5, 1), reden="r"
            )
    with CaptureQueriesContext(connection) as ctx:
        standen = terreinen_stand_op(samenwerkingsverband=verband, peildatum=D(2012, 6, 1))
        # Everything a page shows, so lazy loading would be counted too.
        for s in standen:
            assert s.fase.fase == Fase.BUSINESSCASE
            assert s.laatste_bericht is not None
            assert s.terrein.samenwerkingsverband == verband
            assert len(s.te_late_mijlpalen) == 2
            assert all(len(m.stand.herplanningen) == 1 for m in s.mijlpalen)
    assert len(standen) == aantal_terreinen
    return len(ctx.captured_queries)


def test_terreinen_stand_op_runs_a_constant_number_of_queries():
    twee = _queries_voor(2)
    zes = _queries_voor(6)
    assert twee == zes
    assert zes <= 6


# --- other reads --------------------------------------------------------------------------------


def test_fasewijzigingen_op(dsz):
    _, ict, _ = dsz
    assert [w.fase for w in fasewijzigingen_op(terrein=ict, peildatum=JUNI)] == [
        Fase.VERKENNING,
        Fase.BUSINESSCASE,
    ]


def test_voortgangsberichten_in_periode(dsz):
    verband, ict, _ = dsz
    titels = lambda qs: [b.titel for b in qs]  # noqa: E731
    assert titels(voortgangsberichten_in_periode(peildatum=JUNI, samenwerkingsverband=verband)) == [
        "Start BC",
        "BC later",
    ]
    # vanaf is exclusive, peildatum inclusive
    assert titels(
        voortgangsberichten_in_periode(vanaf=D(2012, 4, 1), peildatum=D(2012, 10, 1), terrein=ict)
    ) == ["BC later", "BC in raad"]
    assert titels(voortgangsberichten_in_periode(vanaf=JUNI, peildatum=D(2013, 1, 1))) == [
        "BC in raad",
        "Inkoop start",
    ]


def test_werkgroepen_op_with_their_members_on_the_date(dsz):
    _, ict, _ = dsz
    oud = werkgroep_create(
        terrein=ict, naam="Verkenning ICT", begindatum=D(2011, 10, 1), einddatum=D(2012, 3, 15)
    )
    nieuw = werkgroep_create(terrein=ict, naam="BC ICT", begindatum=D(2012, 3, 15))
    anna = PersoonFactory(roepnaam="Anna")
    bert = PersoonFactory(roepnaam="Bert")
    werkgroeplid_add(werkgroep=oud, persoon=anna, begindatum=D(2011, 10, 1))
    werkgroeplid_add(werkgroep=nieuw, persoon=anna, begindatum=D(2012, 3, 15))
    werkgroeplid_add(werkgroep=nieuw, persoon=bert, begindatum=D(2012, 7, 1))

    def leden(peildatum):
        return {
            wg.naam: sorted(lid.persoon.roepnaam for lid in wg.leden_op)
            for wg in werkgroepen_op(terrein=ict, peildatum=peildatum)
        }

    assert leden(D(2012, 1, 1)) == {"Verkenning ICT": ["Anna"]}
    assert leden(JUNI) == {"BC ICT": ["Anna"]}
    assert leden(OKTOBER) == {"BC ICT": ["Anna", "Bert"]}
