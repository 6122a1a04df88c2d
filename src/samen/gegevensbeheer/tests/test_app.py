"""The app: demo history, upload through the background task, failed uploads, authorization,
versioned import/export of definitions."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from samen.demo.loader import DEMO_PASSWORD
from samen.gegevensbeheer import selectors, services
from samen.gegevensbeheer.demo import DEFINITIE
from samen.gegevensbeheer.models import Definitieset, Validatierun
from samen.gegevensbeheer.tests.helpers import ADRESSEN_KOP, ADRESSEN_MET_FOUTEN

pytestmark = pytest.mark.django_db

KOP = ADRESSEN_KOP


def login(client, naam: str):  # type: ignore[no-untyped-def]
    assert client.login(username=naam, password=DEMO_PASSWORD)
    return client


def tabel(naam: str):  # type: ignore[no-untyped-def]
    return selectors.tabellen_van_laatste_versies().get(naam=naam)


def test_demo_has_two_deliveries_per_municipality_and_table_with_progress(dsz_demo) -> None:  # type: ignore[no-untyped-def]
    runs = Validatierun.objects.filter(status="gereed")
    per = Counter((r.organisatie.slug, r.tabel.naam) for r in runs)
    assert len(per) == 9 and set(per.values()) == {2}
    for reeks in selectors.conformiteit_reeksen():
        eerste, tweede = reeks.punten
        assert eerste.ingediend_op < tweede.ingediend_op
        assert tweede.conformiteit > eerste.conformiteit  # 8 % defects in June, 2 % in September
        assert eerste.schendingen > 0
    # the foreign keys to the addresses were checked against the municipality's own addresses
    woz = Validatierun.objects.filter(
        tabel__naam="woz-objecten", bevindingen__beperking="foreignKey"
    )
    assert woz.exists()


def test_upload_runs_in_the_background_and_stores_findings(dsz_demo, client, run_tasks) -> None:  # type: ignore[no-untyped-def]
    login(client, "dalfsen-redacteur")
    inhoud = ADRESSEN_MET_FOUTEN
    voor = Validatierun.objects.count()
    r = client.post(
        reverse("gegevensbeheer:aanleveren"),
        {
            "organisatie": "dalfsen",
            "tabel": tabel("adressen").pk,
            "bestand": SimpleUploadedFile("a.csv", inhoud),
        },
    )
    assert r.status_code == 302
    run = Validatierun.objects.get(pk=int(r.url.rstrip("/").rsplit("/", 1)[1]))
    assert Validatierun.objects.count() == voor + 1
    assert run.status == "wachtrij" and run.taak_id
    pagina = client.get(r.url)
    assert "in de wachtrij" in pagina.content.decode()
    run_tasks()
    run.refresh_from_db()
    assert run.status == "gereed" and run.rijen == 3
    tel = {(b.beperking, tuple(b.velden)): b.aantal for b in run.bevindingen.all() if b.aantal}
    assert tel == {
        ("minimum", ("huisnummer",)): 1,
        ("pattern", ("postcode",)): 1,
        ("required", ("woonplaats",)): 1,
        ("primaryKey", ("nummeraanduiding_id",)): 1,
    }
    html = client.get(reverse("gegevensbeheer:run", args=[run.pk])).content.decode()
    assert "kleiner dan het minimum 1" in html and "huisnummer=0" in html
    status = client.get(reverse("gegevensbeheer:run-status", args=[run.pk])).json()
    assert status["afgelopen"] is True


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (b"", "is leeg"),
        (b"nummeraanduiding_id;postcode\n1;2\n", "ontbreekt"),
        ((KOP + "\n0148200000000001;K;1\n").encode(), "Regel 2 heeft 3 kolommen"),
    ],
)
def test_failed_upload_stores_nothing(
    dsz_demo, client, settings, inhoud: bytes, melding: str
) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    login(client, "dalfsen-redacteur")
    uploads = Path(settings.VAR_DIR) / "gegevensbeheer" / "uploads"
    bestanden = set(uploads.glob("*")) if uploads.exists() else set()
    voor = Validatierun.objects.count()
    r = client.post(
        reverse("gegevensbeheer:aanleveren"),
        {
            "organisatie": "dalfsen",
            "tabel": tabel("adressen").pk,
            "bestand": SimpleUploadedFile("a.csv", inhoud),
        },
    )
    if inhoud:
        assert r.status_code == 200
        assert melding in r.content.decode()
    else:
        assert r.status_code == 200  # Django refuses an empty upload itself
    assert Validatierun.objects.count() == voor
    assert (set(uploads.glob("*")) if uploads.exists() else set()) == bestanden


def test_authorization(dsz_demo, client) -> None:  # type: ignore[no-untyped-def]
    login(client, "staphorst-lezer")
    assert client.get(reverse("gegevensbeheer:dashboard")).status_code == 200
    assert client.get(reverse("gegevensbeheer:definities")).status_code == 200
    assert client.get(reverse("gegevensbeheer:aanleveren")).status_code == 403
    assert client.get(reverse("gegevensbeheer:definitie-importeren")).status_code == 403
    # a lezer of another organisation sees counts and row numbers, not the values
    run = (
        Validatierun.objects.filter(organisatie__slug="dalfsen", tabel__naam="adressen")
        .order_by("pk")
        .first()
    )
    html = client.get(reverse("gegevensbeheer:run", args=[run.pk])).content.decode()
    assert "de waarden in de rijen ziet alleen de eigen organisatie" in html
    assert "nummeraanduiding_id=0148" not in html
    client.logout()
    login(client, "dalfsen-redacteur")
    form = client.get(reverse("gegevensbeheer:aanleveren")).context["form"]
    assert [c for c, _ in form.fields["organisatie"].choices] == ["dalfsen"]
    r = client.post(
        reverse("gegevensbeheer:aanleveren"),
        {
            "organisatie": "staphorst",
            "tabel": tabel("adressen").pk,
            "bestand": SimpleUploadedFile("a.csv", b"x\n1\n"),
        },
    )
    assert (
        r.status_code == 200
        and not Validatierun.objects.filter(
            organisatie__slug="staphorst", bestandsnaam="a.csv"
        ).exists()
    )


def test_import_makes_a_new_version_and_export_round_trips(dsz_demo, client) -> None:  # type: ignore[no-untyped-def]
    login(client, "dalfsen-beheerder")
    data = json.loads(DEFINITIE.read_text())
    data["resources"][0]["schema"]["fields"][1]["constraints"]["maxLength"] = 60
    r = client.post(
        reverse("gegevensbeheer:definitie-importeren"),
        {"bestand": SimpleUploadedFile("bg.json", json.dumps(data).encode())},
    )
    assert r.status_code == 302
    assert list(
        Definitieset.objects.filter(naam="belastingen-geo").values_list("versie", flat=True)
    ) == [2, 1]
    oud = client.get(reverse("gegevensbeheer:datapackage", args=["belastingen-geo", 1])).json()
    nieuw = client.get(reverse("gegevensbeheer:datapackage", args=["belastingen-geo", 2])).json()
    op_naam = lambda rs: sorted(rs, key=lambda r: r["name"])  # noqa: E731
    assert op_naam(nieuw["resources"]) == op_naam(data["resources"])
    assert oud["resources"][0]["schema"]["fields"][1]["constraints"]["maxLength"] == 80
    html = client.get(
        reverse("gegevensbeheer:definitieset", args=["belastingen-geo", 2])
    ).content.decode()
    assert "maximaal 60 tekens" in html and "versie 1" in html


def test_bad_definition_stores_nothing(db) -> None:  # type: ignore[no-untyped-def]
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="onbekend type"):
        services.definitieset_importeren(data={"fields": [{"name": "a", "type": "geld"}]})
    assert not Definitieset.objects.exists()


def test_a_file_found_malformed_in_the_background_stores_no_findings(
    dsz_demo, client, run_tasks, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    monkeypatch.setattr(services, "VOLLEDIG_VOORAF", 0)  # as for a file over 64 MiB: header only
    login(client, "dalfsen-redacteur")
    inhoud = (
        KOP + "\n0148200000000001;Kerkstraat;1;;;7721 AB;Dalfsen\n0148200000000002;K;2\n"
    ).encode()
    r = client.post(
        reverse("gegevensbeheer:aanleveren"),
        {
            "organisatie": "dalfsen",
            "tabel": tabel("adressen").pk,
            "bestand": SimpleUploadedFile("groot.csv", inhoud),
        },
    )
    assert r.status_code == 302
    run = Validatierun.objects.get(bestandsnaam="groot.csv")
    upload = Path(run.bestand)
    assert upload.exists()
    run_tasks()
    run.refresh_from_db()
    assert run.status == "mislukt" and "Regel 3 heeft 3 kolommen" in run.foutmelding
    assert not run.bevindingen.exists() and run.conformiteit is None
    assert not upload.exists()
    assert all(run not in reeks.punten for reeks in selectors.conformiteit_reeksen())
    assert "Regel 3 heeft 3 kolommen" in client.get(r.url).content.decode()
