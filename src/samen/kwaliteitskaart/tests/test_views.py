"""The pages: the privacy rule enforced in the views, forms that store nothing on bad input, the
plan computed in the request only when small, exports, and the access log."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from samen.kwaliteitskaart import selectors
from samen.kwaliteitskaart.models import Afwezigheid, Medewerker, Toegangslog, Vervangingsplan

pytestmark = pytest.mark.django_db


def login(client, wereld, naam):
    client.force_login(wereld.user[naam])


@pytest.mark.parametrize(
    "url", ["/kwaliteitskaart/", "/kwaliteitskaart/medewerkers/", "/kwaliteitskaart/vervanging/"]
)
def test_pages_require_login(client, wereld, url):
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/account/inloggen/")


def test_employee_page_in_full_for_the_own_organisation(client, wereld):
    login(client, wereld, "dalfsen-lezer")
    html = client.get(f"/kwaliteitskaart/medewerkers/{wereld.mw['anna'].pk}/").content.decode()
    assert "Anna Aalders" in html and "ICT Dalfsen" in html
    assert 'data-soort="ziek"' in html
    assert "Afwezigheid registreren" not in html  # a lezer does not edit
    log = Toegangslog.objects.get(
        objecttype="medewerker", actie="inzien", gebruikersnaam="dalfsen-lezer"
    )
    assert log.object_id == str(wereld.mw["anna"].pk) and log.organisatie == wereld.org["dalfsen"]


def test_employee_page_for_a_partner_shows_a_pseudonym_and_no_absence_type(client, wereld):
    login(client, wereld, "staphorst-beheerder")
    html = client.get(f"/kwaliteitskaart/medewerkers/{wereld.mw['anna'].pk}/").content.decode()
    assert "Anna Aalders" not in html and "ICT Dalfsen" not in html
    assert selectors.pseudoniem(wereld.mw["anna"].pk) in html
    assert 'data-soort="afwezig"' in html and "ziek" not in html
    assert "Netwerkbeheer" in html  # the skills, for substitution


@pytest.mark.parametrize("naam", ["staphorst-lezer", "zwolle-beheerder"])
def test_employee_page_is_refused_to_who_may_see_nothing(client, wereld, naam):
    login(client, wereld, naam)
    response = client.get(f"/kwaliteitskaart/medewerkers/{wereld.mw['anna'].pk}/")
    assert response.status_code == 403
    assert "Anna Aalders" not in response.content.decode()
    assert not Toegangslog.objects.filter(gebruikersnaam=naam, actie="inzien").exists()


def test_employee_list_of_a_lezer_holds_no_partner_people(client, wereld):
    login(client, wereld, "staphorst-lezer")
    html = client.get("/kwaliteitskaart/medewerkers/?verband=dsz").content.decode()
    assert "Bert Brink" in html
    assert "Anna Aalders" not in html and selectors.pseudoniem(wereld.mw["anna"].pk) not in html
    assert "Van Dalfsen ziet u geen medewerkers" in html
    logged = set(
        Toegangslog.objects.filter(gebruikersnaam="staphorst-lezer").values_list(
            "object_id", flat=True
        )
    )
    assert logged == {str(wereld.mw["bert"].pk)}


def test_personeelsfunctionaris_registers_an_absence_and_it_is_logged(client, wereld):
    login(client, wereld, "dalfsen-personeelsfunctionaris")
    url = f"/kwaliteitskaart/medewerkers/{wereld.mw['anna'].pk}/afwezigheid/"
    response = client.post(
        url, {"soort": "verlof", "eerste_dag": "2012-08-06", "laatste_dag": "2012-08-17"}
    )
    assert response.status_code == 302
    afw = Afwezigheid.objects.get(medewerker=wereld.mw["anna"], eerste_dag=dt.date(2012, 8, 6))
    assert afw.soort == "verlof" and afw.laatste_dag == dt.date(2012, 8, 17)
    assert Toegangslog.objects.filter(
        objecttype="afwezigheid", object_id=str(afw.pk), actie="aanmaken",
        gebruikersnaam="dalfsen-personeelsfunctionaris",
    ).exists()  # fmt: skip


@pytest.mark.parametrize(
    "naam", ["dalfsen-redacteur", "dalfsen-lezer", "staphorst-personeelsfunctionaris"]
)
def test_others_cannot_register_an_absence(client, wereld, naam):
    login(client, wereld, naam)
    url = f"/kwaliteitskaart/medewerkers/{wereld.mw['anna'].pk}/afwezigheid/"
    voor = Afwezigheid.objects.count()
    assert client.get(url).status_code == 403
    assert (
        client.post(
            url, {"soort": "verlof", "eerste_dag": "2012-08-06", "laatste_dag": "2012-08-17"}
        ).status_code
        == 403
    )
    assert Afwezigheid.objects.count() == voor


def test_bad_absence_gets_a_dutch_message_and_stores_nothing(client, wereld):
    login(client, wereld, "dalfsen-beheerder")
    url = f"/kwaliteitskaart/medewerkers/{wereld.mw['anna'].pk}/afwezigheid/"
    voor = Afwezigheid.objects.count()
    html = client.post(
        url, {"soort": "ziek", "eerste_dag": "2012-07-10", "laatste_dag": "2012-07-12"}
    ).content.decode()
    assert "is in die periode al afwezig: van 9 juli 2012 tot en met 11 juli 2012" in html
    html = client.post(
        url, {"soort": "ziek", "eerste_dag": "2012-08-10", "laatste_dag": "2012-08-01"}
    ).content.decode()
    assert "De laatste dag mag niet vóór de eerste dag liggen." in html
    html = client.post(
        url, {"soort": "griep", "eerste_dag": "2012-08-01", "laatste_dag": "2012-08-01"}
    ).content.decode()
    assert "Selecteer een geldige keuze" in html
    assert Afwezigheid.objects.count() == voor


def test_employee_is_registered_only_for_an_organisation_the_user_keeps(client, wereld):
    login(client, wereld, "dalfsen-beheerder")
    data = {
        "personeelsnummer": "D77", "naam": "Nieuwe Collega", "afdeling": "ICT", "uren_per_week": "32",
        "begindatum": "2012-09-01",
    }  # fmt: skip
    response = client.post(
        "/kwaliteitskaart/medewerkers/nieuw/", {**data, "organisatie": wereld.org["staphorst"].pk}
    )
    assert (
        response.status_code == 200
        and not Medewerker.objects.filter(personeelsnummer="D77").exists()
    )
    response = client.post(
        "/kwaliteitskaart/medewerkers/nieuw/", {**data, "organisatie": wereld.org["dalfsen"].pk}
    )
    nieuw = Medewerker.objects.get(personeelsnummer="D77")
    assert response.status_code == 302 and nieuw.organisatie == wereld.org["dalfsen"]
    login(client, wereld, "dalfsen-redacteur")
    assert client.get("/kwaliteitskaart/medewerkers/nieuw/").status_code == 403


def test_plan_is_computed_in_the_request_and_shown_as_calendar(client, wereld):
    login(client, wereld, "dalfsen-redacteur")
    response = client.post(
        "/kwaliteitskaart/vervanging/?verband=dsz", {"van": "2012-07-09", "tot": "2012-07-20"}
    )
    plan = Vervangingsplan.objects.get()
    assert (
        response.status_code == 302
        and response["Location"] == f"/kwaliteitskaart/vervanging/{plan.pk}/"
    )
    # 10 working days x 2 tasks; Bert is on leave 16-20 July: nobody else can do GIS at 3.
    assert (plan.aantal_taakdagen, plan.aantal_gedekt) == (20, 15)
    html = client.get(f"/kwaliteitskaart/vervanging/{plan.pk}/?dag=2012-07-09").content.decode()
    assert "juli 2012" in html and 'data-datum="2012-07-16"' in html
    assert "Bert Brink" in html  # stands in for Dalfsen's task on 9 July: Dalfsen may know who
    assert "iedereen die het kan is afwezig" in html


def test_a_long_plan_is_refused_in_the_page_with_a_pointer_to_the_command_line(client, wereld):
    login(client, wereld, "dalfsen-beheerder")
    html = client.post(
        "/kwaliteitskaart/vervanging/?verband=dsz", {"van": "2012-01-01", "tot": "2012-12-31"}
    ).content.decode()
    assert "hoogstens 42 dagen" in html
    assert (
        "samen substitution plan --samenwerkingsverband dsz --van 2012-01-01 --tot 2012-12-31"
        in html
    )
    assert not Vervangingsplan.objects.exists()


def test_a_lezer_cannot_compute_a_plan(client, wereld):
    login(client, wereld, "dalfsen-lezer")
    response = client.post(
        "/kwaliteitskaart/vervanging/?verband=dsz", {"van": "2012-07-09", "tot": "2012-07-13"}
    )
    assert response.status_code == 403 and not Vervangingsplan.objects.exists()


def test_exports_hide_what_the_user_may_not_see_and_are_logged(client, wereld):
    from samen.kwaliteitskaart import services

    plan = services.vervangingsplan_create(
        samenwerkingsverband=wereld.verband, van=dt.date(2012, 7, 9), tot=dt.date(2012, 7, 13)
    )
    login(client, wereld, "zwolle-lezer")
    csv_text = client.get(f"/kwaliteitskaart/vervanging/{plan.pk}/plan.csv").content.decode(
        "utf-8-sig"
    )
    assert "Bert Brink" not in csv_text and "Anna Aalders" not in csv_text
    assert "een medewerker van Staphorst" in csv_text
    login(client, wereld, "dalfsen-beheerder")
    response = client.get(f"/kwaliteitskaart/vervanging/{plan.pk}/plan.xlsx")
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content))["Per dag"]
    vervangers = {row[6] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert vervangers == {"Anna Aalders", "Bert Brink", selectors.pseudoniem(wereld.mw["bert"].pk)}
    log = Toegangslog.objects.filter(actie="exporteren", gebruikersnaam="dalfsen-beheerder")
    assert {r.organisatie_id for r in log} == {wereld.org["dalfsen"].pk, wereld.org["staphorst"].pk}


def test_employee_data_and_skills_are_edited_by_the_own_organisation_only(client, wereld):
    anna = wereld.mw["anna"]
    login(client, wereld, "staphorst-beheerder")
    assert client.get(f"/kwaliteitskaart/medewerkers/{anna.pk}/bewerken/").status_code == 403
    assert (
        client.post(
            f"/kwaliteitskaart/medewerkers/{anna.pk}/specialisme/",
            {"specialisme": wereld.spec["gis"].pk, "niveau": 2},
        ).status_code
        == 403
    )
    assert not anna.vaardigheden.filter(specialisme=wereld.spec["gis"]).exists()

    login(client, wereld, "dalfsen-personeelsfunctionaris")
    data = {
        "personeelsnummer": "GENEGEERD", "naam": "Anna Aalders", "afdeling": "Informatievoorziening",
        "functie": "", "uren_per_week": "32", "begindatum": "2000-01-01",
    }  # fmt: skip
    assert client.post(f"/kwaliteitskaart/medewerkers/{anna.pk}/bewerken/", data).status_code == 302
    anna.refresh_from_db()
    assert (anna.afdeling, anna.uren_per_week, anna.personeelsnummer) == (
        "Informatievoorziening",
        32,
        "D1",
    )
    response = client.post(
        f"/kwaliteitskaart/medewerkers/{anna.pk}/specialisme/",
        {"specialisme": wereld.spec["gis"].pk, "niveau": 2},
    )
    assert response.status_code == 302
    gis = anna.vaardigheden.get(specialisme=wereld.spec["gis"])
    assert gis.niveau == 2
    assert client.post(f"/kwaliteitskaart/specialismen/{gis.pk}/verwijderen/").status_code == 302
    assert not anna.vaardigheden.filter(specialisme=wereld.spec["gis"]).exists()
    acties = list(
        Toegangslog.objects.filter(gebruikersnaam="dalfsen-personeelsfunctionaris").values_list(
            "objecttype", "actie"
        )
    )
    assert set(acties) >= {
        ("medewerker", "wijzigen"),
        ("vaardigheid", "aanmaken"),
        ("vaardigheid", "verwijderen"),
    }


def test_an_absence_is_deleted_only_by_the_own_organisation(client, wereld):
    afw = wereld.afw["anna"]
    login(client, wereld, "dalfsen-lezer")
    assert client.post(f"/kwaliteitskaart/afwezigheden/{afw.pk}/verwijderen/").status_code == 403
    login(client, wereld, "staphorst-personeelsfunctionaris")
    assert client.post(f"/kwaliteitskaart/afwezigheden/{afw.pk}/verwijderen/").status_code == 403
    assert Afwezigheid.objects.filter(pk=afw.pk).exists()
    login(client, wereld, "dalfsen-personeelsfunctionaris")
    assert client.post(f"/kwaliteitskaart/afwezigheden/{afw.pk}/verwijderen/").status_code == 302
    assert not Afwezigheid.objects.filter(pk=afw.pk).exists()


def test_a_delete_is_refused_when_the_record_changed_since_the_page_was_shown(client, wereld):
    import re

    from samen.kwaliteitskaart import services

    anna = wereld.mw["anna"]
    gis = services.vaardigheid_set(medewerker=anna, specialisme=wereld.spec["gis"], niveau=1)
    login(client, wereld, "dalfsen-personeelsfunctionaris")
    pagina = client.get(f"/kwaliteitskaart/medewerkers/{anna.pk}/").content.decode()
    actie = f"/kwaliteitskaart/specialismen/{gis.pk}/verwijderen/"
    gezien = re.search(rf'action="{actie}".*?name="versie" value="([^"]+)"', pagina).group(1)

    services.vaardigheid_set(
        medewerker=anna, specialisme=wereld.spec["gis"], niveau=3
    )  # a colleague
    response = client.post(actie, {"versie": gezien}, follow=True)
    assert anna.vaardigheden.filter(pk=gis.pk, niveau=3).exists()  # not deleted
    assert (
        "Niet verwijderd. Iemand anders heeft dit intussen gewijzigd" in response.content.decode()
    )

    pagina = client.get(f"/kwaliteitskaart/medewerkers/{anna.pk}/").content.decode()
    nieuw = re.search(rf'action="{actie}".*?name="versie" value="([^"]+)"', pagina).group(1)
    assert nieuw != gezien
    response = client.post(actie, {"versie": nieuw}, follow=True)
    assert not anna.vaardigheden.filter(pk=gis.pk).exists()
    assert "Het specialisme is verwijderd." in response.content.decode()
    # already deleted (a second tab): "bestaat niet (meer)"
    assert client.post(actie, {"versie": nieuw}).status_code == 404
