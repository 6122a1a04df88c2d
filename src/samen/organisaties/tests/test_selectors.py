"""Reads on organisations and memberships on a peildatum, on a small hand-built register."""

from __future__ import annotations

import datetime as dt

import pytest

from samen.factories import (
    InwonertalFactory,
    OrganisatieFactory,
    PersoonFactory,
    SamenwerkingsverbandFactory,
)
from samen.organisaties.models import Lidmaatschap
from samen.organisaties.selectors import (
    inwonertal_op,
    lidmaatschap_history,
    lidmaatschappen_op,
    organisaties_met_status,
    personen_op,
    verbanden_met_leden_op,
)
from samen.organisaties.services import lidmaatschap_change_status, lidmaatschap_create

pytestmark = pytest.mark.django_db

D = dt.date
S = Lidmaatschap.Status


@pytest.fixture
def register():
    """DSZ from 2011; Zwolle and Kampen found the SSC, which Dalfsen follows and later joins."""
    o = {
        naam: OrganisatieFactory(naam=naam, slug=naam.lower())
        for naam in ("Dalfsen", "Staphorst", "Zwartewaterland", "Zwolle", "Kampen")
    }
    dsz = SamenwerkingsverbandFactory(naam="DSZ", slug="dsz")
    ssc = SamenwerkingsverbandFactory(naam="SSC", slug="ssc")
    for naam in ("Dalfsen", "Staphorst", "Zwartewaterland"):
        lidmaatschap_create(
            organisatie=o[naam], samenwerkingsverband=dsz, status=S.LID, begindatum=D(2011, 1, 1)
        )
    for naam in ("Zwolle", "Kampen"):
        lidmaatschap_create(
            organisatie=o[naam], samenwerkingsverband=ssc, status=S.LID, begindatum=D(2012, 1, 1)
        )
    lidmaatschap_create(
        organisatie=o["Dalfsen"], samenwerkingsverband=ssc, status=S.VOLGT, begindatum=D(2012, 3, 1)
    )
    lidmaatschap_change_status(
        organisatie=o["Dalfsen"], samenwerkingsverband=ssc, status=S.LID, datum=D(2013, 1, 1)
    )
    # Staphorst was invited for one year only.
    lidmaatschap_create(
        organisatie=o["Staphorst"],
        samenwerkingsverband=ssc,
        status=S.UITGENODIGD,
        begindatum=D(2012, 3, 1),
        einddatum=D(2012, 9, 1),
    )
    return o, dsz, ssc


def _rijen(qs):
    return [(lm.samenwerkingsverband.naam, lm.organisatie.naam, lm.status) for lm in qs]


def test_lidmaatschappen_op_before_anything(register):
    assert list(lidmaatschappen_op(peildatum=D(2010, 12, 31))) == []


def test_lidmaatschappen_op_per_date(register):
    assert _rijen(lidmaatschappen_op(peildatum=D(2012, 1, 1))) == [
        ("DSZ", "Dalfsen", S.LID),
        ("DSZ", "Staphorst", S.LID),
        ("DSZ", "Zwartewaterland", S.LID),
        ("SSC", "Kampen", S.LID),
        ("SSC", "Zwolle", S.LID),
    ]
    op_1_maart = _rijen(lidmaatschappen_op(peildatum=D(2012, 3, 1)))
    assert ("SSC", "Dalfsen", S.VOLGT) in op_1_maart
    assert ("SSC", "Staphorst", S.UITGENODIGD) in op_1_maart
    assert len(op_1_maart) == 7


def test_lidmaatschappen_op_einddatum_is_the_first_day_it_no_longer_holds(register):
    _, _, ssc = register
    op_31_aug = _rijen(lidmaatschappen_op(peildatum=D(2012, 8, 31), samenwerkingsverband=ssc))
    op_1_sep = _rijen(lidmaatschappen_op(peildatum=D(2012, 9, 1), samenwerkingsverband=ssc))
    assert ("SSC", "Staphorst", S.UITGENODIGD) in op_31_aug
    assert all(org != "Staphorst" for _, org, _ in op_1_sep)


