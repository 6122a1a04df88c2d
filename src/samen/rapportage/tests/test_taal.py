"""The council note is Dutch by design: a user who works in English still writes, previews,
downloads and publishes a Dutch note.

Choice labels of the register (a domain's phase, a decision's outcome) are translatable; the
note reads them while it is written, so every entry point that builds or renders it runs with
Dutch active; the English catalog translates those labels, so a missing override would show
up as English text in the note.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation

from samen.bestuur.models import Besluit
from samen.organisaties.models import Organisatie
from samen.rapportage import inhoud_notitie, services
from samen.rapportage.models import Publicatiebestand
from samen.terreinen.models import Fasewijziging

pytestmark = pytest.mark.django_db

PEILDATUM, VANAF = dt.date(2012, 9, 10), dt.date(2012, 3, 8)


@pytest.fixture
def engelse_labels():  # type: ignore[no-untyped-def]
    """The phase and outcome labels have an English translation in the catalog, so a missing
    override would show up as English text in the note."""
    with translation.override("en"):
        assert Fasewijziging(fase="uitvoering").get_fase_display() == "implementation"
        assert Besluit(uitkomst="afgewezen").get_uitkomst_display() == "rejected"


def _dalfsen() -> Organisatie:
    return Organisatie.objects.get(slug="dalfsen")


def test_a_note_written_while_english_is_active_is_dutch(dsz_demo, engelse_labels):
    with translation.override("en"):
        rapport = services.rapport_create(
            organisatie=_dalfsen(), soort="stand_van_zaken", peildatum=PEILDATUM, vanaf=VANAF
        )
    ontwikkelingen = rapport.secties.get(sleutel="ontwikkelingen").tekst
    assert "naar de fase uitvoering." in ontwikkelingen
    assert "– afgewezen" in ontwikkelingen
    assert "implementation" not in ontwikkelingen and "rejected" not in ontwikkelingen


def test_the_appendix_published_while_english_is_active_is_dutch(
    dsz_demo, engelse_labels, monkeypatch
):
    # A condensed note: its appendix is written from the register when it is published.
    monkeypatch.setattr(inhoud_notitie, "MAX_GEBEURTENISSEN_VOLLEDIG", 5)
    rapport = services.rapport_create(
        organisatie=_dalfsen(), soort="stand_van_zaken", peildatum=PEILDATUM, vanaf=VANAF
    )
    with translation.override("en"):
        publicatie = services.rapport_publish(rapport=rapport, publicatiedatum=PEILDATUM)
    bijlage = bytes(
        Publicatiebestand.objects.get(publicatie=publicatie, deel="bijlage", formaat="md").inhoud
    ).decode()
    assert "fase uitvoering" in bijlage
    assert "implementation" not in bijlage and "rejected" not in bijlage


def test_the_preview_and_download_for_an_english_user_are_dutch(
    client, dsz_demo, engelse_labels, monkeypatch
):
    monkeypatch.setattr(inhoud_notitie, "MAX_GEBEURTENISSEN_VOLLEDIG", 5)
    rapport = services.rapport_create(
        organisatie=_dalfsen(), soort="stand_van_zaken", peildatum=PEILDATUM, vanaf=VANAF
    )
    client.force_login(get_user_model().objects.get(username="dalfsen-redacteur"))
    client.cookies["django_language"] = "en"
    pagina = client.get(f"/rapportage/concepten/{rapport.pk}/")
    assert pagina.status_code == 200 and pagina["Content-Language"] == "en"
    download = client.get(f"/rapportage/concepten/{rapport.pk}/bijlage/md/")
    assert download.status_code == 200 and download["Content-Language"] == "en"
    tekst = download.content.decode()
    assert "fase uitvoering" in tekst and "implementation" not in tekst
