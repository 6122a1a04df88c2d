"""The report pages: the editor's flow from draft to archive, and who may see what."""

from __future__ import annotations

import hashlib

import pytest
from django.contrib.auth import get_user_model

from samen.organisaties.models import Organisatie
from samen.rapportage import services
from samen.rapportage.models import Publicatie, Rapport

pytestmark = pytest.mark.django_db


def login(client, username: str) -> None:  # type: ignore[no-untyped-def]
    client.force_login(get_user_model().objects.get(username=username))


@pytest.fixture
def concept(dsz_demo):  # type: ignore[no-untyped-def]
    import datetime as dt

    return services.rapport_create(
        organisatie=Organisatie.objects.get(slug="dalfsen"),
        soort="stand_van_zaken",
        peildatum=dt.date(2012, 9, 10),
        vanaf=dt.date(2012, 3, 8),
    )


def test_editor_writes_edits_downloads_and_publishes_a_note(client, dsz_demo):
    login(client, "dalfsen-redacteur")
    archief = client.get("/rapportage/").content.decode()
    assert "Nieuwe notitie of nieuwsbrief" in archief
    fout = client.post(
        "/rapportage/nieuw/",
        {
            "organisatie": "dalfsen",
            "soort": "stand_van_zaken",
            "peildatum": "2012-03-01",
            "vanaf": "2012-09-10",
        },
    )
    assert fout.status_code == 200 and "moet vóór de peildatum liggen" in fout.content.decode()
    assert not Rapport.objects.exists()

    antwoord = client.post(
        "/rapportage/nieuw/",
        {
            "organisatie": "dalfsen",
            "soort": "stand_van_zaken",
            "peildatum": "2012-09-10",
            "vanaf": "2012-03-08",
        },
    )
    rapport = Rapport.objects.get()
    assert (
        antwoord.status_code == 302
        and antwoord["Location"] == f"/rapportage/concepten/{rapport.pk}/"
    )
    pagina = client.get(antwoord["Location"]).content.decode()
    assert "Dalfsen volgt met Staphorst en Zwartewaterland" in pagina
    assert 'data-sectie="samenwerkingspartners"' in pagina

    sectie_url = f"/rapportage/concepten/{rapport.pk}/secties/kernboodschap/"
    assert "Dalfsen hecht belang" in client.get(sectie_url).content.decode()
    client.post(sectie_url, {"tekst": "Dalfsen zet **door** met DSZ.\n\n- punt een\n- punt twee"})
    pagina = client.get(f"/rapportage/concepten/{rapport.pk}/").content.decode()
    assert "Dalfsen zet <strong>door</strong> met DSZ." in pagina and "<li>punt twee</li>" in pagina
    assert "aangepast" in pagina

    for formaat, soort in (
        ("md", "text/markdown"),
        ("html", "text/html"),
        ("docx", "wordprocessingml"),
    ):
        download = client.get(f"/rapportage/concepten/{rapport.pk}/download/{formaat}/")
        assert download.status_code == 200 and soort in download["Content-Type"]
        assert "attachment" in download["Content-Disposition"]
    assert (
        "Dalfsen zet **door** met DSZ."
        in client.get(f"/rapportage/concepten/{rapport.pk}/download/md/").content.decode()
    )

    publiceren = f"/rapportage/concepten/{rapport.pk}/publiceren/"
    assert (
        "Na publicatie verandert deze stand van zaken niet meer"
        in client.get(publiceren).content.decode()
    )
    zonder = client.post(publiceren, {"publicatiedatum": "2012-09-10"})
    assert zonder.status_code == 200 and not Publicatie.objects.exists()
    gepubliceerd = client.post(publiceren, {"publicatiedatum": "2012-09-10", "bevestig": "on"})
    assert gepubliceerd["Location"] == "/rapportage/publicaties/SAMEN-DALFSEN-2012-0001/"
    pagina = client.get(gepubliceerd["Location"]).content.decode()
    bestand = Publicatie.objects.get().bestanden.get(formaat="pdf")
    assert "SAMEN-DALFSEN-2012-0001" in pagina and bestand.sha256 in pagina
    pdf = client.get("/rapportage/publicaties/SAMEN-DALFSEN-2012-0001/pdf/")
    inhoud = b"".join(pdf.streaming_content) if pdf.streaming else pdf.content
    assert hashlib.sha256(inhoud).hexdigest() == bestand.sha256 == pdf["X-Samen-SHA256"]

    # After publishing the draft pages lead to the frozen archive; a second publish changes nothing.
    assert (
        client.get(f"/rapportage/concepten/{rapport.pk}/")["Location"] == gepubliceerd["Location"]
    )
    client.post(publiceren, {"publicatiedatum": "2012-09-11", "bevestig": "on"})
    client.post(sectie_url, {"tekst": "Iets anders."})
    assert Publicatie.objects.count() == 1
    assert "Iets anders" not in Rapport.objects.get().secties.get(sleutel="kernboodschap").tekst
    assert "SAMEN-DALFSEN-2012-0001" in client.get("/rapportage/").content.decode()


