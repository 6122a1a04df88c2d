from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


def login(client, username: str) -> None:  # type: ignore[no-untyped-def]
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username=username))


def test_organisation_page_shows_memberships_over_time(client, dsz_demo):
    login(client, "dalfsen-lezer")
    juni = client.get("/organisaties/zwolle/?peildatum=2012-06-01").content.decode()
    juli = client.get("/organisaties/zwolle/?peildatum=2012-07-01").content.decode()
    # Both periods are listed on both dates; the current one differs.
    assert juni.count("Shared Service Center") >= 2
    assert "Verkent: Shared Service Center" in juni
    assert "Lid: Shared Service Center" in juli
    assert "GM0193" in juni
    assert "inwoners" in juni.lower() and re.search(r"\d{2,3}\.\d{3} <span", juni)


def test_dalfsen_does_not_join_ommen_hardenberg(client, dsz_demo):
    login(client, "staphorst-lezer")
    html = client.get("/organisaties/dalfsen/?peildatum=2012-09-10").content.decode()
    assert "Sluit niet aan: Ambtelijke fusie Ommen en Hardenberg" in html
    assert "H.Zwart@dalfsen.nl" in html


def test_unknown_organisation_is_404_in_dutch(client, dsz_demo):
    login(client, "staphorst-lezer")
    response = client.get("/organisaties/atlantis/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


def test_admin_refuses_overlapping_membership(client, dsz_demo):
    from samen.organisaties.models import Lidmaatschap, Organisatie, Samenwerkingsverband

    login(client, "dalfsen-beheerder")
    voor = Lidmaatschap.objects.count()
    response = client.post(
        "/beheer/organisaties/lidmaatschap/add/",
        {
            "organisatie": Organisatie.objects.get(slug="dalfsen").pk,
            "samenwerkingsverband": Samenwerkingsverband.objects.get(slug="dsz").pk,
            "status": "volgt",
            "begindatum": "2012-05-01",
            "einddatum": "",
            "toelichting": "",
        },
    )
    assert response.status_code == 200
    assert "heeft in deze periode al een relatie met" in response.content.decode()
    assert Lidmaatschap.objects.count() == voor


def test_admin_is_for_beheerders_only(client, dsz_demo):
    login(client, "dalfsen-redacteur")
    assert client.get("/beheer/organisaties/organisatie/").status_code == 302  # to the admin login
    login(client, "dalfsen-beheerder")
    assert client.get("/beheer/organisaties/organisatie/").status_code == 200
