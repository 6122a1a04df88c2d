"""A condensed note: above a number of events the note gives per domain the counts, decisions and
delays, and a separate appendix (bijlage) holds every event in full; publishing freezes both."""

from __future__ import annotations

import datetime as dt

import pytest

from samen.organisaties.models import Organisatie
from samen.rapportage import inhoud_notitie, selectors, services
from samen.rapportage.render_html import html_pagina
from samen.rapportage.samenstellen import bijlage_document, document, genereer, kop_uit_gegevens
from samen.rapportage.tests.hulp import html_secties, normaal
from samen.rapportage.verzamelen import verzamel
from samen.terreinen.models import Voortgangsbericht

pytestmark = pytest.mark.django_db

PEILDATUM, VANAF = dt.date(2012, 9, 10), dt.date(2012, 3, 8)


@pytest.fixture
def lage_grens(monkeypatch):  # type: ignore[no-untyped-def]
    # The real threshold is 100 events; the demo period has fewer, so lower it to condense.
    monkeypatch.setattr(inhoud_notitie, "MAX_GEBEURTENISSEN_VOLLEDIG", 5)


def _berichten() -> list[Voortgangsbericht]:
    """The updates of the period on Dalfsen's DSZ domains, straight from the register."""
    return list(
        Voortgangsbericht.objects.filter(
            datum__gt=VANAF, datum__lte=PEILDATUM, terrein__samenwerkingsverband__afkorting="DSZ"
        )
    )


def test_the_demo_note_is_complete_without_appendix(dsz_demo):
    g = verzamel(
        organisatie=Organisatie.objects.get(slug="dalfsen"), peildatum=PEILDATUM, vanaf=VANAF
    )
    assert not inhoud_notitie.beknopt(g)
    assert bijlage_document(kop_uit_gegevens(g), g) is None


def test_a_condensed_note_counts_and_keeps_delays_the_appendix_holds_every_update(
    dsz_demo, lage_grens
):
    g = verzamel(
        organisatie=Organisatie.objects.get(slug="dalfsen"), peildatum=PEILDATUM, vanaf=VANAF
    )
    kop = kop_uit_gegevens(g)
    notitie = html_secties(
        html_pagina(document("stand_van_zaken", kop, genereer("stand_van_zaken", g)))
    )
    bijlage_doc = bijlage_document(kop, g)
    assert bijlage_doc is not None
    bijlage = " ".join(html_secties(html_pagina(bijlage_doc)).values())
    berichten = _berichten()
    assert len(berichten) >= 5
    ontwikkelingen = notitie["ontwikkelingen"]
    for b in berichten:
        assert normaal(b.titel) in bijlage  # every update in the appendix ...
        assert normaal(b.tekst.split("\n")[0])[:60] in bijlage
        if b.vertraging:  # ... and every delay with its reason in the note itself
            assert normaal(b.vertraging)[:60] in ontwikkelingen
    inkoop = [b for b in berichten if b.terrein.naam == "Inkoop"]
    woorden = {1: "één", 2: "twee", 3: "drie", 4: "vier"}  # Dutch counts are written out
    assert f"{woorden[len(inkoop)]} voortgangsbericht" in ontwikkelingen
    assert "staan volledig in de bijlage" in ontwikkelingen
    # the decisions appear per domain in one line, and the full table is in the appendix
    assert "Businessplan ICT (ICT-pool met poolmanager) – afgewezen" in ontwikkelingen
    assert "Besluiten sinds" not in notitie["betrokkenheid_bestuur"]
    assert "Besluiten sinds" in bijlage
    assert "Bijlage: alle ontwikkelingen per samenwerkingsterrein" in notitie["bijlagen"]


def test_publishing_a_condensed_note_freezes_the_appendix_too(dsz_demo, lage_grens, client):
    from django.contrib.auth import get_user_model

    rapport = services.rapport_create(
        organisatie=Organisatie.objects.get(slug="dalfsen"),
        soort="stand_van_zaken",
        peildatum=PEILDATUM,
        vanaf=VANAF,
    )
    client.force_login(get_user_model().objects.get(username="dalfsen-redacteur"))
    concept = client.get(f"/rapportage/concepten/{rapport.pk}/").content.decode()
    assert "Alle ontwikkelingen staan volledig in een aparte bijlage" in concept
    md = client.get(f"/rapportage/concepten/{rapport.pk}/bijlage/md/")
    assert md.status_code == 200 and "bijlage" in md["Content-Disposition"]
    assert normaal(_berichten()[0].titel) in normaal(md.content.decode())

    publicatie = services.rapport_publish(rapport=rapport, publicatiedatum=PEILDATUM)
    delen = sorted(publicatie.bestanden.values_list("deel", "formaat"))
    assert delen == [(d, f) for d in ("bijlage", "notitie") for f in ("docx", "html", "md", "pdf")]
    bijlage = selectors.bestand_get(publicatie=publicatie, formaat="pdf", deel="bijlage")
    assert bijlage.bestandsnaam == "samen-dalfsen-2012-0001-bijlage.pdf"
    assert selectors.bestand_in_orde(bijlage)
    pagina = client.get("/rapportage/publicaties/SAMEN-DALFSEN-2012-0001/").content.decode()
    assert 'href="/rapportage/publicaties/SAMEN-DALFSEN-2012-0001/bijlage/pdf/"' in pagina
    assert "samen-dalfsen-2012-0001-bijlage.pdf" in pagina
    antwoord = client.get("/rapportage/publicaties/SAMEN-DALFSEN-2012-0001/bijlage/pdf/")
    assert antwoord.status_code == 200 and antwoord.content.startswith(b"%PDF")
    assert antwoord["X-Samen-SHA256"] == bijlage.sha256
