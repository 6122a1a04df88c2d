"""Permissions per role and organisation on every API route, from one table.

The table must name every route the router has: a new endpoint without a rule fails here.
Rules: ``lezen`` (any role), ``bewerken`` (redacteur or beheerder, for the object's alliance),
``beheren`` (beheerder), ``personeel`` (personeelsfunctionaris or beheerder of the employee's
organisation), ``redigeren`` (redacteur or beheerder of the report's organisation),
``aanleveren`` (redacteur or beheerder of the organisation a dataset is delivered for).
"""

from __future__ import annotations

from typing import Any

import pytest

from samen.api.tests.routes import Route, api_routes, url

REGELS: dict[tuple[str, str], str] = {
    ("organisatie", "list"): "lezen",
    ("organisatie", "retrieve"): "lezen",
    ("organisatie", "historie"): "lezen",
    ("organisatie", "create"): "beheren",
    ("samenwerkingsverband", "list"): "lezen",
    ("samenwerkingsverband", "retrieve"): "lezen",
    ("samenwerkingsverband", "historie"): "lezen",
    ("samenwerkingsverband", "create"): "beheren",
    ("lidmaatschap", "list"): "lezen",
    ("lidmaatschap", "retrieve"): "lezen",
    ("lidmaatschap", "create"): "bewerken",
    ("persoon", "list"): "lezen",
    ("persoon", "retrieve"): "lezen",
    ("persoon", "create"): "beheren",
    ("terrein", "list"): "lezen",
    ("terrein", "retrieve"): "lezen",
    ("terrein", "historie"): "lezen",
    ("terrein", "create"): "bewerken",
    ("werkgroep", "list"): "lezen",
    ("werkgroep", "retrieve"): "lezen",
    ("werkgroep", "create"): "bewerken",
    ("fasewijziging", "list"): "lezen",
    ("fasewijziging", "retrieve"): "lezen",
    ("fasewijziging", "create"): "bewerken",
    ("voortgangsbericht", "list"): "lezen",
    ("voortgangsbericht", "retrieve"): "lezen",
    ("voortgangsbericht", "create"): "bewerken",
    ("mijlpaal", "list"): "lezen",
    ("mijlpaal", "retrieve"): "lezen",
    ("mijlpaal", "historie"): "lezen",
    ("mijlpaal", "create"): "bewerken",
    ("mijlpaal", "partial_update"): "bewerken",
    ("orgaan", "list"): "lezen",
    ("orgaan", "retrieve"): "lezen",
    ("orgaan", "create"): "bewerken",
    ("vergadering", "list"): "lezen",
    ("vergadering", "retrieve"): "lezen",
    ("vergadering", "create"): "bewerken",
    ("besluit", "list"): "lezen",
    ("besluit", "retrieve"): "lezen",
    ("besluit", "create"): "bewerken",
    ("motie", "list"): "lezen",
    ("motie", "retrieve"): "lezen",
    ("motie", "create"): "bewerken",
    ("toezegging", "list"): "lezen",
    ("toezegging", "retrieve"): "lezen",
    ("toezegging", "create"): "bewerken",
    ("toezegging", "partial_update"): "bewerken",
    ("businesscase", "list"): "lezen",
    ("businesscase", "retrieve"): "lezen",
    ("businesscase", "evaluate"): "lezen",
    ("businesscase", "create"): "bewerken",
    ("businesscase", "update"): "bewerken",
    ("businesscase", "partial_update"): "bewerken",
    ("medewerker", "list"): "lezen",
    ("medewerker", "retrieve"): "personeel-lezen",
    ("afwezigheid", "list"): "lezen",
    ("afwezigheid", "retrieve"): "personeel-lezen",
    ("afwezigheid", "create"): "personeel",
    ("afwezigheid", "destroy"): "personeel",
    ("vervangingsplan", "list"): "lezen",
    ("vervangingsplan", "retrieve"): "lezen",
    ("vervangingsplan", "regels"): "lezen",
    ("rapport", "list"): "redigeren",
    ("rapport", "retrieve"): "redigeren",
    ("rapport", "create"): "redigeren",
    ("rapport", "destroy"): "redigeren",
    ("publicatie", "list"): "lezen",
    ("publicatie", "retrieve"): "lezen",
    ("publicatie", "bestand"): "lezen",
    ("definitieset", "list"): "lezen",
    ("definitieset", "retrieve"): "lezen",
    ("validatierun", "list"): "lezen",
    ("validatierun", "retrieve"): "lezen",
    ("validatierun", "create"): "aanleveren",
}
#: Routes that take multipart/form-data (an uploaded file) instead of JSON.
MULTIPART = {("validatierun", "create")}

