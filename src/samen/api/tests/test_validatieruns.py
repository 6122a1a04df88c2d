"""Starting a validation run by uploading a file (multipart/form-data) and polling it: the same
service, rights and refusals as the upload page; a refused upload stores nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from samen.gegevensbeheer.tests.helpers import ADRESSEN_KOP, ADRESSEN_MET_FOUTEN

pytestmark = pytest.mark.django_db

PAD = "/api/v1/validatieruns"
PROBLEM = "application/problem+json"
KOP = ADRESSEN_KOP
GOED = ADRESSEN_MET_FOUTEN


@pytest.fixture(autouse=True)
def _eigen_var_dir(settings: Any, tmp_path_factory: Any) -> None:
    """Uploads go to a temporary directory, not the project's var/."""
    settings.VAR_DIR = tmp_path_factory.mktemp("var")


def _adressen() -> Any:
    from samen.gegevensbeheer import selectors

    return selectors.tabellen_van_laatste_versies().get(naam="adressen")


def _organisatie(slug: str) -> Any:
    from samen.organisaties.models import Organisatie

    return Organisatie.objects.get(slug=slug)


def _uploads(settings: Any) -> set[Path]:
    map_ = Path(settings.VAR_DIR) / "gegevensbeheer" / "uploads"
    return set(map_.iterdir()) if map_.exists() else set()


def _stand(settings: Any) -> tuple[int, int, set[Path]]:
    """What a refused upload must leave as it was: runs, queued tasks and stored files."""
    from django_tasks_db.models import DBTaskResult

    from samen.gegevensbeheer.models import Validatierun

    return Validatierun.objects.count(), DBTaskResult.objects.count(), _uploads(settings)


def _upload(client: Any, inhoud: bytes = GOED, naam: str = "adressen.csv", **velden: Any) -> Any:
    data: dict[str, Any] = {
        "organisatie": _organisatie("dalfsen").pk,
        "tabel": _adressen().pk,
        "bestand": SimpleUploadedFile(naam, inhoud, content_type="text/csv"),
    }
    data.update(velden)
    return client.post(PAD, {k: v for k, v in data.items() if v is not None}, format="multipart")


def _veldnamen(response: Any) -> list[str]:
    assert response["Content-Type"] == PROBLEM, response.content
    body = response.json()
    assert body["status"] == response.status_code
    return [p["name"] for p in body["invalidParams"]]


@pytest.mark.parametrize("gebruiker", ["dalfsen-redacteur", "dalfsen-beheerder"])
def test_an_upload_queues_a_run_that_the_client_polls_until_done(
    api_als: Any, run_tasks: Any, settings: Any, gebruiker: str
) -> None:
    from django_tasks_db.models import DBTaskResult

    from samen.gegevensbeheer.models import Validatierun

    client = api_als(gebruiker)
    response = _upload(client)

    assert response.status_code == 201, response.content
    body = response.json()
    run = Validatierun.objects.get(pk=body["id"])
    assert body["organisatie"] == _organisatie("dalfsen").pk
    assert body["tabel"] == _adressen().pk
    assert body["bestandsnaam"] == "adressen.csv"
    assert body["grootte"] == len(GOED) and body["formaat"] == "csv"
    assert body["status"] == "wachtrij" and body["gereedOp"] is None
    assert body["rijen"] is None and body["conformiteit"] is None and body["bevindingen"] == []
    assert run.ingediend_door.username == gebruiker
    assert response["Location"] == f"http://testserver{PAD}/{run.pk}"
    # the background validation is queued, for this run
    taak = DBTaskResult.objects.get(id=run.taak_id)
    assert taak.task_path.endswith("valideer_upload") and taak.args_kwargs["args"] == [run.pk]
    assert taak.status == "READY"
    assert Path(run.bestand).exists() and Path(run.bestand).parent in {
        p.parent for p in _uploads(settings)
    }

    # polling: the same run, with the ETag of the create
    gelezen = client.get(f"{PAD}/{run.pk}")
    assert gelezen.status_code == 200
    assert gelezen.json() == body
    assert gelezen["ETag"] == response["ETag"]

    run_tasks()
    klaar = client.get(f"{PAD}/{run.pk}").json()
    assert klaar["status"] == "gereed" and klaar["rijen"] == 3
    tel = {(b["beperking"], tuple(b["velden"])): b["aantal"] for b in klaar["bevindingen"]}
    assert {k: v for k, v in tel.items() if v} == {
        ("minimum", ("huisnummer",)): 1,
        ("pattern", ("postcode",)): 1,
        ("required", ("woonplaats",)): 1,
        ("primaryKey", ("nummeraanduiding_id",)): 1,
    }
    assert not Path(run.bestand).exists()  # the worker removed the upload


