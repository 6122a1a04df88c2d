"""Reads on governance on a peildatum: decisions in a period, commitments with their status."""

from __future__ import annotations

import datetime as dt

import pytest

from samen.bestuur.models import Orgaan
from samen.bestuur.selectors import (
    besluiten_in_periode,
    moties_op,
    toezeggingen_op,
    vergaderingen_in_periode,
)
from samen.bestuur.services import (
    besluit_create,
    motie_create,
    orgaan_create,
    toezegging_create,
    toezegging_fulfil,
    vergadering_create,
)
from samen.bestuur.status import ToezeggingStatus
from samen.factories import (
    OrganisatieFactory,
    SamenwerkingsterreinFactory,
    SamenwerkingsverbandFactory,
)

pytestmark = pytest.mark.django_db

D = dt.date
Status = ToezeggingStatus


@pytest.fixture
def bestuur():
    dsz = SamenwerkingsverbandFactory(naam="DSZ", slug="dsz")
    ssc = SamenwerkingsverbandFactory(naam="SSC", slug="ssc")
    dalfsen = OrganisatieFactory(naam="Dalfsen")
    ict = SamenwerkingsterreinFactory(samenwerkingsverband=dsz, naam="ICT")
    ssc_ict = SamenwerkingsterreinFactory(samenwerkingsverband=ssc, naam="ICT SSC")
    o = {
        "stuurgroep": orgaan_create(
            naam="Stuurgroep DSZ",
            slug="sg-dsz",
            soort=Orgaan.Soort.STUURGROEP,
            samenwerkingsverband=dsz,
        ),
        "ssc": orgaan_create(
            naam="Bestuur SSC",
            slug="b-ssc",
            soort=Orgaan.Soort.STUURGROEP,
            samenwerkingsverband=ssc,
        ),
        "raad": orgaan_create(
            naam="Raad Dalfsen", slug="raad", soort=Orgaan.Soort.RAAD, organisatie=dalfsen
        ),
        "college": orgaan_create(
            naam="College Dalfsen", slug="college", soort=Orgaan.Soort.COLLEGE, organisatie=dalfsen
        ),
    }

    def besluit(organen, datum, onderwerp, terrein=None):
        vergadering = vergadering_create(organen=organen, datum=datum)
        return besluit_create(
            vergadering=vergadering,
            onderwerp=onderwerp,
            uitkomst="akkoord",
            tekst="x",
            terrein=terrein,
        )

    besluit([o["stuurgroep"]], D(2012, 3, 1), "Start verkenning")  # DSZ body, no domain
    besluit([o["stuurgroep"]], D(2012, 6, 1), "Opdracht BC ICT", ict)
    besluit([o["raad"]], D(2012, 6, 25), "Raad stemt in met BC ICT", ict)  # DSZ via its domain
    besluit([o["raad"]], D(2012, 7, 1), "Begroting")  # council, no alliance
    besluit([o["ssc"]], D(2012, 6, 1), "SSC opgericht")
    besluit([o["ssc"], o["stuurgroep"]], D(2012, 9, 1), "Gezamenlijk overleg")  # both alliances
    besluit([o["ssc"]], D(2012, 10, 1), "ICT SSC", ssc_ict)
    return o, dsz, ssc, ict


def _onderwerpen(qs):
    return [b.onderwerp for b in qs]


def test_besluiten_in_periode_vanaf_exclusive_peildatum_inclusive(bestuur):
    assert _onderwerpen(besluiten_in_periode(vanaf=D(2012, 6, 1), peildatum=D(2012, 9, 1))) == [
        "Raad stemt in met BC ICT",
        "Begroting",
        "Gezamenlijk overleg",
    ]


def test_besluiten_in_periode_without_vanaf_from_the_beginning(bestuur):
    assert _onderwerpen(besluiten_in_periode(peildatum=D(2012, 3, 1))) == ["Start verkenning"]
    assert besluiten_in_periode(peildatum=D(2012, 2, 29)).count() == 0


def test_besluiten_in_periode_of_one_alliance(bestuur):
    _, dsz, ssc, _ = bestuur
    assert _onderwerpen(
        besluiten_in_periode(peildatum=D(2012, 12, 31), samenwerkingsverband=dsz)
    ) == [
        "Start verkenning",
        "Opdracht BC ICT",
        "Raad stemt in met BC ICT",
        "Gezamenlijk overleg",
    ]
    assert _onderwerpen(
        besluiten_in_periode(
            vanaf=D(2012, 6, 1), peildatum=D(2012, 12, 31), samenwerkingsverband=ssc
        )
    ) == ["Gezamenlijk overleg", "ICT SSC"]


