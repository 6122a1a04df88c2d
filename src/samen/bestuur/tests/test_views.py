"""Governance pages on the DSZ demo: the commitments register, decisions and their forms."""

from __future__ import annotations

import datetime as dt

import pytest

from samen.bestuur.models import Besluit, Orgaan, Toezegging, Vergadering

pytestmark = pytest.mark.django_db


def login(client, username: str) -> None:  # type: ignore[no-untyped-def]
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username=username))


def test_register_marks_overdue_commitments(client, dsz_demo):
    login(client, "dalfsen-lezer")
    september = client.get("/bestuur/toezeggingen/?peildatum=2012-09-10").content.decode()
    januari = client.get("/bestuur/toezeggingen/?peildatum=2013-01-02").content.decode()
    assert "status--te_laat" not in september
    assert "status--nagekomen" in september
    assert "status--te_laat" in januari
    assert "te laat</strong>" in januari


def test_register_filter_on_status(client, dsz_demo):
    login(client, "dalfsen-lezer")
    html = client.get("/bestuur/toezeggingen/?peildatum=2012-09-10&status=open").content.decode()
    assert "status--open" in html and "status--nagekomen" not in html
    fout = client.get("/bestuur/toezeggingen/?status=kwijt").content.decode()
    assert "Onbekende status" in fout


def test_commitment_with_due_date_before_it_was_made_is_refused(client, dsz_demo):
    login(client, "dalfsen-redacteur")
    college = Orgaan.objects.get(soort="college", organisatie__slug="dalfsen")
    raad = Orgaan.objects.get(soort="raad", organisatie__slug="dalfsen")
    voor = Toezegging.objects.count()
    response = client.post(
        "/bestuur/toezeggingen/nieuw/",
        {
            "orgaan": college.pk,
            "aan": raad.pk,
            "omschrijving": "De raad ontvangt de kwaliteitskaart.",
            "gedaan_op": "2012-10-01",
            "vervaldatum": "2012-09-01",
            "vervaldatum_precisie": "dag",
        },
    )
    assert response.status_code == 200
    assert "niet vóór de datum van de toezegging" in response.content.decode()
    assert Toezegging.objects.count() == voor


def test_redacteur_records_a_commitment_and_fulfils_it(client, dsz_demo):
    login(client, "dalfsen-redacteur")
    college = Orgaan.objects.get(soort="college", organisatie__slug="dalfsen")
    raad = Orgaan.objects.get(soort="raad", organisatie__slug="dalfsen")
    response = client.post(
        "/bestuur/toezeggingen/nieuw/",
        {
            "orgaan": college.pk,
            "aan": raad.pk,
            "omschrijving": "De raad ontvangt de kwaliteitskaart ICT.",
            "gedaan_op": "2012-10-01",
            "vervaldatum": "2012-12-01",
            "vervaldatum_precisie": "dag",
        },
    )
    assert response.status_code == 302
    t = Toezegging.objects.get(omschrijving="De raad ontvangt de kwaliteitskaart ICT.")
    assert (
        client.post(
            f"/bestuur/toezeggingen/{t.pk}/nagekomen/", {"nagekomen_op": "2012-09-01"}
        ).status_code
        == 200
    )
    t.refresh_from_db()
    assert t.nagekomen_op is None  # before it was made: refused
    client.post(f"/bestuur/toezeggingen/{t.pk}/nagekomen/", {"nagekomen_op": "2012-11-20"})
    t.refresh_from_db()
    assert t.nagekomen_op == dt.date(2012, 11, 20)


def test_redacteur_of_staphorst_cannot_commit_for_the_college_of_dalfsen(client, dsz_demo):
    login(client, "staphorst-redacteur")
    college = Orgaan.objects.get(soort="college", organisatie__slug="dalfsen")
    raad = Orgaan.objects.get(soort="raad", organisatie__slug="dalfsen")
    voor = Toezegging.objects.count()
    response = client.post(
        "/bestuur/toezeggingen/nieuw/",
        {
            "orgaan": college.pk,
            "aan": raad.pk,
            "omschrijving": "Namens een ander college",
            "gedaan_op": "2012-10-01",
            "vervaldatum": "2012-12-01",
            "vervaldatum_precisie": "dag",
        },
    )
    assert response.status_code == 200  # the college is not a valid choice for this user
    assert "Selecteer een geldige keuze" in response.content.decode()
    assert Toezegging.objects.count() == voor


def test_decision_form_reuses_the_meeting_of_the_same_bodies_and_day(client, dsz_demo):
    login(client, "dalfsen-redacteur")
    stuurgroep = Orgaan.objects.get(soort="stuurgroep")
    burgemeesters = Orgaan.objects.get(soort="burgemeestersoverleg")
    from samen.terreinen.models import Samenwerkingsterrein

    inkoop = Samenwerkingsterrein.objects.get(samenwerkingsverband__slug="dsz", slug="inkoop")
    data = {
        "datum": "2012-09-24",
        "datumprecisie": "dag",
        "organen": [stuurgroep.pk, burgemeesters.pk],
        "terrein": inkoop.pk,
        "onderwerp": "Businessplan Inkoop",
        "uitkomst": "akkoord",
        "tekst": "De stuurgroep en de burgemeesters stemmen in met het businessplan Inkoop.",
    }
    vergaderingen = Vergadering.objects.count()
    assert client.post("/bestuur/besluiten/nieuw/", data).status_code == 302
    data["onderwerp"] = "Businessplan P&O"
    data["terrein"] = ""
    assert client.post("/bestuur/besluiten/nieuw/", data).status_code == 302
    assert Vergadering.objects.count() == vergaderingen + 1
    assert Besluit.objects.filter(vergadering__datum=dt.date(2012, 9, 24)).count() == 2
    html = client.get("/verbanden/dsz/inkoop/").content.decode()
    assert "Businessplan Inkoop" in html


def test_decision_without_bodies_is_refused(client, dsz_demo):
    login(client, "dalfsen-redacteur")
    voor = Besluit.objects.count()
    response = client.post(
        "/bestuur/besluiten/nieuw/",
        {
            "datum": "2012-09-24",
            "datumprecisie": "dag",
            "onderwerp": "x",
            "uitkomst": "akkoord",
            "tekst": "y",
        },
    )
    assert "Dit veld is verplicht" in response.content.decode()
    assert Besluit.objects.count() == voor


def test_decisions_page_lists_the_ict_decision_and_the_motion(client, dsz_demo):
    login(client, "dalfsen-lezer")
    html = client.get("/bestuur/besluiten/?peildatum=2012-09-10").content.decode()
    assert "200.000" in html
    assert "Sterker Dichtbij" in html
    assert "200.000" not in client.get("/bestuur/besluiten/?peildatum=2012-03-08").content.decode()