ROUTES = api_routes()
QUERY = "?samenwerkingsverband=1"
pytestmark = pytest.mark.django_db


def _id(route: Route) -> str:
    return f"{route.methode} {route.prefix} {route.actie}"


def test_every_route_has_a_rule() -> None:
    zonder = [_id(r) for r in ROUTES if (r.basename, r.actie) not in REGELS]
    assert not zonder, f"API-routes zonder regel in REGELS: {zonder}"
    weg = set(REGELS) - {(r.basename, r.actie) for r in ROUTES}
    assert not weg, f"Regels voor routes die niet (meer) bestaan: {weg}"
    assert len(ROUTES) >= 60


def _eerste_id(client: Any, route: Route) -> int:
    response = client.get(f"/api/v1/{route.prefix}{QUERY}")
    assert response.status_code == 200, response.content
    resultaten = response.json()["resultaten"]
    return resultaten[0]["id"] if resultaten else 999999


def test_anonymous_gets_401_problem_everywhere(client: Any, dsz_demo: Any) -> None:
    for route in ROUTES:
        response = client.generic(route.methode, url(route, 1, formaat="pdf") + QUERY)
        assert response.status_code == 401, (_id(route), response.content)
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["status"] == 401
        assert response["WWW-Authenticate"].startswith("Bearer")


def test_reads_per_rule(api_als: Any) -> None:
    """Every role reads the register; drafts only for their editors; staff per the privacy rule."""
    beheerder = api_als("dalfsen-beheerder")
    lezer = api_als("dalfsen-lezer")
    for route in [r for r in ROUTES if r.methode == "GET"]:
        pk = _eerste_id(beheerder, route) if route.detail else None
        pad = url(route, pk, formaat="html") + QUERY
        regel = REGELS[(route.basename, route.actie)]
        antwoord = lezer.get(pad)
        if regel == "redigeren":
            assert antwoord.status_code in (200, 404), _id(route)
            if route.actie == "list":
                assert antwoord.json()["aantal"] == 0  # a lezer sees no drafts
        elif pk == 999999 or route.actie == "bestand":
            assert antwoord.status_code in (200, 404), (_id(route), antwoord.content)
        else:
            assert antwoord.status_code == 200, (_id(route), antwoord.content)
        assert antwoord["API-Version"] == "1.0.0"


def test_a_lezer_cannot_write(api_als: Any) -> None:
    lezer = api_als("dalfsen-lezer")
    beheerder = api_als("dalfsen-beheerder")
    for route in [r for r in ROUTES if r.methode != "GET"]:
        pk = _eerste_id(beheerder, route) if route.detail else None
        response = lezer.generic(
            route.methode, url(route, pk), data="{}", content_type="application/json",
            HTTP_IF_MATCH="*",
        )  # fmt: skip
        assert response.status_code in (403, 404), (_id(route), response.content)
        assert response["Content-Type"] == "application/problem+json"


def test_a_writer_gets_past_the_permission_check(api_als: Any) -> None:
    """With the right role an empty body is refused for its content (400), not for the role."""
    clients = {
        regel: api_als(gebruiker)
        for regel, gebruiker in {
            "beheren": "dalfsen-beheerder",
            "bewerken": "dalfsen-redacteur",
            "redigeren": "dalfsen-redacteur",
            "personeel": "dalfsen-personeelsfunctionaris",
            "aanleveren": "dalfsen-redacteur",
        }.items()
    }
    for route in [r for r in ROUTES if r.methode == "POST"]:
        regel = REGELS[(route.basename, route.actie)]
        formaat = "multipart" if (route.basename, route.actie) in MULTIPART else "json"
        response = clients[regel].post(url(route), data={}, format=formaat)
        assert response.status_code == 400, (_id(route), response.content)
        assert response.json()["invalidParams"]


