"""The ICT case of the DSZ demo, and the write services (checked, atomic, versioned)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from django.core.exceptions import ValidationError

from samen.businesscase import selectors, services
from samen.businesscase.demo import SLUG, load_ict_case
from samen.businesscase.engine.evaluate import evaluate
from samen.businesscase.engine.keys import key_shares
from samen.businesscase.models import Businesscase, Businesscaseversie
from samen.factories import SamenwerkingsterreinFactory
from samen.organisaties.selectors import inwonertal_op, organisatie_get, samenwerkingsverband_get

pytestmark = pytest.mark.django_db


@pytest.fixture
def ict(dsz_demo):
    load_ict_case()
    return Businesscase.objects.get(slug=SLUG)


def test_ict_case_is_idempotent_and_attached_to_domain_and_decision(ict):
    assert load_ict_case() is False
    assert Businesscase.objects.count() == 1
    assert (ict.terrein.slug, ict.terrein.samenwerkingsverband.slug) == ("ict", "dsz")
    assert ict.besluit.uitkomst == "afgewezen"
    assert ict.besluit.terrein == ict.terrein
    assert ict.besluit.vergadering.datum.month == 5  # medio mei 2012
    assert ict.versies.count() == 1


def test_inhabitants_come_from_the_register(ict):
    case = selectors.case_van(ict)
    for p in case.partners:
        assert p.inwoners_op(2012) == inwonertal_op(
            organisatie=organisatie_get(slug=p.sleutel), jaar=2012
        )


def test_three_year_pool_costs_dalfsen_over_200000_a_year_and_does_not_pay_back(ict):
    case = selectors.case_van(ict)
    pool = case.scenario("pool-3")
    res = evaluate(case, pool)
    dalfsen = res.reeks("dalfsen")
    # The source: "voor Dalfsen ruim EUR 200.000 per jaar (dus in totaal EUR 600.000)".
    assert 200_000_00 < dalfsen.extra_per_jaar < 215_000_00
    assert 600_000_00 <= -dalfsen.cumulatief_eind < 645_000_00
    assert dalfsen.terugverdienjaar is None
    # ... and the case shows at which horizon it would pay back: later than three years.
    assert res.totaal.kortste_looptijd is not None and 3 < res.totaal.kortste_looptijd <= 10
    assert dalfsen.kortste_looptijd is not None and dalfsen.kortste_looptijd > 3

    # Independent check of Dalfsen's three-year total, without the engine's allocation:
    # sum over the lines of (yearly amount x Dalfsen's exact share), signs by kind.
    totaal = Fraction(0)
    for regel in pool.kostenregels:
        share = key_shares(case, case.sleutel(regel.verdeelsleutel))[0]
        for jaar in (2013, 2014, 2015):
            if not regel.actief_in(jaar):
                continue
            bedrag = Fraction(regel.bedrag) * (1 + Fraction(regel.indexatie)) ** (jaar - regel.jaar)
            totaal += (1 if regel.soort == "besparing" else -1) * bedrag * share
    assert (
        abs(totaal - dalfsen.cumulatief_eind) < 30
    )  # cents: yearly rounding of indexation and split


def test_four_scenarios_and_the_decided_one_pays_back(ict):
    case = selectors.case_van(ict)
    assert [s.sleutel for s in case.scenarios] == ["pool-3", "pool-5", "praktisch", "ssc-later"]
    assert evaluate(case, case.scenario("praktisch")).totaal.terugverdienjaar is not None
    kern = selectors.kerncijfers(businesscase=ict)
    assert kern[0].terugverdienen.startswith("niet terugverdiend binnen 3 jaar; pas na")
    assert "Voor Dalfsen" in kern[0].zinnen[0] and "per jaar extra kosten" in kern[0].zinnen[0]


def test_create_refuses_a_bad_case_and_stores_nothing(dsz_demo):
    verband = samenwerkingsverband_get(slug="dsz")
    data = {
        "naam": "Fout",
        "startjaar": 2013,
        "looptijd": 0,
        "partners": [{"sleutel": "dalfsen", "naam": "Dalfsen"}],
        "verdeelsleutels": {"g": {"grondslag": "gelijk"}},
        "scenarios": [{"sleutel": "s", "naam": "S"}],
    }
    voor = (Businesscase.objects.count(), Businesscaseversie.objects.count())
    with pytest.raises(ValidationError) as info:
        services.businesscase_create(samenwerkingsverband=verband, inhoud=data)
    assert (
        "veld looptijd: De looptijd moet minstens 1 jaar zijn (nu: 0)."
        in info.value.message_dict["inhoud"][0]
    )
    assert (Businesscase.objects.count(), Businesscaseversie.objects.count()) == voor


def test_domain_of_another_alliance_is_refused(ict):
    ander = SamenwerkingsterreinFactory(samenwerkingsverband=samenwerkingsverband_get(slug="ssc"))
    with pytest.raises(ValidationError) as info:
        services.businesscase_update(businesscase=ict, terrein=ander)
    assert "hoort niet bij" in info.value.message_dict["terrein"][0]
    ict.refresh_from_db()
    assert ict.terrein.slug == "ict" and ict.versies.count() == 1


def test_update_keeps_every_version(ict):
    data = dict(ict.inhoud, looptijd=5)
    services.businesscase_update(businesscase=ict, inhoud=data, toelichting="Vijf jaar")
    ict.refresh_from_db()
    assert ict.inhoud["looptijd"] == 5
    versies = list(selectors.versies(businesscase=ict))
    assert [v.inhoud["looptijd"] for v in versies] == [5, 3]


def test_partners_from_register(dsz_demo):
    partners = selectors.partners_uit_register(
        samenwerkingsverband=samenwerkingsverband_get(slug="dsz"),
        peildatum=dt.date(2012, 9, 1),
        peiljaar=2012,
    )
    assert {p.sleutel for p in partners} == {"dalfsen", "staphorst", "zwartewaterland"}
    assert all(p.inwoners and p.inwoners[0][0] == 2012 for p in partners)
