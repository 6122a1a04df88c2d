"""In a real browser: an editor writes the September 2012 note of Dalfsen from the register,
adjusts the key message, publishes it; a council member reads it in the archive."""

from __future__ import annotations

import pytest

from samen.demo.loader import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def inloggen(page, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto("/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/")


def test_redacteur_schrijft_bewerkt_en_publiceert_de_stand_van_zaken(
    page, browser, live_server, dsz_demo
):  # type: ignore[no-untyped-def]
    inloggen(page, "dalfsen-redacteur")
    page.goto("/rapportage/")
    page.get_by_role("link", name="Nieuwe notitie of nieuwsbrief").click()
    page.get_by_label("Stand van zaken").check()
    page.get_by_label("Peildatum (verplicht)").fill("2012-09-10")
    page.get_by_label("Ontwikkelingen sinds").fill("2012-03-08")
    page.get_by_role("button", name="Concept schrijven").click()
    page.wait_for_url("**/rapportage/concepten/*/")
    assert "Het concept is geschreven" in page.get_by_role("status").inner_text()
    voorbeeld = page.locator("#voorbeeld")
    assert voorbeeld.get_by_role("heading", name="Raadscommissievoorstel").is_visible()
    assert "Dalfsen volgt met Staphorst en Zwartewaterland" in voorbeeld.inner_text()
    assert "ruim € 200.000 per jaar" in voorbeeld.inner_text()

    page.get_by_role("link", name="Kernboodschap (voorblad)").click()
    veld = page.get_by_label("Tekst")
    veld.fill(
        "Dalfsen zet de samenwerking in DSZ **voort**.\n\n- ICT werkt praktisch samen\n- Inkoop en P&O presenteren op 24 september 2012"
    )
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url("**/rapportage/concepten/*/#sectie-kernboodschap")
    kern = page.locator("#voorbeeld [data-sectie='kernboodschap']")
    assert kern.locator("strong").inner_text() == "voort"
    assert kern.get_by_role("listitem").count() == 2

    page.get_by_role("link", name="Publiceren…").click()
    page.get_by_label("Publicatiedatum").fill("2012-09-10")
    page.get_by_label("Ik begrijp dat een gepubliceerde notitie").check()
    page.get_by_role("button", name="Definitief publiceren").click()
    page.wait_for_url("**/rapportage/publicaties/SAMEN-DALFSEN-2012-0001/")
    assert page.locator("#registratienummer").inner_text() == "SAMEN-DALFSEN-2012-0001"
    assert page.locator("#bestanden tbody tr").count() == 4

    lezer = browser.new_context(base_url=live_server.url, locale="nl-NL").new_page()
    inloggen(lezer, "dalfsen-lezer")
    lezer.goto("/rapportage/")
    assert lezer.get_by_role("link", name="Nieuwe notitie of nieuwsbrief").count() == 0
    lezer.get_by_role("link", name="SAMEN-DALFSEN-2012-0001", exact=True).click()
    lezer.get_by_role("link", name="Online lezen").click()
    lezer.wait_for_url("**/html/?lezen=1")
    tekst = lezer.locator("body").inner_text()
    assert "Dalfsen zet de samenwerking in DSZ voort." in tekst
    assert "Registratienummer" in tekst and "SAMEN-DALFSEN-2012-0001" in tekst
    lezer.context.close()


def test_een_grote_pdf_wordt_op_de_achtergrond_gemaakt_en_daarna_aangeboden(
    page, live_server, dsz_demo, run_tasks, monkeypatch
):  # type: ignore[no-untyped-def]
    import datetime as dt

    from samen.organisaties.models import Organisatie
    from samen.rapportage import achtergrond, services

    # The real threshold is 30 pages; a lower one lets the 9-page demo note stand in for a big one.
    monkeypatch.setattr(achtergrond, "MAX_PAGINAS_DIRECT", 3)
    concept = services.rapport_create(
        organisatie=Organisatie.objects.get(slug="dalfsen"),
        soort="stand_van_zaken",
        peildatum=dt.date(2012, 9, 10),
        vanaf=dt.date(2012, 3, 8),
    )
    inloggen(page, "dalfsen-redacteur")
    page.goto(f"/rapportage/concepten/{concept.pk}/")
    page.get_by_role("button", name="PDF maken van het concept (achtergrond)").click()
    page.wait_for_url("**/opdrachten/*/")
    taak = page.locator("#taak")
    assert "in de wachtrij" in taak.get_by_role("status").inner_text()
    assert taak.get_by_role("link", name="Vernieuwen").is_visible()
    assert taak.get_by_role("link", name="PDF downloaden").count() == 0

    run_tasks()  # the real worker, as `samen serve` runs it next to the web server

    # taak.js polls the status and reloads the page by itself once the task has finished
    link = taak.get_by_role("link", name="PDF downloaden")
    link.wait_for(timeout=15_000)
    assert "klaar" in taak.get_by_role("status").inner_text()
    with page.expect_download() as download:
        link.click()
    pad = download.value.path()
    with open(pad, "rb") as f:
        assert f.read(5) == b"%PDF-"
