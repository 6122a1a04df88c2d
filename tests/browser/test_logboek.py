"""In a real browser: a beheerder changes an employee and finds the change in the processing log,
with old and new value; a lezer has no log page."""

from __future__ import annotations

from pathlib import Path

import pytest

from samen.demo.loader import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def inloggen(page, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto("/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/")


def test_beheerder_vindt_een_wijziging_terug_in_het_logboek(page, dsz_demo):  # type: ignore[no-untyped-def]
    from samen.factories import OrganisatieFactory
    from samen.logboek.context import Actor, als_actor
    from samen.organisaties.models import Organisatie

    dalfsen = Organisatie.objects.get(slug="dalfsen")
    with als_actor(Actor(gebruiker_id=None, gebruikersnaam="collega", herkomst="web")):
        dalfsen.adres = "Raadhuisstraat 1"
        dalfsen.save()
    OrganisatieFactory(naam="Elders")  # not Dalfsen's: not shown to Dalfsen's beheerder
    inloggen(page, "dalfsen-beheerder")
    page.goto("/logboek/")
    page.get_by_label("Actie").select_option("wijzigen")
    page.get_by_label("Soort object").select_option("organisaties.organisatie")
    page.get_by_role("button", name="Zoeken").click()
    tabel = page.get_by_role("table", name="Logregels: 1–1 van 1")
    rij = tabel.locator("tbody tr")
    assert rij.count() == 1
    assert "collega" in rij.inner_text() and "Dalfsen" in rij.inner_text()
    rij.locator("summary").click()
    assert "(leeg) → Raadhuisstraat 1" in rij.locator("dl").inner_text()
    with page.expect_download() as download:
        page.get_by_role("link", name="Exporteren als CSV").click()
    assert "Raadhuisstraat 1" in Path(download.value.path()).read_text(encoding="utf-8-sig")


def test_een_lezer_heeft_geen_logboek(page, dsz_demo):  # type: ignore[no-untyped-def]
    inloggen(page, "dalfsen-lezer")
    response = page.goto("/logboek/")
    assert response is not None and response.status == 403
