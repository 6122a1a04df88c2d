"""Drafts and publication: defaults, editing, regenerating, and the freeze of a published note
(services, model save and delete, bulk querysets, many-to-many, admin)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from django.contrib.admin.sites import site
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.test import RequestFactory

from samen.organisaties.models import Organisatie, Persoon
from samen.rapportage import selectors, services
from samen.rapportage.models import BevrorenFout, Publicatie, Publicatiebestand, Rapport, Sectie
from samen.rapportage.tests.hulp import pdf_tekst, zonder_wit

pytestmark = pytest.mark.django_db

PEIL = dt.date(2012, 9, 10)
MAART = dt.date(2012, 3, 8)


def org(slug: str) -> Organisatie:
    return Organisatie.objects.get(slug=slug)


def test_new_draft_is_written_from_the_register_and_a_bad_period_is_refused(dsz_demo):
    rapport = services.rapport_create(
        organisatie=org("dalfsen"), soort="stand_van_zaken", peildatum=PEIL
    )
    assert rapport.vanaf == MAART  # no previous note: when the college last promised to inform
    assert rapport.portefeuillehouder.achternaam == "Noten"
    assert rapport.burgemeester.achternaam == "Noten" and rapport.secretaris.achternaam == "Zwart"
    assert [p.achternaam for p in rapport.informanten.order_by("achternaam")] == ["Oene", "Zwart"]
    sleutels = list(rapport.secties.values_list("sleutel", flat=True))
    assert sleutels[:3] == ["doel", "inleiding_voorstel", "kernboodschap"] and len(sleutels) == 12
    ontwikkelingen = rapport.secties.get(sleutel="ontwikkelingen")
    assert "## ICT" in ontwikkelingen.tekst and "€ 200.000" in ontwikkelingen.tekst
    assert not ontwikkelingen.bewerkt
    # Staphorst has no commitments: its period starts at the beginning.
    staphorst = services.rapport_create(
        organisatie=org("staphorst"), soort="nieuwsbrief", peildatum=PEIL
    )
    assert staphorst.vanaf is None

    # A bad period or kind is refused in Dutch, and nothing is stored.
    voor = Rapport.objects.count()
    with pytest.raises(ValidationError) as fout:
        services.rapport_create(
            organisatie=org("dalfsen"), soort="stand_van_zaken", peildatum=MAART, vanaf=PEIL
        )
    assert "'vanaf' moet dus vóór de peildatum liggen" in str(fout.value)
    with pytest.raises(ValidationError, match="Onbekende soort"):
        services.rapport_create(organisatie=org("dalfsen"), soort="jaarverslag", peildatum=PEIL)
    assert Rapport.objects.count() == voor


def test_edit_regenerate_and_cover(dsz_demo):
    from samen.terreinen.models import Samenwerkingsterrein
    from samen.terreinen.services import voortgangsbericht_create

    rapport = services.rapport_create(
        organisatie=org("dalfsen"), soort="stand_van_zaken", peildatum=PEIL, vanaf=MAART
    )
    services.sectie_update(
        rapport=rapport, sleutel="doel", tekst="Kennis nemen van **de notitie**."
    )
    doel = rapport.secties.get(sleutel="doel")
    assert doel.bewerkt
    doc = selectors.rapport_document(rapport)
    assert "Kennis nemen van de notitie." in [
        "".join(r.tekst for r in b.inhoud)
        for s in doc.secties()
        if s.sleutel == "doel"
        for b in s.blokken
    ]
    voortgangsbericht_create(
        terrein=Samenwerkingsterrein.objects.get(samenwerkingsverband__slug="dsz", slug="sociale-zaken"),
        datum=dt.date(2012, 9, 5), titel="Kick-off Sociale Zaken", tekst="De werkgroep is gestart.",
    )  # fmt: skip
    services.rapport_regenerate(rapport=rapport, behoud_bewerkingen=True)
    assert rapport.secties.get(sleutel="doel").tekst.startswith("Kennis nemen van **de notitie**")
    assert "Kick-off Sociale Zaken" in rapport.secties.get(sleutel="ontwikkelingen").tekst
    services.rapport_regenerate(rapport=rapport, behoud_bewerkingen=False)
    assert not rapport.secties.get(sleutel="doel").bewerkt
    with pytest.raises(ValidationError, match="werkt niet bij Dalfsen"):
        services.voorblad_update(
            rapport=rapport, onderwerp="X", burgemeester=Persoon.objects.get(achternaam="Hoekstra")
        )
    rapport = services.voorblad_update(
        rapport=rapport, onderwerp="Stand van zaken bestuurlijke samenwerking", agendapunt="7",
        documentnummer="38", informanten=[Persoon.objects.get(achternaam="Oene")],
        portefeuillehouder=Persoon.objects.get(achternaam="Noten"),
    )  # fmt: skip
    feiten = dict(selectors.rapport_document(rapport).delen[0].gegevens.rijen)
    assert feiten["Agendapunt"] == "7" and feiten["Informant"] == "Saskia van Oene"
    assert "Telefoon" in feiten and feiten["Telefoon"] == "(0529) 43 89 28"
    # A draft can be deleted, with its sections.
    services.rapport_delete(rapport=rapport)
    assert not Rapport.objects.filter(pk=rapport.pk).exists()
    assert not Sectie.objects.filter(rapport_id=rapport.pk).exists()


def test_publishing_freezes_the_note(dsz_demo, tmp_path):
    gebruiker = get_user_model().objects.get(username="dalfsen-redacteur")
    rapport = services.rapport_create(
        organisatie=org("dalfsen"), soort="stand_van_zaken", peildatum=PEIL, vanaf=MAART
    )
    services.sectie_update(
        rapport=rapport, sleutel="kernboodschap", tekst="Een eigen kernboodschap."
    )
    with pytest.raises(ValidationError, match="vóór haar peildatum"):
        services.rapport_publish(rapport=rapport, publicatiedatum=dt.date(2012, 9, 1))
    with pytest.raises(ValidationError, match="niet in de toekomst"):
        services.rapport_publish(rapport=rapport, publicatiedatum=dt.date(2999, 1, 1))
    assert not Publicatie.objects.exists()

    publicatie = services.rapport_publish(
        rapport=rapport, gebruiker=gebruiker, publicatiedatum=PEIL
    )
    assert publicatie.registratienummer == "SAMEN-DALFSEN-2012-0001"
    assert publicatie.gepubliceerd_door == "dalfsen-redacteur"
    bestanden = {b.formaat: b for b in publicatie.bestanden.all()}
    assert set(bestanden) == {"html", "pdf", "docx", "md"}
    for b in bestanden.values():
        inhoud = bytes(Publicatiebestand.objects.get(pk=b.pk).inhoud)
        assert hashlib.sha256(inhoud).hexdigest() == b.sha256 and len(inhoud) == b.grootte
        assert selectors.bestand_in_orde(b)
    pdf = pdf_tekst(bytes(bestanden["pdf"].inhoud), tmp_path, "Gemeente Dalfsen")
    assert "Een eigen kernboodschap." in pdf
    assert zonder_wit("Registratienummer SAMEN-DALFSEN-2012-0001") in zonder_wit(pdf)

    rapport.refresh_from_db()
    assert rapport.is_gepubliceerd
    # A second publish, an edit, a regeneration or a delete: refused by the services ...
    for poging in (
        lambda: services.rapport_publish(rapport=rapport),
        lambda: services.sectie_update(rapport=rapport, sleutel="doel", tekst="Anders."),
        lambda: services.voorblad_update(rapport=rapport, onderwerp="Anders"),
        lambda: services.rapport_regenerate(rapport=rapport),
        lambda: services.rapport_delete(rapport=rapport),
    ):
        with pytest.raises(BevrorenFout, match="al gepubliceerd als SAMEN-DALFSEN-2012-0001"):
            poging()
    # ... by the models, one by one and in bulk ...
    rapport.onderwerp = "Anders"
    sectie = rapport.secties.get(sleutel="doel")
    sectie.tekst = "Anders."
    bestand = bestanden["html"]
    for poging in (
        rapport.save,
        rapport.delete,
        sectie.save,
        sectie.delete,
        publicatie.save,
        publicatie.delete,
        bestand.save,
        bestand.delete,
        lambda: Rapport.objects.filter(pk=rapport.pk).update(onderwerp="Anders"),
        lambda: Rapport.objects.filter(pk=rapport.pk).delete(),
        lambda: Sectie.objects.filter(rapport=rapport).update(tekst="Anders"),
        lambda: Publicatie.objects.all().delete(),
        lambda: Publicatiebestand.objects.all().update(sha256="0" * 64),
        lambda: rapport.informanten.clear(),
    ):
        with pytest.raises(BevrorenFout), transaction.atomic():
            poging()
    # ... and nothing changed.
    assert Publicatiebestand.objects.get(pk=bestand.pk).sha256 == bestand.sha256
    assert Sectie.objects.get(pk=sectie.pk).tekst.startswith("Kennis te nemen")
    assert (
        Rapport.objects.get(pk=rapport.pk).onderwerp == "Stand van zaken bestuurlijke samenwerking"
    )
    # The admin offers no change or delete either.
    verzoek = RequestFactory().get("/")
    verzoek.user = get_user_model().objects.create_superuser("root", "root@example.org", "x")
    assert not site._registry[Rapport].has_change_permission(verzoek, rapport)
    assert not site._registry[Rapport].has_delete_permission(verzoek, rapport)
    assert not site._registry[Publicatie].has_change_permission(verzoek, publicatie)
    assert not site._registry[Publicatie].has_delete_permission(verzoek, publicatie)

    # The next note starts where this one stood, and refers to it.
    volgende = services.rapport_create(
        organisatie=org("dalfsen"), soort="stand_van_zaken", peildatum=dt.date(2012, 12, 31)
    )
    assert volgende.vanaf == PEIL
    assert (
        "met de notitie SAMEN-DALFSEN-2012-0001 geïnformeerd"
        in volgende.secties.get(sleutel="inleiding").tekst
    )
    # Registration numbers count per organisation and year.
    nieuwsbrief = services.rapport_create(
        organisatie=org("dalfsen"), soort="nieuwsbrief", peildatum=PEIL
    )
    assert (
        nieuwsbrief.vanaf == MAART
    )  # no previous newsletter: the previous status note's period start
    assert (
        services.rapport_publish(
            rapport=nieuwsbrief, publicatiedatum=dt.date(2012, 9, 11)
        ).registratienummer
        == "SAMEN-DALFSEN-2012-0002"
    )
    staphorst = services.rapport_create(
        organisatie=org("staphorst"), soort="nieuwsbrief", peildatum=PEIL
    )
    assert (
        services.rapport_publish(
            rapport=staphorst, publicatiedatum=dt.date(2013, 1, 2)
        ).registratienummer
        == "SAMEN-STAPHORST-2013-0001"
    )
    assert set(
        Publicatiebestand.objects.filter(publicatie__soort="nieuwsbrief").values_list(
            "formaat", flat=True
        )
    ) == {"html", "md"}
