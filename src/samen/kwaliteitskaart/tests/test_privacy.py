"""The privacy rule in authz and in the selectors, and the access log.

Dalfsen and Staphorst are partners in DSZ; Zwolle is not. Anna works at Dalfsen (ziek 9-11 July
2012), Bert at Staphorst (verlof 16-20 July), Zara at Zwolle.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied

from samen.accounts.authz import (
    Actie,
    PersoneelZicht,
    afwezigheidssoort_zichtbaar,
    may,
    personeel_zicht,
    vervanger_naam_zichtbaar,
)
from samen.factories import UserFactory
from samen.kwaliteitskaart import selectors, services
from samen.kwaliteitskaart.models import Afwezigheid, Toegangslog

pytestmark = pytest.mark.django_db
PEILDATUM = dt.date(2012, 7, 10)
V, F, G = PersoneelZicht.VOLLEDIG, PersoneelZicht.FUNCTIE, PersoneelZicht.GEEN


@pytest.mark.parametrize(
    ("gebruiker", "dalfsen", "staphorst", "zwolle"),
    [
        ("dalfsen-lezer", V, G, G),  # own people in full; a lezer sees nothing of others
        ("dalfsen-redacteur", V, F, G),
        ("dalfsen-beheerder", V, F, G),
        ("dalfsen-personeelsfunctionaris", V, F, G),
        ("staphorst-beheerder", F, V, G),
        ("zwolle-beheerder", G, G, V),  # not a member of DSZ: no partner
        ("zwolle-lezer", G, G, V),
    ],
)
def test_who_sees_how_much_of_whom(wereld, gebruiker, dalfsen, staphorst, zwolle):
    user = wereld.gebruiker(gebruiker)
    assert personeel_zicht(user, wereld.org["dalfsen"]) == dalfsen
    assert personeel_zicht(user, wereld.org["staphorst"]) == staphorst
    assert personeel_zicht(user, wereld.org["zwolle"].pk) == zwolle
    assert afwezigheidssoort_zichtbaar(user, wereld.org["dalfsen"]) == (dalfsen == V)


def test_nobody_without_a_role_and_superusers_see_all(wereld):
    assert personeel_zicht(AnonymousUser(), wereld.org["dalfsen"]) == G
    assert personeel_zicht(UserFactory(), wereld.org["dalfsen"]) == G
    inactive = wereld.gebruiker("dalfsen-beheerder")
    inactive.is_active = False
    assert personeel_zicht(inactive, wereld.org["dalfsen"]) == G
    assert personeel_zicht(UserFactory(is_superuser=True), wereld.org["zwolle"]) == V


def test_personeel_bewerken_is_for_personeelsfunctionaris_and_beheerder_of_the_own_organisation(
    wereld,
):
    anna = wereld.mw["anna"]
    mag = {
        naam: may(wereld.gebruiker(naam), Actie.PERSONEEL_BEWERKEN, anna) for naam in wereld.user
    }
    assert {k for k, v in mag.items() if v} == {
        "dalfsen-beheerder",
        "dalfsen-personeelsfunctionaris",
    }
    assert may(wereld.gebruiker("dalfsen-lezer"), Actie.PERSONEEL_LEZEN, anna)
    assert not may(wereld.gebruiker("staphorst-beheerder"), Actie.PERSONEEL_LEZEN, anna)
    assert may(wereld.gebruiker("zwolle-personeelsfunctionaris"), Actie.PERSONEEL_BEWERKEN)
    assert not may(wereld.gebruiker("zwolle-lezer"), Actie.PERSONEEL_BEWERKEN)
    assert may(wereld.gebruiker("dalfsen-beheerder"), Actie.PERSONEEL_BEWERKEN, wereld.afw["anna"])


def test_the_existing_rules_for_lezen_and_bewerken_are_unchanged(wereld):
    pf = wereld.gebruiker("dalfsen-personeelsfunctionaris")
    assert may(pf, Actie.LEZEN)
    assert not may(pf, Actie.BEWERKEN, wereld.verband)  # not a writing role for the register
    assert not may(pf, Actie.BEHEREN)
    assert may(wereld.gebruiker("dalfsen-redacteur"), Actie.BEWERKEN, wereld.verband)


def test_a_partner_sees_the_name_of_who_stands_in_for_their_own_task(wereld):
    bert_org, anna_org = wereld.org["staphorst"], wereld.org["dalfsen"]
    # Bert (Staphorst) does a Dalfsen task: Dalfsen's non-lezers see his name, its lezer does not.
    assert vervanger_naam_zichtbaar(
        wereld.gebruiker("dalfsen-redacteur"),
        vervanger_organisatie=bert_org,
        taak_organisatie=anna_org,
    )
    assert not vervanger_naam_zichtbaar(
        wereld.gebruiker("dalfsen-lezer"), vervanger_organisatie=bert_org, taak_organisatie=anna_org
    )
    # A Staphorst task done by Bert: Dalfsen does not need his name.
    assert not vervanger_naam_zichtbaar(
        wereld.gebruiker("dalfsen-beheerder"),
        vervanger_organisatie=bert_org,
        taak_organisatie=bert_org,
    )


def test_medewerkers_selector_returns_only_what_the_user_may_see(wereld):
    def rows(naam):
        return {
            w.medewerker.naam: w
            for w in selectors.medewerkers_zichtbaar(
                user=wereld.gebruiker(naam),
                samenwerkingsverband=wereld.verband,
                peildatum=PEILDATUM,
            )
        }

    lezer = rows("dalfsen-lezer")
    assert set(lezer) == {"Anna Aalders"}  # not Bert (partner, lezer) and not Zara (no member)
    assert lezer["Anna Aalders"].naam == "Anna Aalders"
    assert lezer["Anna Aalders"].afdeling == "ICT Dalfsen"

    beheerder = rows("dalfsen-beheerder")
    assert set(beheerder) == {"Anna Aalders", "Bert Brink"}
    bert = beheerder["Bert Brink"]
    assert bert.naam == selectors.pseudoniem(wereld.mw["bert"].pk) != "Bert Brink"
    assert bert.afdeling is None and bert.uren_per_week is None and bert.functie is None
    assert [v.specialisme.slug for v in bert.vaardigheden] == ["gis", "netwerk"]

    assert rows("zwolle-beheerder") == {}  # Zwolle is no member of DSZ


def test_medewerker_weergave_refuses_who_may_see_nothing(wereld):
    with pytest.raises(PermissionDenied):
        selectors.medewerker_weergave(
            user=wereld.gebruiker("staphorst-lezer"), pk=wereld.mw["anna"].pk
        )
    with pytest.raises(PermissionDenied):
        selectors.medewerker_weergave(
            user=wereld.gebruiker("zwolle-beheerder"), pk=wereld.mw["anna"].pk
        )
    partner = selectors.medewerker_weergave(
        user=wereld.gebruiker("staphorst-beheerder"), pk=wereld.mw["anna"].pk
    )
    assert partner.zicht == F and partner.naam.startswith("Medewerker ")


def test_absence_type_only_for_the_own_organisation(wereld):
    van, tot = dt.date(2012, 7, 1), dt.date(2012, 7, 31)

    def soorten(naam):
        return {
            a.afwezigheid.medewerker.naam: (a.medewerker, a.soort)
            for a in selectors.afwezigheden_in_periode(
                user=wereld.gebruiker(naam), samenwerkingsverband=wereld.verband, van=van, tot=tot
            )
        }

    assert soorten("dalfsen-personeelsfunctionaris")["Anna Aalders"] == ("Anna Aalders", "ziek")
    staphorst = soorten("staphorst-beheerder")
    assert staphorst["Anna Aalders"] == (selectors.pseudoniem(wereld.mw["anna"].pk), "afwezig")
    assert staphorst["Bert Brink"] == ("Bert Brink", "verlof")
    assert "Anna Aalders" not in soorten("staphorst-lezer")
    assert soorten("zwolle-beheerder") == {}


def test_the_skills_map_names_people_only_as_the_user_may_see_them(wereld):
    # Dalfsen needs Netwerk x2 (Anna only, at 3): gap; Bert (Staphorst, 2) can be deployed.
    def tekort(naam):
        kaart = selectors.kaart(
            user=wereld.gebruiker(naam), samenwerkingsverband=wereld.verband, peildatum=PEILDATUM
        )
        [(gap, _taak, _ontwikkelen, inzetten)] = [
            t for t in kaart.tekorten if t[1].naam == "Netwerk bewaken"
        ]
        return gap, inzetten, kaart

    gap, inzetten, kaart = tekort("dalfsen-beheerder")
    assert gap.shortfall == 1 and inzetten == [selectors.pseudoniem(wereld.mw["bert"].pk)]
    assert (wereld.org["staphorst"].pk, "medewerker", wereld.mw["bert"].pk) in kaart.getoond
    _, inzetten, kaart = tekort("dalfsen-lezer")
    assert inzetten == ["een medewerker van Staphorst"]
    assert all(org != wereld.org["staphorst"].pk for org, _, _ in kaart.getoond)
    _, inzetten, _ = tekort("staphorst-beheerder")
    assert inzetten == ["Bert Brink"]


def test_plan_rows_show_names_per_the_rule(wereld):
    # Anna is ill on 9-11 July: Bert (Staphorst, Netwerk 2) stands in for Dalfsen's task.
    plan = services.vervangingsplan_create(
        samenwerkingsverband=wereld.verband, van=dt.date(2012, 7, 9), tot=dt.date(2012, 7, 9)
    )

    def wie(naam):
        regels, getoond = selectors.plan_regels(user=wereld.gebruiker(naam), plan=plan)
        return {r.taak: r.vervanger for r in regels}, getoond

    dalfsen, getoond = wie("dalfsen-redacteur")
    assert dalfsen["Netwerk bewaken"] == "Bert Brink"  # stands in for Dalfsen's own task
    assert dalfsen["Kaartlagen publiceren"] == selectors.pseudoniem(wereld.mw["bert"].pk)
    assert wereld.org["staphorst"].pk in getoond
    lezer, _ = wie("dalfsen-lezer")
    assert lezer["Netwerk bewaken"] == "een medewerker van Staphorst"
    zwolle, getoond = wie("zwolle-beheerder")
    assert set(zwolle.values()) == {"een medewerker van Staphorst"} and getoond == set()


def test_every_write_on_personal_data_is_logged_and_the_log_is_append_only(wereld):
    voor = Toegangslog.objects.count()
    user = wereld.gebruiker("dalfsen-personeelsfunctionaris")
    afw = services.afwezigheid_create(
        medewerker=wereld.mw["anna"], soort="verlof", eerste_dag=dt.date(2012, 8, 1),
        laatste_dag=dt.date(2012, 8, 3), door=user,
    )  # fmt: skip
    services.medewerker_update(
        medewerker=wereld.mw["anna"], afdeling="Informatievoorziening", door=user
    )
    services.afwezigheid_delete(afwezigheid=afw, door=user)
    nieuw = list(Toegangslog.objects.order_by("id"))[voor:]
    assert [(r.objecttype, r.actie) for r in nieuw] == [
        ("afwezigheid", "aanmaken"),
        ("medewerker", "wijzigen"),
        ("afwezigheid", "verwijderen"),
    ]
    assert {r.gebruikersnaam for r in nieuw} == {"dalfsen-personeelsfunctionaris"}
    assert {r.organisatie_id for r in nieuw} == {wereld.org["dalfsen"].pk}
    assert all("verlof" not in r.omschrijving for r in nieuw)  # the log holds no absence type
    regel = nieuw[0]
    with pytest.raises(PermissionError):
        regel.save()
    with pytest.raises(PermissionError):
        regel.delete()
    with pytest.raises(PermissionError):
        Toegangslog.objects.all().delete()
    with pytest.raises(PermissionError):
        Toegangslog.objects.update(actie="inzien")


def test_an_absence_stores_type_and_period_only(wereld):
    velden = {f.name for f in Afwezigheid._meta.get_fields()}
    assert velden == {
        "id",
        "medewerker",
        "soort",
        "eerste_dag",
        "laatste_dag",
        "geregistreerd_op",
        "gewijzigd_op",
    }
