"""Writes: optimistic concurrency with ETag/If-Match, problem+json for bad input, creation."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def _open_toezegging() -> Any:
    from samen.bestuur.models import Toezegging

    t = Toezegging.objects.filter(nagekomen_op__isnull=True).select_related("orgaan").first()
    assert t is not None, "de demo heeft een open toezegging"
    return t


def test_if_match_conflicts(api_als: Any) -> None:
    t = _open_toezegging()
    organisatie = t.orgaan.organisatie.slug
    client = api_als(f"{organisatie}-redacteur")
    pad = f"/api/v1/toezeggingen/{t.pk}"
    etag = client.get(pad)["ETag"]
    body = {"nagekomenOp": str(t.gedaan_op + dt.timedelta(days=10)), "nagekomenToelichting": "x"}

    # without If-Match: 428, nothing stored
    zonder = client.patch(pad, body, format="json")
    assert zonder.status_code == 428
    assert zonder["Content-Type"] == PROBLEM
    t.refresh_from_db()
    assert t.nagekomen_op is None

    # a stale version (someone changed the record in between): 412, nothing stored
    oud = client.patch(pad, body, format="json", HTTP_IF_MATCH='"0123456789abcdef0123456789abcdef"')
    assert oud.status_code == 412
    assert oud.json()["status"] == 412 and oud.json()["title"] == "Versie verouderd"
    t.refresh_from_db()
    assert t.nagekomen_op is None

    # the current version: stored, and a new ETag
    goed = client.patch(pad, body, format="json", HTTP_IF_MATCH=etag)
    assert goed.status_code == 200, goed.content
    assert goed.json()["nagekomenOp"] == body["nagekomenOp"]
    assert goed["ETag"] != etag
    t.refresh_from_db()
    assert t.nagekomen_op == t.gedaan_op + dt.timedelta(days=10)

    # the old ETag is now stale: the second writer does not overwrite silently
    tweede = client.patch(pad, body, format="json", HTTP_IF_MATCH=etag)
    assert tweede.status_code == 412


def test_service_validation_error_is_a_400_problem(api_als: Any) -> None:
    t = _open_toezegging()
    client = api_als(f"{t.orgaan.organisatie.slug}-redacteur")
    pad = f"/api/v1/toezeggingen/{t.pk}"
    etag = client.get(pad)["ETag"]
    vroeg = str(t.gedaan_op - dt.timedelta(days=1))
    response = client.patch(pad, {"nagekomenOp": vroeg}, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 400
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["type"].endswith("ongeldige-invoer")
    assert body["status"] == 400 and body["title"] and body["detail"]
    [veld] = body["invalidParams"]
    assert veld["name"] == "nagekomenOp"  # camelCase, as the request had it
    assert "vóór zij is gedaan" in veld["reason"]  # the service's Dutch message


def test_bad_input_problems(api_als: Any) -> None:
    client = api_als("dalfsen-redacteur")
    slecht = client.post(
        "/api/v1/fasewijzigingen",
        {"terrein": 1, "fase": "onbekend", "datum": "morgen"},
        format="json",
    )
    assert slecht.status_code == 400
    namen = {p["name"] for p in slecht.json()["invalidParams"]}
    assert namen == {"fase", "datum"}
    assert slecht.headers["API-Version"] == "1.0.0"

    for pad, param in [
        ("/api/v1/lidmaatschappen?peildatum=2012-13-40", "peildatum"),
        ("/api/v1/organisaties?sorteer=grootte", "sorteer"),
        ("/api/v1/organisaties?paginaGrootte=1000", "paginaGrootte"),
        ("/api/v1/werkgroepen?samenwerkingsterrein=abc", "samenwerkingsterrein"),
        ("/api/v1/medewerkers", "samenwerkingsverband"),
    ]:
        response = client.get(pad)
        assert response.status_code == 400, pad
        assert response["Content-Type"] == PROBLEM
        assert [p["name"] for p in response.json()["invalidParams"]] == [param]

    onbekend = client.get("/api/v1/bestaat-niet/12")
    assert onbekend.status_code == 404 and onbekend["Content-Type"] == PROBLEM
    assert client.get("/api/v1/organisaties/abc").status_code == 404
    assert client.get("/api/v1/organisaties/").status_code == 404  # no trailing slashes
    geen_json = client.post("/api/v1/moties", "x", content_type="text/plain")
    assert geen_json.status_code == 415 and geen_json["Content-Type"] == PROBLEM
    assert geen_json.json()["detail"] == "Stuur de invoer als application/json."


def test_create_with_etag_location_and_actor(api_als: Any) -> None:
    from samen.terreinen.models import Voortgangsbericht

    client = api_als("dalfsen-redacteur")
    response = client.post(
        "/api/v1/voortgangsberichten",
        {"terrein": 1, "datum": "2013-02-01", "titel": "Via de API", "tekst": "Gemeld."},
        format="json",
    )
    assert response.status_code == 201, response.content
    nieuw = Voortgangsbericht.objects.get(pk=response.json()["id"])
    assert nieuw.titel == "Via de API" and nieuw.auteur.username == "dalfsen-redacteur"
    assert response["Location"].endswith(f"/api/v1/voortgangsberichten/{nieuw.pk}")
    assert response["ETag"] == client.get(f"/api/v1/voortgangsberichten/{nieuw.pk}")["ETag"]


def test_peildatum_and_filters(api_als: Any) -> None:
    from samen.organisaties.models import Lidmaatschap

    client = api_als("dalfsen-lezer")
    datum = dt.date(2012, 6, 1)
    verwacht = {
        lm.pk
        for lm in Lidmaatschap.objects.all()
        if lm.begindatum <= datum and (lm.einddatum is None or datum < lm.einddatum)
        and lm.samenwerkingsverband_id == 1
    }  # fmt: skip
    response = client.get(f"/api/v1/lidmaatschappen?peildatum={datum}&samenwerkingsverband=1")
    assert {r["id"] for r in response.json()["resultaten"]} == verwacht

    pagina = client.get("/api/v1/personen?paginaGrootte=5&pagina=2&sorteer=-achternaam").json()
    assert pagina["links"]["prev"].endswith("paginaGrootte=5&sorteer=-achternaam")
    assert "pagina=3" in (pagina["links"]["next"] or "pagina=3")
    namen = [r["achternaam"] for r in pagina["resultaten"]]
    assert namen == sorted(namen, reverse=True)


def test_history_of_a_milestone(api_als: Any) -> None:
    from samen.terreinen.models import Mijlpaalplanning

    planning = Mijlpaalplanning.objects.order_by("mijlpaal_id").first()
    historie = api_als("dalfsen-lezer").get(f"/api/v1/mijlpalen/{planning.mijlpaal_id}/historie")
    verwacht = list(
        Mijlpaalplanning.objects.filter(mijlpaal_id=planning.mijlpaal_id)
        .order_by("vastgesteld_op", "id")
        .values_list("geplande_datum", flat=True)
    )
    assert [r["geplandeDatum"] for r in historie.json()] == [str(d) for d in verwacht]


def test_absence_delete_with_if_match(api_als: Any) -> None:
    from samen.kwaliteitskaart.models import Afwezigheid

    a = Afwezigheid.objects.filter(medewerker__organisatie__slug="dalfsen").first()
    client = api_als("dalfsen-personeelsfunctionaris")
    pad = f"/api/v1/afwezigheden/{a.pk}"
    etag = client.get(pad)["ETag"]
    assert client.delete(pad, HTTP_IF_MATCH='"oud"').status_code == 412
    assert Afwezigheid.objects.filter(pk=a.pk).exists()
    assert client.delete(pad, HTTP_IF_MATCH=etag).status_code == 204
    assert not Afwezigheid.objects.filter(pk=a.pk).exists()


def test_put_replaces_a_business_case_and_needs_every_property(api_als: Any) -> None:
    from samen.businesscase.models import Businesscase

    bc = Businesscase.objects.exclude(terrein=None).select_related("samenwerkingsverband").first()
    assert bc is not None, "de demo heeft een businesscase bij een terrein"
    lid = bc.samenwerkingsverband.lidmaatschappen.select_related("organisatie").first()
    client = api_als(f"{lid.organisatie.slug}-redacteur")
    pad = f"/api/v1/businesscases/{bc.pk}"
    gelezen = client.get(pad)
    etag, inhoud = gelezen["ETag"], gelezen.json()["inhoud"]

    # PUT without terrein and besluit: 400 naming both, nothing stored
    onvolledig = client.put(pad, {"inhoud": inhoud}, format="json", HTTP_IF_MATCH=etag)
    assert onvolledig.status_code == 400 and onvolledig["Content-Type"] == PROBLEM
    namen = {p["name"] for p in onvolledig.json()["invalidParams"]}
    assert {"terrein", "besluit"} <= namen
    bc.refresh_from_db()
    assert bc.terrein_id is not None

    # the whole state, with terrein cleared: stored, new ETag; the old ETag is then stale
    volledig = {
        "inhoud": inhoud,
        "terrein": None,
        "besluit": None,
        "toelichting": "Los van terrein.",
    }
    goed = client.put(pad, volledig, format="json", HTTP_IF_MATCH=etag)
    assert goed.status_code == 200, goed.content
    assert goed.json()["terrein"] is None and goed["ETag"] != etag
    bc.refresh_from_db()
    assert bc.terrein_id is None
    assert client.put(pad, volledig, format="json", HTTP_IF_MATCH=etag).status_code == 412


def test_a_writing_resource_without_its_service_hook_is_refused_when_defined() -> None:
    from samen.api.base import MaakAan, SamenViewSet, Vervang, Verwijder

    with pytest.raises(TypeError, match="MaakAan maar mist perform_create"):

        class ZonderAanmaken(MaakAan, SamenViewSet):
            pass

    with pytest.raises(TypeError, match="Wijzig maar mist perform_update"):

        class ZonderWijzigen(Vervang, SamenViewSet):
            pass

    with pytest.raises(TypeError, match="Verwijder maar mist perform_destroy"):

        class ZonderVerwijderen(Verwijder, SamenViewSet):
            pass

    class Compleet(MaakAan, SamenViewSet):
        def perform_create(self, data: dict[str, Any]) -> Any:
            return data

    assert Compleet.perform_create is not None


def test_a_body_over_djangos_limit_is_a_413_problem(api_als: Any, settings: Any) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100
    client = api_als("dalfsen-redacteur")
    response = client.post("/api/v1/moties", {"titel": "x" * 200}, format="json")
    assert response.status_code == 413
    assert response["Content-Type"] == PROBLEM
    assert response.json()["type"].endswith("verzoek-te-groot")
