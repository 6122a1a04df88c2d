"""The log page: only beheerders, only their organisations' lines, filters, pages, CSV (logged)."""

from __future__ import annotations

import csv
import io

import pytest

from samen.factories import OrganisatieFactory, RolFactory, UserFactory
from samen.logboek.models import Regel
from samen.logboek.services import verwerking_vastleggen


@pytest.fixture
def wereld(db):
    a, b = OrganisatieFactory(naam="Dalfsen"), OrganisatieFactory(naam="Zwolle")
    beheerder = RolFactory(organisatie=a, soort="beheerder").gebruiker
    lezer = RolFactory(organisatie=a, soort="lezer").gebruiker
    for i in range(3):
        verwerking_vastleggen(
            actie="inzien", objecttype="test.ding", object_id=f"a{i}", organisatie_id=a.pk
        )
    verwerking_vastleggen(
        actie="verwijderen", objecttype="test.ding", object_id="b1", organisatie_id=b.pk
    )
    return a, b, beheerder, lezer


def _ids(response):
    return [r.object_id for r, _ in response.context["regels"] if r.objecttype == "test.ding"]


def test_a_beheerder_sees_only_their_organisations_lines(client, wereld):
    _a, _b, beheerder, _ = wereld
    client.force_login(beheerder)
    response = client.get("/logboek/", {"objecttype": "test.ding"})
    assert response.status_code == 200
    assert sorted(_ids(response)) == ["a0", "a1", "a2"]
    assert "Zwolle" not in [
        naam for _, naam in response.context["form"].fields["organisatie"].choices
    ]


def test_filters_action_and_actor(client, wereld):
    _a, b, _beheerder, _ = wereld
    superuser = UserFactory(is_superuser=True, username="root")
    client.force_login(superuser)
    assert _ids(client.get("/logboek/", {"actie": "verwijderen", "objecttype": "test.ding"})) == [
        "b1"
    ]
    assert _ids(client.get("/logboek/", {"organisatie": b.pk, "objecttype": "test.ding"})) == ["b1"]
    response = client.get("/logboek/", {"van": "2030-01-02", "tot": "2030-01-01"})
    assert "De einddatum ligt vóór de begindatum." in response.content.decode()


def test_a_lezer_is_refused_and_the_refusal_is_logged(client, wereld):
    _, _, _, lezer = wereld
    client.force_login(lezer)
    assert client.get("/logboek/").status_code == 403
    regel = Regel.objects.filter(resultaat="geweigerd").order_by("-id").first()
    assert regel.gebruikersnaam == lezer.username and regel.object_id == "/logboek/"


def test_pages_of_fifty(client, wereld):
    a, _, beheerder, _ = wereld
    for i in range(60):
        verwerking_vastleggen(
            actie="inzien", objecttype="test.veel", object_id=str(i), organisatie_id=a.pk
        )
    client.force_login(beheerder)
    eerste = client.get("/logboek/", {"objecttype": "test.veel"})
    tweede = client.get("/logboek/", {"objecttype": "test.veel", "pagina": 2})
    assert len(eerste.context["regels"]) == 50 and len(tweede.context["regels"]) == 10
    assert "pagina=2" in eerste.content.decode()


def test_csv_export_holds_the_filtered_lines_and_is_logged(client, wereld):
    a, _, beheerder, _ = wereld
    client.force_login(beheerder)
    response = client.get("/logboek/logboek.csv", {"objecttype": "test.ding"})
    tekst = b"".join(response.streaming_content).decode("utf-8-sig")
    rijen = list(csv.DictReader(io.StringIO(tekst)))
    assert sorted(r["object_id"] for r in rijen) == ["a0", "a1", "a2"]
    export = Regel.objects.filter(actie="exporteren", objecttype="logboek.regel").get()
    assert export.gebruikersnaam == beheerder.username and export.organisatie_id == a.pk
