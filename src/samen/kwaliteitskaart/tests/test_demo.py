"""The DSZ demo of the kwaliteitskaart: plausible, marked as made up, idempotent, and what it
shows follows from its data (worked out by hand below)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from django.contrib.auth import get_user_model

from samen.kwaliteitskaart.demo import AFWEZIGHEDEN, MEDEWERKERS, TAKEN, load_kwaliteitskaart_demo
from samen.kwaliteitskaart.models import (
    Afwezigheid,
    KritiekeTaak,
    Medewerker,
    OngedekteTaakdag,
    Vervangingsplan,
)

pytestmark = pytest.mark.django_db


def test_demo_is_marked_idempotent_and_in_summer_2012(kk_demo):
    assert load_kwaliteitskaart_demo() is False  # the second time changes nothing
    medewerkers = Medewerker.objects.all()
    assert medewerkers.count() == len(MEDEWERKERS) == 32
    assert all(m.fictief and m.weergavenaam.endswith("(fictief)") for m in medewerkers)
    assert {m.organisatie.slug for m in medewerkers} == {"dalfsen", "staphorst", "zwartewaterland"}
    assert KritiekeTaak.objects.count() == sum(len(t) for t in TAKEN.values()) == 30
    afwezig = Afwezigheid.objects.all()
    assert afwezig.count() == len(AFWEZIGHEDEN)
    assert all(
        dt.date(2012, 7, 1) <= a.eerste_dag <= a.laatste_dag <= dt.date(2012, 8, 31)
        for a in afwezig
    )
    assert {a.soort for a in afwezig} == {"verlof", "ziek", "overig"}


def test_demo_plan_leaves_uncovered_exactly_what_the_data_says(kk_demo):
    # 2 July - 24 August 2012: 8 weeks without holidays = 40 working days; 30 tasks -> 1200.
    # Nobody in DSZ holds gegevensbeheer at level 4: Zwartewaterland's StUF task, every day.
    # On 9-11 July Ruud Bakker (verlof) and Erik Smit (ziek), the only two at level 3 in
    # informatiebeveiliging, are both away: the three security tasks, three days.
    plan = Vervangingsplan.objects.get()
    assert (plan.van, plan.tot, plan.aantal_taakdagen) == (
        dt.date(2012, 7, 2),
        dt.date(2012, 8, 24),
        1200,
    )
    ongedekt = Counter(
        (o.taak.organisatie.slug, o.taak.naam, o.reden)
        for o in OngedekteTaakdag.objects.filter(plan=plan)
    )
    assert ongedekt == {
        ("zwartewaterland", "StUF-koppelingen basisregistraties beheren", "niemand_bevoegd"): 40,
        ("dalfsen", "Beveiligingsincidenten afhandelen", "allen_afwezig"): 3,
        ("staphorst", "Beveiligingsincidenten afhandelen", "allen_afwezig"): 3,
        ("zwartewaterland", "Beveiligingsincidenten afhandelen", "allen_afwezig"): 3,
    }
    assert {o.datum for o in OngedekteTaakdag.objects.filter(reden="allen_afwezig")} == {
        dt.date(2012, 7, 9), dt.date(2012, 7, 10), dt.date(2012, 7, 11)
    }  # fmt: skip
    assert plan.aantal_gedekt == 1200 - 49


def test_demo_pages_as_seen_by_own_staff_and_by_a_partner_lezer(client, kk_demo):
    users = get_user_model().objects
    client.force_login(users.get(username="dalfsen-beheerder"))
    kaart = client.get("/kwaliteitskaart/?verband=dsz").content.decode()
    assert 'data-soort="niemand"' in kaart and "StUF-koppelingen basisregistraties beheren" in kaart
    assert 'data-soort="niemand_in_organisatie"' in kaart  # Staphorst's security: partners only
    assert "Carla de Wit (fictief)" in kaart  # Dalfsen's own develop candidate for WOZ
    plan = Vervangingsplan.objects.get()
    dag = client.get(f"/kwaliteitskaart/vervanging/{plan.pk}/?dag=2012-07-02").content.decode()
    # Ruud Bakker is on leave: Erik Smit (Zwartewaterland) handles Dalfsen's security incidents.
    assert "Erik Smit (fictief)" in dag

    client.force_login(users.get(username="staphorst-lezer"))
    for url in ("/kwaliteitskaart/?verband=dsz", "/kwaliteitskaart/medewerkers/?verband=dsz",
                f"/kwaliteitskaart/vervanging/{plan.pk}/?dag=2012-07-02",
                "/kwaliteitskaart/afwezigheden/?verband=dsz&peildatum=2012-07-01"):  # fmt: skip
        html = client.get(url).content.decode()
        for naam in ("Ruud Bakker", "Erik Smit", "Carla de Wit", "Bas Timmerman"):
            assert naam not in html, (url, naam)
    eigen = client.get(
        "/kwaliteitskaart/afwezigheden/?verband=dsz&peildatum=2012-07-01"
    ).content.decode()
    assert "Petra Stam (fictief)" in eigen and 'data-soort="verlof"' in eigen
    assert 'data-soort="ziek"' not in eigen  # Erik's illness is Zwartewaterland's business
