"""In a real browser: log in, post a progress update, and see it on the overview."""

from __future__ import annotations

import datetime as dt

import pytest

from samen.demo.loader import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def inloggen(page, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto("/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/")


def test_redacteur_plaatst_voortgangsbericht_en_ziet_het_op_het_overzicht(page, dsz_demo):  # type: ignore[no-untyped-def]
    inloggen(page, "staphorst-redacteur")
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Samenwerking Dalfsen, Staphorst en Zwartewaterland"
    )

    page.get_by_role("link", name="Facilitaire Zaken", exact=True).click()
    page.get_by_role("link", name="Voortgangsbericht toevoegen").click()
    vandaag = dt.date.today()
    page.get_by_label("Datum (verplicht)", exact=True).fill(vandaag.isoformat())
    page.get_by_label("Titel").fill("Businessplan Facilitaire Zaken versneld")
    page.get_by_label("Wat is er gebeurd?").fill(
        "De werkgroep heeft het schrijven van het businessplan versneld, zoals de stuurgroep vroeg."
    )
    page.get_by_role("button", name="Opslaan").click()
    assert "Het voortgangsbericht is opgeslagen." in page.get_by_role("status").inner_text()

    page.get_by_role("link", name="Overzicht", exact=True).click()
    rij = page.locator("tr[data-terrein='facilitaire-zaken']")
    assert "Businessplan Facilitaire Zaken versneld" in rij.inner_text()


def test_fout_in_formulier_geeft_nederlandse_melding_en_slaat_niets_op(page, dsz_demo):  # type: ignore[no-untyped-def]
    from samen.terreinen.models import Voortgangsbericht

    voor = Voortgangsbericht.objects.count()
    inloggen(page, "dalfsen-redacteur")
    page.goto("/verbanden/dsz/ict/voortgang/nieuw/")
    page.get_by_label("Datum (verplicht)", exact=True).fill("2099-01-01")
    page.get_by_label("Titel").fill("Uit de toekomst")
    page.get_by_label("Wat is er gebeurd?").fill("Dit kan nog niet gebeurd zijn.")
    page.get_by_role("button", name="Opslaan").click()
    melding = page.get_by_role("alert").inner_text()
    assert "kan niet in de toekomst liggen" in melding
    assert Voortgangsbericht.objects.count() == voor


def test_peildatum_toont_de_stand_van_toen(page, dsz_demo):  # type: ignore[no-untyped-def]
    inloggen(page, "zwartewaterland-lezer")
    page.get_by_label("Stand op").fill("2012-03-08")
    page.get_by_role("button", name="Toon stand").click()
    page.wait_for_url("**peildatum=2012-03-08**")
    assert (
        page.locator("tr[data-terrein='ict'] td[data-fase]").get_attribute("data-fase")
        == "businesscase"
    )
    page.get_by_label("Stand op").fill("2012-09-10")
    page.get_by_role("button", name="Toon stand").click()
    page.wait_for_url("**peildatum=2012-09-10**")
    assert (
        page.locator("tr[data-terrein='ict'] td[data-fase]").get_attribute("data-fase")
        == "uitvoering"
    )
    # A lezer sees no edit buttons.
    page.get_by_role("link", name="ICT", exact=True).click()
    assert page.get_by_role("link", name="Voortgangsbericht toevoegen").count() == 0
