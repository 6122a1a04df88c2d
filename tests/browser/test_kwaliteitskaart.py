"""In a real browser: the skills map, registering an absence, computing a substitution plan, and
what a lezer of a partner municipality does not see."""

from __future__ import annotations

import pytest

from samen.demo.loader import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def kk_demo(dsz_demo):  # type: ignore[no-untyped-def]
    from samen.kwaliteitskaart.demo import load_kwaliteitskaart_demo

    load_kwaliteitskaart_demo()


def inloggen(page, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto("/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/")


def test_beheerder_registreert_afwezigheid_en_berekent_een_vervangingsplan(page, kk_demo):  # type: ignore[no-untyped-def]
    from samen.kwaliteitskaart.models import Afwezigheid, Vervangingsplan

    inloggen(page, "dalfsen-beheerder")
    page.goto("/kwaliteitskaart/?verband=dsz")
    assert page.get_by_role("heading", level=1).inner_text() == "Kwaliteitskaart DSZ"
    heatmap = page.get_by_role("table", name="Aantal medewerkers per specialisme en gemeente")
    assert (
        heatmap.locator("tr[data-specialisme='informatiebeveiliging'] td")
        .nth(1)
        .get_attribute("data-aantal")
        == "1"
    )
    assert (
        "niemand op niveau 3"
        in heatmap.locator("tr[data-specialisme='informatiebeveiliging']").inner_text()
    )

    page.get_by_role("link", name="Medewerkers", exact=True).click()
    page.get_by_role("link", name="Koen Jansen (fictief)").click()
    page.get_by_role("link", name="Afwezigheid registreren").click()
    page.get_by_label("Soort").select_option("verlof")
    page.get_by_label("Eerste dag").fill("2012-09-10")
    page.get_by_label("Laatste dag (tot en met)").fill("2012-09-14")
    page.get_by_role("button", name="Opslaan").click()
    assert "De afwezigheid is geregistreerd." in page.get_by_role("status").inner_text()
    assert "verlof" in page.locator("#afwezigheden").inner_text()
    assert Afwezigheid.objects.filter(medewerker__naam="Koen Jansen", soort="verlof").count() == 1

    page.get_by_role("link", name="Vervanging", exact=True).click()
    page.get_by_label("Van (verplicht)", exact=True).fill("2012-09-10")
    page.get_by_label("Tot en met (verplicht)", exact=True).fill("2012-09-21")
    page.get_by_role("button", name="Plan berekenen").click()
    assert "Het vervangingsplan is berekend" in page.get_by_role("status").inner_text()
    assert Vervangingsplan.objects.filter(van="2012-09-10").exists()
    kalender = page.get_by_role("table", name="september 2012")
    assert kalender.locator("td[data-datum='2012-09-10']").is_visible()
    kalender.locator("td[data-datum='2012-09-12'] a").click()
    page.wait_for_url("**dag=2012-09-12**")
    dagplan = page.get_by_role("table", name="Verdeling van de kritieke taken op 12 september 2012")
    # Koen is away: Dalfsen's map mutations go to Ilse Postma, the only other one at level 2.
    rij = dagplan.locator("tr", has_text="Kaartmutaties GBKN bijhouden").first
    assert "Ilse Postma (fictief)" in rij.inner_text()


def test_lezer_van_een_partner_ziet_geen_namen_van_dalfsen(page, kk_demo):  # type: ignore[no-untyped-def]
    inloggen(page, "staphorst-lezer")
    page.goto("/kwaliteitskaart/medewerkers/?verband=dsz")
    tekst = page.locator("main").inner_text()
    assert "Henk Visser (fictief)" in tekst  # own people
    assert "Ruud Bakker" not in tekst and "Carla de Wit" not in tekst
    assert "Van Dalfsen en Zwartewaterland ziet u geen medewerkers" in tekst