def test_besluit_of_a_meeting_of_two_bodies_of_one_alliance_is_listed_once(bestuur):
    o, dsz, _, ict = bestuur
    tweede = orgaan_create(
        naam="Burgemeesters DSZ",
        slug="bo",
        soort=Orgaan.Soort.BURGEMEESTERSOVERLEG,
        samenwerkingsverband=dsz,
    )
    vergadering = vergadering_create(organen=[o["stuurgroep"], tweede], datum=D(2012, 11, 1))
    besluit_create(
        vergadering=vergadering, onderwerp="Samen", uitkomst="akkoord", tekst="x", terrein=ict
    )
    assert _onderwerpen(
        besluiten_in_periode(
            vanaf=D(2012, 10, 1), peildatum=D(2012, 12, 31), samenwerkingsverband=dsz
        )
    ) == ["Samen"]


def test_besluiten_in_periode_of_one_domain(bestuur):
    *_, ict = bestuur
    assert _onderwerpen(besluiten_in_periode(peildatum=D(2012, 12, 31), terrein=ict)) == [
        "Opdracht BC ICT",
        "Raad stemt in met BC ICT",
    ]


def test_vergaderingen_in_periode(bestuur):
    assert [
        v.datum for v in vergaderingen_in_periode(vanaf=D(2012, 6, 1), peildatum=D(2012, 7, 1))
    ] == [
        D(2012, 6, 25),
        D(2012, 7, 1),
    ]


def test_moties_op(bestuur):
    o, *_ = bestuur
    motie_create(orgaan=o["raad"], datum=D(2012, 6, 25), titel="Informeer ons", verzoek="x")
    assert moties_op(peildatum=D(2012, 6, 24)).count() == 0
    assert [m.titel for m in moties_op(peildatum=D(2012, 6, 25))] == ["Informeer ons"]


# --- toezeggingen -------------------------------------------------------------------------------


@pytest.fixture
def toezeggingen(bestuur):
    o, _, _, ict = bestuur

    def maak(omschrijving, gedaan_op, vervaldatum, nagekomen_op=None, terrein=None):
        t = toezegging_create(
            orgaan=o["college"],
            aan=o["raad"],
            omschrijving=omschrijving,
            gedaan_op=gedaan_op,
            vervaldatum=vervaldatum,
            terrein=terrein,
        )
        if nagekomen_op:
            toezegging_fulfil(toezegging=t, nagekomen_op=nagekomen_op)
        return t

    maak("Op tijd", D(2012, 3, 1), D(2012, 9, 30), nagekomen_op=D(2012, 9, 24), terrein=ict)
    maak("Te laat nagekomen", D(2012, 3, 1), D(2012, 6, 30), nagekomen_op=D(2012, 8, 1))
    maak("Nooit nagekomen", D(2012, 3, 1), D(2012, 7, 31), terrein=ict)
    maak("Later gedaan", D(2012, 10, 1), D(2012, 12, 31))


def _stand(peildatum, **kwargs):
    return {s.toezegging.omschrijving: s for s in toezeggingen_op(peildatum=peildatum, **kwargs)}


def test_toezeggingen_op_in_july(toezeggingen):
    stand = _stand(D(2012, 7, 15))
    assert {k: s.status for k, s in stand.items()} == {
        "Op tijd": Status.OPEN,
        "Te laat nagekomen": Status.TE_LAAT,
        "Nooit nagekomen": Status.OPEN,
    }
    assert not any(s.te_laat_nagekomen for s in stand.values())


def test_toezeggingen_op_in_october(toezeggingen):
    stand = _stand(D(2012, 10, 1))
    assert {k: s.status for k, s in stand.items()} == {
        "Op tijd": Status.NAGEKOMEN,
        "Te laat nagekomen": Status.NAGEKOMEN,
        "Nooit nagekomen": Status.TE_LAAT,
        "Later gedaan": Status.OPEN,
    }
    assert stand["Te laat nagekomen"].te_laat_nagekomen
    assert not stand["Op tijd"].te_laat_nagekomen


def test_toezeggingen_op_are_ordered_by_due_date(toezeggingen):
    assert [s.toezegging.omschrijving for s in toezeggingen_op(peildatum=D(2012, 12, 31))] == [
        "Te laat nagekomen",
        "Nooit nagekomen",
        "Op tijd",
        "Later gedaan",
    ]


def test_toezeggingen_op_filtered_by_status_and_domain(toezeggingen, bestuur):
    *_, ict = bestuur
    assert list(_stand(D(2012, 10, 1), statussen={Status.TE_LAAT})) == ["Nooit nagekomen"]
    assert set(_stand(D(2012, 10, 1), statussen={Status.OPEN, Status.NAGEKOMEN})) == {
        "Op tijd",
        "Te laat nagekomen",
        "Later gedaan",
    }
    assert set(_stand(D(2012, 7, 15), terrein=ict)) == {"Op tijd", "Nooit nagekomen"}


def test_toezeggingen_op_before_any_was_made(toezeggingen):
    assert toezeggingen_op(peildatum=D(2012, 2, 29)) == []
