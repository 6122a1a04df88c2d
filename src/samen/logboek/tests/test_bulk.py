"""Bulk writes (bulk_create, update, bulk_update) are in the processing log too: one line each."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db.models import F

from samen import factories
from samen.kwaliteitskaart.models import Afwezigheid, Toegangslog
from samen.logboek.bulk import MAX_IDS
from samen.logboek.context import Actor, als_actor
from samen.logboek.models import Regel
from samen.terreinen.models import Voortgangsbericht

pytestmark = pytest.mark.django_db

ACTOR = Actor(gebruiker_id=3, gebruikersnaam="bulkschrijver", herkomst="web")


def _regels(objecttype: str) -> list[Regel]:
    return list(Regel.objects.filter(objecttype=objecttype, gebruikersnaam="bulkschrijver"))


def test_bulk_create_is_one_line_with_the_ids() -> None:
    terrein = factories.SamenwerkingsterreinFactory()
    nieuw = [
        Voortgangsbericht(terrein=terrein, datum=dt.date(2026, 1, d), titel=f"B{d}", tekst="")
        for d in (1, 2, 3)
    ]
    with als_actor(ACTOR):
        gemaakt = Voortgangsbericht.objects.bulk_create(nieuw)
    (regel,) = _regels("terreinen.voortgangsbericht")
    assert regel.actie == "aanmaken" and regel.object_omschrijving == "3 records in één keer"
    assert regel.wijzigingen == {
        "aantal": 3,
        "ids": [b.pk for b in gemaakt],
        "ids_volledig": True,
    }


def test_update_is_one_line_with_fields_values_and_ids() -> None:
    terrein = factories.SamenwerkingsterreinFactory()
    berichten = factories.VoortgangsberichtFactory.create_batch(3, terrein=terrein)
    geraakt = Voortgangsbericht.objects.filter(pk__in=[b.pk for b in berichten[:2]])
    with als_actor(ACTOR):
        assert geraakt.update(titel="Herzien", vertraging="") == 2
        assert Voortgangsbericht.objects.filter(pk=-1).update(titel="niets") == 0  # no line
    (regel,) = _regels("terreinen.voortgangsbericht")
    assert regel.actie == "wijzigen"
    assert regel.wijzigingen["velden"] == {"titel": "Herzien", "vertraging": ""}
    assert sorted(regel.wijzigingen["ids"]) == sorted(b.pk for b in berichten[:2])


def test_computed_and_special_values_are_not_written() -> None:
    from decimal import Decimal

    from samen.kwaliteitskaart import services

    medewerker = services.medewerker_create(
        organisatie=factories.OrganisatieFactory(), personeelsnummer="B1", naam="Bea Bulk",
        afdeling="ICT", uren_per_week=Decimal(36), begindatum=dt.date(2020, 1, 1),
    )  # fmt: skip
    afwezigheid = services.afwezigheid_create(
        medewerker=medewerker, soort="ziek",
        eerste_dag=dt.date(2026, 2, 2), laatste_dag=dt.date(2026, 2, 3),
    )  # fmt: skip
    with als_actor(ACTOR):
        Afwezigheid.objects.filter(pk=afwezigheid.pk).update(soort="verlof")
        Voortgangsbericht.objects.filter(pk__in=[]).update(titel=F("tekst"))
        factories.VoortgangsberichtFactory()
        Voortgangsbericht.objects.update(titel=F("tekst"))
    (regel,) = _regels("kwaliteitskaart.afwezigheid")
    assert regel.wijzigingen["velden"] == {"soort": "gewijzigd"}  # whether someone was ill: never
    assert regel.persoonsgegevens
    (bericht,) = [r for r in _regels("terreinen.voortgangsbericht") if r.actie == "wijzigen"]
    assert bericht.wijzigingen["velden"] == {"titel": "berekend"}


def test_bulk_update_is_logged_through_update() -> None:
    berichten = factories.VoortgangsberichtFactory.create_batch(2)
    for b in berichten:
        b.titel = f"Nieuw {b.pk}"
    with als_actor(ACTOR):
        Voortgangsbericht.objects.bulk_update(berichten, ["titel"])
    (regel,) = _regels("terreinen.voortgangsbericht")
    assert regel.wijzigingen["velden"] == {"titel": "berekend"}
    assert sorted(regel.wijzigingen["ids"]) == sorted(b.pk for b in berichten)


def test_many_ids_are_capped_and_said_so() -> None:
    terrein = factories.SamenwerkingsterreinFactory()
    with als_actor(ACTOR):
        Voortgangsbericht.objects.bulk_create(
            Voortgangsbericht(terrein=terrein, datum=dt.date(2026, 1, 1), titel=str(i), tekst="")
            for i in range(MAX_IDS + 5)
        )
    (regel,) = _regels("terreinen.voortgangsbericht")
    assert regel.wijzigingen["aantal"] == MAX_IDS + 5
    assert len(regel.wijzigingen["ids"]) == MAX_IDS and regel.wijzigingen["ids_volledig"] is False


def test_logs_themselves_are_not_logged() -> None:
    organisatie = factories.OrganisatieFactory()
    voor = Regel.objects.count()
    with als_actor(ACTOR):
        Toegangslog.objects.bulk_create(
            [
                Toegangslog(
                    gebruikersnaam="x",
                    organisatie=organisatie,
                    objecttype="medewerker",
                    actie="inzien",
                )
            ]
        )
    assert Regel.objects.count() == voor