def test_one_organisation_cannot_read_anothers_absences(api_als: Any) -> None:
    from samen.kwaliteitskaart.models import Afwezigheid
    from samen.organisaties.models import Organisatie

    dalfsen = Organisatie.objects.get(slug="dalfsen")
    afwezigheid = Afwezigheid.objects.filter(medewerker__organisatie=dalfsen).first()
    assert afwezigheid is not None
    periode = (
        f"samenwerkingsverband=1&van={afwezigheid.eerste_dag}&totEnMet={afwezigheid.eerste_dag}"
    )
    # a lezer of Staphorst: nothing of Dalfsen's people at all
    staphorst = api_als("staphorst-lezer")
    lijst = staphorst.get(f"/api/v1/afwezigheden?{periode}").json()["resultaten"]
    assert all(a["organisatie"] != dalfsen.pk for a in lijst)
    detail = staphorst.get(f"/api/v1/afwezigheden/{afwezigheid.pk}")
    assert detail.status_code == 403
    assert detail["Content-Type"] == "application/problem+json"
    # a redacteur of Staphorst (a partner): "afwezig" and a pseudonym, never the type or name
    partner = api_als("staphorst-redacteur")
    rij = partner.get(f"/api/v1/afwezigheden/{afwezigheid.pk}").json()
    assert rij["soort"] == "afwezig"
    assert afwezigheid.medewerker.naam not in rij["medewerker"]
    # Dalfsen itself: the type and the name
    eigen = api_als("dalfsen-lezer").get(f"/api/v1/afwezigheden/{afwezigheid.pk}").json()
    assert eigen["soort"] == afwezigheid.soort
    assert eigen["medewerker"] == afwezigheid.medewerker.weergavenaam


def test_viewing_personal_data_is_logged(api_als: Any) -> None:
    from samen.kwaliteitskaart.models import Medewerker, Toegangslog

    m = Medewerker.objects.filter(organisatie__slug="dalfsen").first()
    assert m is not None
    voor = Toegangslog.objects.filter(objecttype="medewerker", object_id=str(m.pk)).count()
    response = api_als("dalfsen-lezer").get(f"/api/v1/medewerkers/{m.pk}")
    assert response.status_code == 200
    rijen = Toegangslog.objects.filter(objecttype="medewerker", object_id=str(m.pk))
    assert rijen.count() == voor + 1
    assert rijen.order_by("-id").first().gebruikersnaam == "dalfsen-lezer"


def test_token_narrows_to_its_organisation(api_als: Any) -> None:
    """A token acts with the role at its organisation only: a Staphorst lezer's token cannot write
    for Dalfsen even if the same user had a writing role elsewhere."""
    from django.contrib.auth import get_user_model
    from rest_framework.test import APIClient

    from samen.accounts.models import Rol
    from samen.api.services import api_token_create
    from samen.organisaties.models import Organisatie

    user = get_user_model().objects.get(username="staphorst-lezer")
    dalfsen = Organisatie.objects.get(slug="dalfsen")
    Rol.objects.create(gebruiker=user, organisatie=dalfsen, soort=Rol.Soort.BEHEERDER)
    staphorst = Organisatie.objects.get(slug="staphorst")
    _, sleutel = api_token_create(gebruiker=user, organisatie=staphorst, naam="lezer")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {sleutel}")
    response = client.post("/api/v1/organisaties", {}, format="json")
    assert response.status_code == 403
    _, sleutel2 = api_token_create(gebruiker=user, organisatie=dalfsen, naam="beheer")
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {sleutel2}")
    assert client.post("/api/v1/organisaties", {}, format="json").status_code == 400
