"""In a real browser: read the ICT business case, add a cost line with the form, compare scenarios."""

from __future__ import annotations

import pytest

from samen.demo.loader import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def ict(dsz_demo):  # type: ignore[no-untyped-def]
    from samen.businesscase.demo import SLUG, load_ict_case
    from samen.businesscase.models import Businesscase

    load_ict_case()
    return Businesscase.objects.get(slug=SLUG)


def inloggen(page, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto("/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/")


def test_redacteur_reads_the_ict_case_adds_a_line_and_compares(page, ict):  # type: ignore[no-untyped-def]
    inloggen(page, "dalfsen-redacteur")
    page.goto("/businesscases/")
    page.get_by_role("link", name="Businessplan ICT DSZ (mei 2012)").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Businessplan ICT DSZ (mei 2012)"
    dalfsen = page.locator("#kerncijfers tr[data-partner='dalfsen']")
    assert "niet terugverdiend binnen 3 jaar" in dalfsen.inner_text()
    assert "per jaar extra kosten" in dalfsen.inner_text()
    grafiek = page.get_by_role(
        "img", name="Cumulatief netto effect per partner: ICT-pool drie jaar (businessplan)"
    )
    assert grafiek.is_visible()
    assert page.locator("#montecarlo tr[data-partner='totaal']").is_visible()

    page.get_by_role("link", name="Dit scenario bewerken").click()
    # The first empty row (the ninth) gets a new saving.
    page.get_by_label("Omschrijving, 9e kostenregel").fill("Gedeelde servicedesk")
    page.get_by_label("Soort, 9e kostenregel").select_option("besparing")
    page.get_by_label("Bedrag (€), 9e kostenregel").fill("50.000")
    page.get_by_label("Jaar / vanaf, 9e kostenregel").fill("2014")
    page.get_by_label("Verdeelsleutel, 9e kostenregel").select_option("inwoners")
    page.get_by_role("button", name="Opslaan").click()
    assert "is opgeslagen" in page.get_by_role("status").inner_text()
    assert "Gedeelde servicedesk" in page.locator("#kostenregels").inner_text()

    page.get_by_role("link", name="Scenario's vergelijken").click()
    rijen = page.locator("#vergelijking tbody tr")
    assert rijen.count() == 4
    assert (
        "terugverdiend in"
        in page.locator("#vergelijking tr[data-scenario='praktisch']").inner_text()
    )


def test_error_in_a_line_is_shown_and_nothing_is_stored(page, ict):  # type: ignore[no-untyped-def]
    inloggen(page, "staphorst-redacteur")
    page.goto(f"/businesscases/{ict.pk}/scenarios/pool-3/")
    page.get_by_label("Minimum (€), 1e kostenregel").fill("2.000.000")
    page.get_by_role("button", name="Opslaan").click()
    melding = page.get_by_role("alert").inner_text()
    assert "er is niets opgeslagen" in melding
    assert "ligt boven het bedrag" in melding
    ict.refresh_from_db()
    assert ict.inhoud["scenarios"][0]["kostenregels"][0]["bandbreedte"]["minimum"] == 1_200_000


def test_lezer_sees_no_edit_buttons(page, ict):  # type: ignore[no-untyped-def]
    inloggen(page, "zwartewaterland-lezer")
    page.goto(f"/businesscases/{ict.pk}/")
    assert page.get_by_role("link", name="Gegevens en partners bewerken").count() == 0
    assert page.get_by_role("link", name="Download Excel").is_visible()