def test_lidmaatschappen_op_after_a_status_change(register):
    o, _, ssc = register
    dalfsen = o["Dalfsen"]
    voor = lidmaatschappen_op(
        peildatum=D(2012, 12, 31), samenwerkingsverband=ssc, organisatie=dalfsen
    )
    na = lidmaatschappen_op(peildatum=D(2013, 1, 1), samenwerkingsverband=ssc, organisatie=dalfsen)
    assert [lm.status for lm in voor] == [S.VOLGT]
    assert [lm.status for lm in na] == [S.LID]


def test_lidmaatschappen_op_filters_on_organisation(register):
    o, _, _ = register
    rijen = _rijen(lidmaatschappen_op(peildatum=D(2013, 6, 1), organisatie=o["Dalfsen"]))
    assert rijen == [("DSZ", "Dalfsen", S.LID), ("SSC", "Dalfsen", S.LID)]


def test_lidmaatschap_history_keeps_every_period(register):
    o, _, _ = register
    rijen = [
        (lm.samenwerkingsverband.naam, lm.status, lm.begindatum, lm.einddatum)
        for lm in lidmaatschap_history(organisatie=o["Dalfsen"])
    ]
    assert rijen == [
        ("DSZ", S.LID, D(2011, 1, 1), None),
        ("SSC", S.VOLGT, D(2012, 3, 1), D(2013, 1, 1)),
        ("SSC", S.LID, D(2013, 1, 1), None),
    ]


def test_verbanden_met_leden_op(register, django_assert_num_queries):
    with django_assert_num_queries(2):
        verbanden = {v.naam: v for v in verbanden_met_leden_op(peildatum=D(2012, 6, 1))}
        ssc = [(lm.status, lm.organisatie.naam) for lm in verbanden["SSC"].leden_op]
        dsz = [lm.organisatie.naam for lm in verbanden["DSZ"].leden_op]
    assert ssc == [
        (S.LID, "Kampen"),
        (S.LID, "Zwolle"),
        (S.UITGENODIGD, "Staphorst"),
        (S.VOLGT, "Dalfsen"),
    ]
    assert dsz == ["Dalfsen", "Staphorst", "Zwartewaterland"]


def test_organisaties_met_status(register):
    o, _, ssc = register
    leden_2012 = organisaties_met_status(
        samenwerkingsverband=ssc, peildatum=D(2012, 6, 1), statussen=[S.LID]
    )
    leden_2013 = organisaties_met_status(
        samenwerkingsverband=ssc, peildatum=D(2013, 6, 1), statussen=[S.LID]
    )
    geinteresseerd = organisaties_met_status(
        samenwerkingsverband=ssc, peildatum=D(2012, 6, 1), statussen=[S.VOLGT, S.UITGENODIGD]
    )
    assert set(leden_2012) == {o["Zwolle"], o["Kampen"]}
    assert set(leden_2013) == {o["Zwolle"], o["Kampen"], o["Dalfsen"]}
    assert set(geinteresseerd) == {o["Dalfsen"], o["Staphorst"]}


def test_inwonertal_op_falls_back_to_the_latest_earlier_year():
    org = OrganisatieFactory()
    InwonertalFactory(organisatie=org, jaar=2010, aantal=26_000)
    InwonertalFactory(organisatie=org, jaar=2012, aantal=27_500)
    assert inwonertal_op(organisatie=org, jaar=2009) is None
    assert inwonertal_op(organisatie=org, jaar=2010) == 26_000
    assert inwonertal_op(organisatie=org, jaar=2011) == 26_000
    assert inwonertal_op(organisatie=org, jaar=2012) == 27_500
    assert inwonertal_op(organisatie=org, jaar=2020) == 27_500


def test_inwonertal_op_is_per_organisation():
    org = OrganisatieFactory()
    InwonertalFactory(jaar=2012, aantal=99_000)  # another organisation
    assert inwonertal_op(organisatie=org, jaar=2012) is None


def test_personen_op():
    org = OrganisatieFactory()
    oud = PersoonFactory(organisatie=org, begindatum=D(2008, 1, 1), einddatum=D(2012, 7, 1))
    nieuw = PersoonFactory(organisatie=org, begindatum=D(2012, 7, 1))
    PersoonFactory(begindatum=D(2008, 1, 1))  # elsewhere
    assert list(personen_op(organisatie=org, peildatum=D(2012, 6, 30))) == [oud]
    assert list(personen_op(organisatie=org, peildatum=D(2012, 7, 1))) == [nieuw]