def test_a_run_that_fails_in_the_background_tells_the_client_why(
    api_als: Any, run_tasks: Any
) -> None:
    from samen.gegevensbeheer.models import Validatierun

    client = api_als("dalfsen-redacteur")
    body = _upload(client).json()
    assert body["foutmelding"] == ""
    Path(Validatierun.objects.get(pk=body["id"]).bestand).unlink()  # gone before the worker ran

    run_tasks()
    mislukt = client.get(f"{PAD}/{body['id']}").json()
    assert mislukt["status"] == "mislukt" and mislukt["gereedOp"] is not None
    assert mislukt["foutmelding"] == Validatierun.objects.get(pk=body["id"]).foutmelding != ""
    assert mislukt["conformiteit"] is None and mislukt["bevindingen"] == []


def test_an_excel_workbook_is_taken_as_on_the_upload_page(api_als: Any) -> None:
    import io

    from openpyxl import Workbook

    wb = Workbook()
    for rij in [
        KOP.split(";"),
        ["0148200000000001", "Kerkstraat", 1, None, None, "7721 AB", "Dalfsen"],
    ]:
        wb.active.append(rij)
    buffer = io.BytesIO()
    wb.save(buffer)
    response = _upload(api_als("dalfsen-redacteur"), inhoud=buffer.getvalue(), naam="a.xlsx")
    assert response.status_code == 201, response.content
    assert response.json()["formaat"] == "excel" and response.json()["status"] == "wachtrij"


def test_a_lezer_may_not_upload(api_als: Any, settings: Any) -> None:
    voor = _stand(settings)
    response = _upload(api_als("dalfsen-lezer"))
    assert response.status_code == 403
    assert response["Content-Type"] == PROBLEM
    assert _stand(settings) == voor


def test_no_upload_for_another_organisation_whose_runs_stay_readable(
    api_als: Any, settings: Any
) -> None:
    """A redacteur of Staphorst cannot deliver for Dalfsen (as on the upload page); reading
    Dalfsen's runs stays open to every role, as the run page is, without the example rows."""
    from samen.gegevensbeheer.models import Validatierun

    staphorst = api_als("staphorst-redacteur")
    voor = _stand(settings)
    response = _upload(staphorst)
    assert response.status_code == 403
    assert response["Content-Type"] == PROBLEM
    assert _stand(settings) == voor

    # even with a broken file the organisation is refused first: no file is looked at
    assert _upload(staphorst, inhoud=b"x\n1\n").status_code == 403
    # for its own organisation the same user may
    eigen = _upload(staphorst, organisatie=_organisatie("staphorst").pk)
    assert eigen.status_code == 201, eigen.content

    run = Validatierun.objects.filter(organisatie__slug="dalfsen").order_by("pk").first()
    assert run is not None
    gelezen = api_als("staphorst-lezer").get(f"{PAD}/{run.pk}")
    assert gelezen.status_code == 200
    assert all("voorbeelden" not in b for b in gelezen.json()["bevindingen"])


