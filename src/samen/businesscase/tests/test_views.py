"""The pages per role: everyone with a role reads, only redacteuren of member organisations edit."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from samen.businesscase.demo import SLUG, load_ict_case
from samen.businesscase.models import Businesscase
from samen.businesscase.views import UI_MAX_SIMULATIES
from samen.factories import RolFactory, UserFactory
from samen.organisaties.selectors import organisatie_get

pytestmark = pytest.mark.django_db


def login(client, username: str) -> None:  # type: ignore[no-untyped-def]
    client.force_login(get_user_model().objects.get(username=username))


@pytest.fixture
def ict(dsz_demo):
    load_ict_case()
    return Businesscase.objects.get(slug=SLUG)


def regel_post(bc, regels, **scenario):
    """The POST of the scenario editor for pool-3 with ``regels`` (dicts of form fields)."""
    data = {
        "scenario-sleutel": scenario.get("sleutel", "pool-3"),
        "scenario-naam": scenario.get("naam", "ICT-pool drie jaar (businessplan)"),
        "scenario-looptijd": "",
        "scenario-omschrijving": "",
        "regels-TOTAL_FORMS": str(len(regels)),
        "regels-INITIAL_FORMS": "0",
        "regels-MIN_NUM_FORMS": "0",
        "regels-MAX_NUM_FORMS": "1000",
    }
    for i, regel in enumerate(regels):
        for veld, waarde in regel.items():
            data[f"regels-{i}-{veld}"] = waarde
    return data


POOLMANAGER = {"naam": "Poolmanager", "soort": "kosten", "bedrag": "105.000", "jaar": "2013",
               "indexatie": "2,5", "verdeelsleutel": "gelijk"}  # fmt: skip


def test_lezer_reads_every_page_but_cannot_edit(client, ict):
    login(client, "staphorst-lezer")
    lijst = client.get("/businesscases/").content.decode()
    assert "Businessplan ICT DSZ (mei 2012)" in lijst and "Nieuwe businesscase" not in lijst
    detail = client.get(f"/businesscases/{ict.pk}/")
    html = detail.content.decode()
    assert detail.status_code == 200
    assert "niet terugverdiend binnen 3 jaar" in html
    assert 'id="link-terrein"' in html and "/verbanden/dsz/ict/" in html
    assert 'id="link-besluit"' in html and "afgewezen" in html
    assert "Gegevens en partners bewerken" not in html
    assert html.count('role="img"') == 3  # cumulative, histogram, tornado
    assert client.get(f"/businesscases/{ict.pk}/vergelijken/").status_code == 200
    for pad in ("bewerken/", "verdeelsleutels/", "scenarios/pool-3/", "yaml/", "importeren/"):
        assert client.get(f"/businesscases/{ict.pk}/{pad}").status_code == 403
    assert (
        client.post(
            f"/businesscases/{ict.pk}/scenarios/pool-3/", regel_post(ict, [POOLMANAGER])
        ).status_code
        == 403
    )
    assert client.get("/businesscases/nieuw/").status_code == 403
    ict.refresh_from_db()
    assert len(ict.inhoud["scenarios"][0]["kostenregels"]) == 8


def test_redacteur_of_a_non_member_cannot_edit(client, ict):
    user = UserFactory()
    RolFactory(gebruiker=user, organisatie=organisatie_get(slug="zwolle"), soort="redacteur")
    client.force_login(user)
    assert client.get(f"/businesscases/{ict.pk}/").status_code == 200
    assert client.get(f"/businesscases/{ict.pk}/bewerken/").status_code == 403


def test_anonymous_is_sent_to_login(client, ict):
    assert client.get(f"/businesscases/{ict.pk}/").status_code == 302


def test_redacteur_replaces_the_lines_of_a_scenario(client, ict):
    login(client, "dalfsen-redacteur")
    assert client.get(f"/businesscases/{ict.pk}/scenarios/pool-3/").status_code == 200
    response = client.post(
        f"/businesscases/{ict.pk}/scenarios/pool-3/", regel_post(ict, [POOLMANAGER])
    )
    assert response.status_code == 302
    ict.refresh_from_db()
    (regel,) = ict.inhoud["scenarios"][0]["kostenregels"]
    assert regel == {"naam": "Poolmanager", "soort": "kosten", "bedrag": 105000, "vanaf": 2013,
                     "indexatie": 0.025, "verdeelsleutel": "gelijk"}  # fmt: skip
    assert ict.versies.count() == 2


def test_engine_errors_come_back_on_the_field_and_nothing_is_stored(client, ict):
    login(client, "dalfsen-redacteur")
    fout = dict(POOLMANAGER, minimum="120.000", maximum="130.000")  # minimum above the amount
    response = client.post(f"/businesscases/{ict.pk}/scenarios/pool-3/", regel_post(ict, [fout]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Het minimum € 120.000,00 ligt boven het bedrag € 105.000,00." in html
    assert 'href="#id_regels-0-minimum"' in html
    ict.refresh_from_db()
    assert len(ict.inhoud["scenarios"][0]["kostenregels"]) == 8 and ict.versies.count() == 1


def test_new_scenario_as_a_copy(client, ict):
    login(client, "zwartewaterland-redacteur")
    data = regel_post(ict, [], sleutel="pool-4", naam="ICT-pool vier jaar")
    data.update({"scenario-looptijd": "4", "scenario-kopie_van": "pool-3"})
    response = client.post(f"/businesscases/{ict.pk}/scenarios/nieuw/", data)
    assert response.status_code == 302
    ict.refresh_from_db()
    nieuw = ict.inhoud["scenarios"][-1]
    assert (nieuw["sleutel"], nieuw["looptijd"]) == ("pool-4", 4)
    assert nieuw["kostenregels"] == ict.inhoud["scenarios"][0]["kostenregels"]


def test_header_and_partners_form(client, ict):
    login(client, "dalfsen-redacteur")
    data = {
        "naam": "Businessplan ICT", "omschrijving": "", "startjaar": "2013", "looptijd": "3",
        "disconteringsvoet": "3,5", "basislijn_indexatie": "", "terrein": str(ict.terrein_id),
        "besluit": str(ict.besluit_id),
        "partners-TOTAL_FORMS": "3", "partners-INITIAL_FORMS": "3", "partners-MIN_NUM_FORMS": "0",
        "partners-MAX_NUM_FORMS": "1000",
    }  # fmt: skip
    for i, (slug, naam, inwoners) in enumerate(
        [
            ("dalfsen", "Dalfsen", "27600"),
            ("staphorst", "Staphorst", "-5"),
            ("zwartewaterland", "Zwartewaterland", "22200"),
        ]
    ):
        data.update({f"partners-{i}-sleutel": slug, f"partners-{i}-naam": naam, f"partners-{i}-basislijn": "1.000.000",
                     f"partners-{i}-inwoners_2012": inwoners})  # fmt: skip
    html = client.post(f"/businesscases/{ict.pk}/bewerken/", data).content.decode()
    assert "Het aantal inwoners kan niet negatief zijn." in html
    data["partners-1-inwoners_2012"] = "16300"
    assert client.post(f"/businesscases/{ict.pk}/bewerken/", data).status_code == 302
    ict.refresh_from_db()
    assert ict.inhoud["disconteringsvoet"] == 0.035
    assert ict.inhoud["partners"][0]["basislijn"] == 1000000


def test_yaml_editor_shows_line_numbers(client, ict):
    login(client, "dalfsen-redacteur")
    yaml = client.get(f"/businesscases/{ict.pk}/yaml/").context["form"].initial["yaml"]
    fout = yaml.replace("looptijd: 3\n", "looptijd: 0\n", 1)
    regel = next(i for i, line in enumerate(fout.splitlines(), 1) if line == "looptijd: 0")
    html = client.post(f"/businesscases/{ict.pk}/yaml/", {"yaml": fout}).content.decode()
    assert f"regel {regel}, veld looptijd: De looptijd moet minstens 1 jaar zijn (nu: 0)." in html
    assert (
        client.post(
            f"/businesscases/{ict.pk}/yaml/", {"yaml": yaml, "toelichting": "ongewijzigd"}
        ).status_code
        == 302
    )


def test_monte_carlo_on_the_page_is_capped(client, ict):
    login(client, "dalfsen-lezer")
    response = client.get(f"/businesscases/{ict.pk}/?simulaties=500000&zaad=5")
    assert response.context["sim"].simulaties == UI_MAX_SIMULATIES
    assert response.context["sim"].zaad == 5
    assert f"hoogstens {UI_MAX_SIMULATIES}" in response.content.decode()


def test_excel_download_and_upload_round_trip(client, ict):
    login(client, "dalfsen-redacteur")
    download = client.get(f"/businesscases/{ict.pk}/download.xlsx")
    assert download["Content-Type"].startswith("application/vnd.openxmlformats")
    upload = SimpleUploadedFile("ict.xlsx", download.content)
    voor = dict(ict.inhoud)
    response = client.post(
        f"/businesscases/{ict.pk}/importeren/",
        {"bestand": upload, "terrein": ict.terrein_id, "besluit": ict.besluit_id},
    )
    assert response.status_code == 302
    ict.refresh_from_db()
    assert ict.inhoud == voor and ict.versies.count() == 2
    kapot = SimpleUploadedFile("ict.yaml", b"naam: x\nlooptijd: 0\n")
    html = client.post(f"/businesscases/{ict.pk}/importeren/", {"bestand": kapot}).content.decode()
    assert "ict.yaml, regel 2, veld looptijd" in html


def test_create_a_case_with_partners_from_the_register(client, dsz_demo):
    from samen.organisaties.selectors import samenwerkingsverband_get

    login(client, "staphorst-redacteur")
    dsz = samenwerkingsverband_get(slug="dsz")
    response = client.post("/businesscases/nieuw/", {
        "samenwerkingsverband": dsz.pk, "naam": "Inkoop DSZ", "startjaar": "2013", "looptijd": "4",
        "disconteringsvoet": "4",
    })  # fmt: skip
    bc = Businesscase.objects.get(naam="Inkoop DSZ")
    assert response["Location"] == f"/businesscases/{bc.pk}/scenarios/basis/"
    partners = {p["sleutel"]: p["inwoners"]["2012"] for p in bc.inhoud["partners"]}
    assert partners == {"dalfsen": 27600, "staphorst": 16300, "zwartewaterland": 22200}
    assert set(bc.inhoud["verdeelsleutels"]) == {"gelijk", "inwoners", "vast-variabel"}


def test_downloads(client, ict):
    login(client, "zwartewaterland-lezer")
    yaml = client.get(f"/businesscases/{ict.pk}/download.yaml")
    assert yaml.status_code == 200 and b"pool-3" in yaml.content
    assert client.get(f"/businesscases/{ict.pk}/download.json").json()["naam"] == ict.naam
    assert client.get(f"/businesscases/{ict.pk}/download.exe").status_code == 404


def test_new_case_from_a_yaml_file(client, dsz_demo):
    from samen.businesscase.tests.test_fileformat import GOED
    from samen.organisaties.selectors import samenwerkingsverband_get

    login(client, "dalfsen-beheerder")
    dsz = samenwerkingsverband_get(slug="dsz")
    kapot = SimpleUploadedFile("nieuw.yaml", GOED.replace("looptijd: 3", "looptijd: 0").encode())
    voor = Businesscase.objects.count()
    html = client.post(
        "/businesscases/nieuw/bestand/", {"samenwerkingsverband": dsz.pk, "bestand": kapot}
    ).content.decode()
    assert "nieuw.yaml, regel 3, veld looptijd" in html
    assert Businesscase.objects.count() == voor
    goed = SimpleUploadedFile("nieuw.yaml", GOED.encode())
    response = client.post(
        "/businesscases/nieuw/bestand/", {"samenwerkingsverband": dsz.pk, "bestand": goed}
    )
    bc = Businesscase.objects.get(naam="Voorbeeld")
    assert response["Location"] == f"/businesscases/{bc.pk}/"
    assert bc.versies.get().toelichting == "Ingelezen uit nieuw.yaml."