def test_a_council_member_reads_published_notes_but_cannot_create_or_publish(client, concept):
    login(client, "dalfsen-lezer")
    assert "Nieuwe notitie" not in client.get("/rapportage/").content.decode()
    assert client.get("/rapportage/nieuw/").status_code == 403
    assert client.post("/rapportage/nieuw/", {"organisatie": "dalfsen"}).status_code == 403
    assert client.get(f"/rapportage/concepten/{concept.pk}/").status_code == 403
    assert (
        client.post(
            f"/rapportage/concepten/{concept.pk}/publiceren/",
            {"publicatiedatum": "2012-09-10", "bevestig": "on"},
        ).status_code
        == 403
    )
    assert not Publicatie.objects.exists()
    import datetime as dt

    services.rapport_publish(rapport=concept, publicatiedatum=dt.date(2012, 9, 10))
    archief = client.get("/rapportage/").content.decode()
    assert "SAMEN-DALFSEN-2012-0001" in archief
    assert client.get("/rapportage/publicaties/SAMEN-DALFSEN-2012-0001/").status_code == 200
    assert client.get("/rapportage/publicaties/SAMEN-DALFSEN-2012-0001/md/").status_code == 200


def test_another_organisation_cannot_see_a_draft_or_a_publication(client, concept):
    login(client, "staphorst-redacteur")
    for url in (
        f"/rapportage/concepten/{concept.pk}/",
        f"/rapportage/concepten/{concept.pk}/download/md/",
        f"/rapportage/concepten/{concept.pk}/secties/doel/",
    ):
        assert client.get(url).status_code == 404
    assert client.post(f"/rapportage/concepten/{concept.pk}/verwijderen/").status_code == 404
    assert Rapport.objects.filter(pk=concept.pk).exists()
    assert client.get("/rapportage/?organisatie=dalfsen").status_code == 404
    assert "Stand van zaken op 10 september 2012" not in client.get("/rapportage/").content.decode()
    # Staphorst's editor only offers Staphorst in the form.
    formulier = client.get("/rapportage/nieuw/").content.decode()
    assert 'value="staphorst"' in formulier and 'value="dalfsen"' not in formulier
    assert (
        client.post(
            "/rapportage/nieuw/",
            {"organisatie": "dalfsen", "soort": "nieuwsbrief", "peildatum": "2012-09-10"},
        ).status_code
        == 200
    )
    assert not Rapport.objects.filter(organisatie__slug="dalfsen", soort="nieuwsbrief").exists()


def test_published_file_that_no_longer_matches_its_hash_is_not_served(client, dsz_demo):
    import datetime as dt

    from django.db import connection

    nieuwsbrief = services.rapport_create(
        organisatie=Organisatie.objects.get(slug="dalfsen"),
        soort="nieuwsbrief",
        peildatum=dt.date(2012, 9, 10),
    )
    publicatie = services.rapport_publish(rapport=nieuwsbrief, publicatiedatum=dt.date(2012, 9, 10))
    bestand = publicatie.bestanden.get(formaat="md")
    with connection.cursor() as cursor:  # tampering below the application, as an attacker would
        cursor.execute(
            "UPDATE rapportage_publicatiebestand SET inhoud = %s WHERE id = %s",
            [b"vervalst", bestand.pk],
        )
    login(client, "dalfsen-lezer")
    antwoord = client.get(f"/rapportage/publicaties/{publicatie.registratienummer}/md/")
    assert antwoord.status_code == 500 and "beschadigd" in antwoord.content.decode()


def test_page_estimate_follows_the_real_pdf(concept, tmp_path):
    from samen.rapportage import selectors
    from samen.rapportage.document import geschatte_paginas
    from samen.rapportage.formaten import render
    from samen.rapportage.tests.hulp import pdf_pagina_teksten

    doc = selectors.rapport_document(concept)
    echt = len(pdf_pagina_teksten(render(doc, "pdf"), tmp_path))
    assert abs(geschatte_paginas(doc) - echt) <= max(2, echt // 3)