@pytest.mark.parametrize(
    ("inhoud", "naam", "melding"),
    [
        (b"nummeraanduiding_id;postcode\n1;2\n", "a.csv", "ontbreekt"),  # header lacks columns
        ((KOP + "\n0148200000000001;K;1\n").encode(), "a.csv", "Regel 2 heeft 3 kolommen"),
        (KOP.encode() + b"\n", "a.csv", "alleen een kopregel"),
        (b"PK\x03\x04 geen echte werkmap", "a.xlsx", "Excel-bestand"),
        (b"", "a.csv", "leeg"),  # refused by the serializer, before the service
    ],
)
def test_an_unreadable_file_is_a_400_on_bestand_and_stores_nothing(
    api_als: Any, settings: Any, inhoud: bytes, naam: str, melding: str
) -> None:
    client = api_als("dalfsen-redacteur")
    _upload(client)  # an earlier upload: its file stays, the refused one leaves nothing
    voor = _stand(settings)
    assert len(voor[2]) == 1

    response = _upload(client, inhoud=inhoud, naam=naam)

    assert response.status_code == 400, response.content
    assert _veldnamen(response) == ["bestand"]
    assert melding in response.json()["invalidParams"][0]["reason"]
    assert _stand(settings) == voor


def test_missing_and_unknown_fields_are_400_naming_them(api_als: Any, settings: Any) -> None:
    import json

    from samen.gegevensbeheer import services
    from samen.gegevensbeheer.demo import DEFINITIE

    client = api_als("dalfsen-redacteur")
    oude_tabel = _adressen()
    services.definitieset_importeren(data=json.loads(DEFINITIE.read_text()))  # a new version
    voor = _stand(settings)

    zonder_bestand = client.post(
        PAD, {"organisatie": _organisatie("dalfsen").pk, "tabel": _adressen().pk}
    )
    assert zonder_bestand.status_code == 400
    assert _veldnamen(zonder_bestand) == ["bestand"]
    assert _veldnamen(client.post(PAD, {}, format="multipart")) == [
        "organisatie",
        "tabel",
        "bestand",
    ]
    for velden, veld in [
        ({"organisatie": 999999}, "organisatie"),
        ({"organisatie": "dalfsen"}, "organisatie"),
        ({"tabel": 999999}, "tabel"),
        ({"tabel": oude_tabel.pk}, "tabel"),  # the upload page offers the newest version only
        ({"bestand": "geen bestand"}, "bestand"),
    ]:
        response = _upload(client, **velden)
        assert response.status_code == 400, (velden, response.content)
        assert _veldnamen(response) == [veld], velden
    assert _stand(settings) == voor


def test_only_multipart_is_taken(api_als: Any, settings: Any) -> None:
    client = api_als("dalfsen-redacteur")
    voor = _stand(settings)
    response = client.post(
        PAD, {"organisatie": 1, "tabel": _adressen().pk, "bestand": "a;b"}, format="json"
    )
    assert response.status_code == 415
    assert response["Content-Type"] == PROBLEM
    assert "multipart/form-data" in response.json()["detail"]
    assert _stand(settings) == voor


def test_the_size_limit(api_als: Any, settings: Any, monkeypatch: Any) -> None:
    """A file over the limit is refused before the service stores it (400 on bestand); a request
    announcing more than that is refused before it is read (413)."""
    from samen.gegevensbeheer import services
    from samen.gegevensbeheer.api import views

    client = api_als("dalfsen-redacteur")
    monkeypatch.setattr(services, "MAX_UPLOAD", len(GOED) - 1)
    voor = _stand(settings)
    te_groot = _upload(client)
    assert te_groot.status_code == 400
    assert _veldnamen(te_groot) == ["bestand"]
    assert "groter dan" in te_groot.json()["invalidParams"][0]["reason"]

    monkeypatch.setattr(views, "_MULTIPART_RUIMTE", 0)
    veel_te_groot = _upload(client)
    assert veel_te_groot.status_code == 413
    assert veel_te_groot["Content-Type"] == PROBLEM
    assert veel_te_groot.json()["title"] == "Verzoek te groot"
    assert _stand(settings) == voor

    monkeypatch.setattr(services, "MAX_UPLOAD", len(GOED) + 2000)  # the file and its envelope
    assert _upload(client).status_code == 201
