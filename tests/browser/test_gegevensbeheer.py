"""In a real browser: the conformity dashboard, uploading a file for one's own municipality,
following its background check and reading the findings."""

from __future__ import annotations

import pytest

from samen.demo.loader import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

KOP = "nummeraanduiding_id;openbareruimte;huisnummer;huisletter;huisnummertoevoeging;postcode;woonplaats"


def inloggen(page, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto("/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/")


def test_dashboard_upload_and_findings(page, dsz_demo, run_tasks):  # type: ignore[no-untyped-def]
    inloggen(page, "dalfsen-redacteur")
    page.goto("/gegevensbeheer/")
    assert (
        page.get_by_role("heading", level=1).inner_text()
        == "Gegevensbeheer: conformiteit per gemeente"
    )
    tabel = page.get_by_role("table", name="Conformiteit Adressen per gemeente per aanlevering")
    assert tabel.locator("tbody tr").count() == 3
    # the chart has a text alternative, and the same figures are in the table
    grafiek = page.get_by_role(
        "img", name="Conformiteit Adressen per gemeente per aanlevering", exact=True
    )
    assert grafiek.count() == 1

    page.get_by_role("link", name="Gegevens aanleveren").first.click()
    page.get_by_label("Tabel").select_option(label="Adressen (Belastingen & Geo, versie 1)")
    inhoud = "\n".join(
        [
            KOP,
            "0148200000000001;Kerkstraat;1;;;7721 AB;Dalfsen",
            "0148200000000002;Kerkstraat;2;;;7721AB;Dalfsen",
        ]
    )
    page.get_by_label("Bestand").set_input_files(
        {"name": "adressen.csv", "mimeType": "text/csv", "buffer": inhoud.encode("cp1252")}
    )
    page.get_by_role("button", name="Aanleveren en controleren").click()
    page.wait_for_url("**/gegevensbeheer/runs/*/")
    assert "in de wachtrij" in page.locator("[data-run-status]").inner_text()

    run_tasks()
    page.reload()
    assert page.locator("[data-run-status]").get_attribute("data-run-status") == "gereed"
    assert (
        "50,00%" in page.locator("[data-conformiteit]").inner_text()
        or "50.00%" in page.locator("[data-conformiteit]").inner_text()
    )
    bevinding = page.locator("section[data-beperking='pattern']")
    assert "postcode" in bevinding.inner_text() and "1 rij" in bevinding.inner_text()
    assert bevinding.locator("tbody th").first.inner_text() == "3"


def test_malformed_upload_is_refused_with_the_place(page, dsz_demo):  # type: ignore[no-untyped-def]
    from samen.gegevensbeheer.models import Validatierun

    voor = Validatierun.objects.count()
    inloggen(page, "staphorst-redacteur")
    page.goto("/gegevensbeheer/aanleveren/")
    page.get_by_label("Tabel").select_option(label="Adressen (Belastingen & Geo, versie 1)")
    inhoud = KOP + "\n0179200000000001;Dorpsstraat;1\n"
    page.get_by_label("Bestand").set_input_files(
        {"name": "a.csv", "mimeType": "text/csv", "buffer": inhoud.encode()}
    )
    page.get_by_role("button", name="Aanleveren en controleren").click()
    assert "Regel 2 heeft 3 kolommen, de kopregel 7" in page.get_by_role("alert").inner_text()
    assert Validatierun.objects.count() == voor
