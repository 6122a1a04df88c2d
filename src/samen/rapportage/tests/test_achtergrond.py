"""Large notes in the background: a PDF/DOCX of a large draft and publishing a large note are
django-tasks tasks run by the real worker (``run_tasks``); the pages show their state."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from samen.core.taken import taak_status
from samen.organisaties.models import Organisatie
from samen.rapportage import achtergrond, services
from samen.rapportage.models import Opdracht, Publicatie

pytestmark = pytest.mark.django_db


def login(client, username: str) -> None:  # type: ignore[no-untyped-def]
    client.force_login(get_user_model().objects.get(username=username))


@pytest.fixture
def concept(dsz_demo):  # type: ignore[no-untyped-def]
    return services.rapport_create(
        organisatie=Organisatie.objects.get(slug="dalfsen"),
        soort="stand_van_zaken",
        peildatum=dt.date(2012, 9, 10),
        vanaf=dt.date(2012, 3, 8),
    )


@pytest.fixture
def klein_grens(monkeypatch):  # type: ignore[no-untyped-def]
    # The real threshold is 30 pages; lowering it lets the 9-page demo note stand in for a big one.
    monkeypatch.setattr(achtergrond, "MAX_PAGINAS_DIRECT", 3)


def test_a_small_note_downloads_at_once(client, concept):
    login(client, "dalfsen-redacteur")
    pdf = client.get(f"/rapportage/concepten/{concept.pk}/download/pdf/")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert not Opdracht.objects.exists()


def test_a_large_pdf_is_made_in_the_background_and_offered_when_done(
    client, concept, klein_grens, run_tasks
):
    login(client, "dalfsen-redacteur")
    pagina = client.get(f"/rapportage/concepten/{concept.pk}/").content.decode()
    assert "PDF maken" in pagina and "(achtergrond)" in pagina
    uitleg = client.get(f"/rapportage/concepten/{concept.pk}/download/pdf/")
    assert uitleg.status_code == 200 and "op de achtergrond maken" in uitleg.content.decode()
    assert not Opdracht.objects.exists()  # a GET never starts work

    antwoord = client.post(f"/rapportage/concepten/{concept.pk}/download/pdf/")
    opdracht = Opdracht.objects.get()
    url = f"/rapportage/concepten/{concept.pk}/opdrachten/{opdracht.pk}/"
    assert antwoord.status_code == 302 and antwoord["Location"] == url
    wachtend = client.get(url).content.decode()
    assert "in de wachtrij" in wachtend and "Vernieuwen" in wachtend
    assert "samen/taak.js" in wachtend
    status = client.get(url + "status/").json()
    assert status["status"] == "READY" and status["afgelopen"] is False
    assert client.get(url + "bestand/").status_code == 404
    # asking again for the same version reuses the open request
    client.post(f"/rapportage/concepten/{concept.pk}/download/pdf/")
    assert Opdracht.objects.count() == 1

    run_tasks()

    status = client.get(url + "status/").json()
    assert status == {
        "id": opdracht.taak_id,
        "status": "SUCCESSFUL",
        "label": "klaar",
        "afgelopen": True,
        "fout": "",
        "url": url + "bestand/",
    }
    klaar = client.get(url).content.decode()
    assert "PDF downloaden" in klaar and "Vernieuwen" not in klaar
    bestand = client.get(url + "bestand/")
    assert bestand.status_code == 200 and bestand.content.startswith(b"%PDF")
    assert "attachment" in bestand["Content-Disposition"]

    # an edit makes the file stale: it is no longer offered
    services.sectie_update(rapport=concept, sleutel="kernboodschap", tekst="Nieuwe woorden.")
    assert client.get(url + "bestand/").status_code == 404
    assert "Het concept is gewijzigd" in client.get(url).content.decode()


def test_a_large_note_is_published_by_the_worker(client, concept, klein_grens, run_tasks):
    login(client, "dalfsen-redacteur")
    antwoord = client.post(
        f"/rapportage/concepten/{concept.pk}/publiceren/",
        {"publicatiedatum": "2012-09-10", "bevestig": "on"},
    )
    opdracht = Opdracht.objects.get(soort="publiceren")
    url = f"/rapportage/concepten/{concept.pk}/opdrachten/{opdracht.pk}/"
    assert antwoord.status_code == 302 and antwoord["Location"] == url
    assert not Publicatie.objects.exists()
    # a second request while the first is open is refused, storing nothing
    tweede = client.post(
        f"/rapportage/concepten/{concept.pk}/publiceren/",
        {"publicatiedatum": "2012-09-10", "bevestig": "on"},
    )
    assert "al gepubliceerd op de achtergrond" in tweede.content.decode()
    assert Opdracht.objects.count() == 1

    run_tasks()

    publicatie = Publicatie.objects.get()
    assert publicatie.registratienummer == "SAMEN-DALFSEN-2012-0001"
    assert publicatie.gepubliceerd_door == "dalfsen-redacteur"
    assert sorted(publicatie.bestanden.values_list("formaat", flat=True)) == [
        "docx",
        "html",
        "md",
        "pdf",
    ]
    klaar = client.get(url).content.decode()
    assert "Naar de publicatie" in klaar
    assert f"/rapportage/publicaties/{publicatie.registratienummer}/" in klaar


def test_a_refused_background_publication_shows_the_reason(concept, klein_grens, run_tasks):
    eerste = achtergrond.publiceren_aanvragen(rapport=concept, publicatiedatum=dt.date(2012, 9, 10))
    # Published directly in the meantime (as another editor could): the task must refuse.
    services.rapport_publish(rapport=concept, publicatiedatum=dt.date(2012, 9, 11))
    run_tasks()
    status = taak_status(eerste.taak_id)
    assert status.mislukt and status.label == "mislukt"
    assert "al gepubliceerd als SAMEN-DALFSEN-2012-0001" in status.fout
    assert Publicatie.objects.count() == 1


def test_background_work_is_only_for_editors_of_the_organisation(client, concept, klein_grens):
    opdracht = achtergrond.bestand_aanvragen(rapport=concept, formaat="docx")
    url = f"/rapportage/concepten/{concept.pk}/opdrachten/{opdracht.pk}/status/"
    login(client, "dalfsen-lezer")
    assert client.get(url).status_code == 403
    assert client.post(f"/rapportage/concepten/{concept.pk}/download/pdf/").status_code == 403
    login(client, "staphorst-redacteur")
    assert client.get(url).status_code == 404
    assert Opdracht.objects.count() == 1
