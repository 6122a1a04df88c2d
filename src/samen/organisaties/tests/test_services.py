"""Writes on organisations and memberships: each rule with its Dutch error, and nothing stored."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core.exceptions import ValidationError

from samen.factories import (
    InwonertalFactory,
    LidmaatschapFactory,
    OrganisatieFactory,
    SamenwerkingsverbandFactory,
)
from samen.organisaties.models import Inwonertal, Lidmaatschap, Organisatie
from samen.organisaties.services import (
    inwonertal_set,
    lidmaatschap_change_status,
    lidmaatschap_create,
    organisatie_create,
    persoon_create,
)

pytestmark = pytest.mark.django_db

D = dt.date
LID = Lidmaatschap.Status.LID
VOLGT = Lidmaatschap.Status.VOLGT
VERKENT = Lidmaatschap.Status.VERKENT


def berichten(exc: pytest.ExceptionInfo[ValidationError], veld: str) -> str:
    return " ".join(exc.value.message_dict[veld])


@pytest.fixture
def paar():
    return OrganisatieFactory(naam="Dalfsen"), SamenwerkingsverbandFactory(afkorting="DSZ")


def maak(paar, begindatum, einddatum=None, status=LID):
    organisatie, verband = paar
    return lidmaatschap_create(
        organisatie=organisatie,
        samenwerkingsverband=verband,
        status=status,
        begindatum=begindatum,
        einddatum=einddatum,
    )


# --- organisatie --------------------------------------------------------------------------------


def test_organisatie_create_stores_a_valid_cbs_code():
    org = organisatie_create(naam="Dalfsen", slug="dalfsen", soort="gemeente", cbs_code="GM0148")
    assert Organisatie.objects.get(pk=org.pk).cbs_code == "GM0148"
    provincie = organisatie_create(naam="Overijssel", slug="ov", soort="provincie", cbs_code="PV23")
    assert provincie.pk is not None


@pytest.mark.parametrize("code", ["GM12", "XX0148", "gm0148", "PV2", "GM01A8"])
def test_organisatie_create_refuses_a_bad_cbs_code(code):
    voor = Organisatie.objects.count()
    with pytest.raises(ValidationError) as exc:
        organisatie_create(naam="Dalfsen", slug="dalfsen", soort="gemeente", cbs_code=code)
    # The constraint's name, or the Dutch message it may be given; either names the CBS code.
    assert re.search(r"cbs[-_]code", str(exc.value), re.IGNORECASE)
    assert Organisatie.objects.count() == voor


def test_organisatie_create_refuses_a_cbs_code_that_is_taken():
    OrganisatieFactory(cbs_code="GM0148")
    voor = Organisatie.objects.count()
    with pytest.raises(ValidationError) as exc:
        organisatie_create(naam="Dubbel", slug="dubbel", soort="gemeente", cbs_code="GM0148")
    assert re.search(r"cbs[-_]code", str(exc.value), re.IGNORECASE)
    assert Organisatie.objects.count() == voor


def test_organisaties_without_cbs_code_may_be_many():
    organisatie_create(naam="SSC", slug="ssc", soort="samenwerkingsorganisatie")
    organisatie_create(naam="VR", slug="vr", soort="samenwerkingsorganisatie")
    assert Organisatie.objects.filter(cbs_code="").count() == 2


def test_organisatie_create_refuses_an_unknown_soort():
    with pytest.raises(ValidationError) as exc:
        organisatie_create(naam="X", slug="x", soort="waterschap")
    assert "soort" in exc.value.message_dict
    assert not Organisatie.objects.filter(slug="x").exists()


# --- inwonertal ---------------------------------------------------------------------------------


def test_inwonertal_set_refuses_negative_and_stores_nothing():
    org = OrganisatieFactory()
    with pytest.raises(ValidationError) as exc:
        inwonertal_set(organisatie=org, jaar=2012, aantal=-1)
    assert "negatief" in berichten(exc, "aantal")
    assert not Inwonertal.objects.filter(organisatie=org).exists()


def test_inwonertal_set_negative_leaves_the_known_value_alone():
    bestaand = InwonertalFactory(jaar=2012, aantal=27_000)
    with pytest.raises(ValidationError):
        inwonertal_set(organisatie=bestaand.organisatie, jaar=2012, aantal=-27_000)
    bestaand.refresh_from_db()
    assert bestaand.aantal == 27_000


def test_inwonertal_set_replaces_the_value_of_that_year():
    org = OrganisatieFactory()
    inwonertal_set(organisatie=org, jaar=2012, aantal=27_000, bron="CBS")
    inwonertal_set(organisatie=org, jaar=2012, aantal=27_500, bron="CBS, herzien")
    rij = Inwonertal.objects.get(organisatie=org, jaar=2012)
    assert (rij.aantal, rij.bron) == (27_500, "CBS, herzien")
    assert Inwonertal.objects.filter(organisatie=org).count() == 1


# --- persoon ------------------------------------------------------------------------------------


def test_persoon_create_validates_the_email_address():
    org = OrganisatieFactory()
    with pytest.raises(ValidationError) as exc:
        persoon_create(
            organisatie=org,
            achternaam="Jansen",
            functie="secretaris",
            begindatum=D(2012, 1, 1),
            email="geen-adres",
        )
    assert "email" in exc.value.message_dict
    assert not org.personen.exists()


# --- lidmaatschap_create ------------------------------------------------------------------------


def test_lidmaatschap_create_refuses_einddatum_on_or_before_begindatum(paar):
    for einddatum in (D(2012, 1, 1), D(2011, 12, 31)):
        with pytest.raises(ValidationError) as exc:
            maak(paar, D(2012, 1, 1), einddatum)
        assert "einddatum moet na de begindatum" in berichten(exc, "einddatum")
    assert Lidmaatschap.objects.count() == 0


@pytest.mark.parametrize(
    ("bestaand", "nieuw"),
    [
        ((D(2012, 1, 1), D(2013, 1, 1)), (D(2012, 6, 1), D(2012, 9, 1))),  # inside
        ((D(2012, 1, 1), D(2013, 1, 1)), (D(2011, 6, 1), D(2012, 1, 2))),  # overlaps the start
        ((D(2012, 1, 1), D(2013, 1, 1)), (D(2012, 12, 31), None)),  # open-ended new one
        ((D(2012, 1, 1), None), (D(2015, 1, 1), D(2016, 1, 1))),  # inside an open-ended one
        ((D(2012, 1, 1), None), (D(2010, 1, 1), None)),  # both open-ended
        ((D(2012, 1, 1), None), (D(2011, 1, 1), D(2012, 1, 2))),  # ends one day into it
        ((D(2012, 1, 1), D(2013, 1, 1)), (D(2012, 1, 1), D(2013, 1, 1))),  # the same period
    ],
)
def test_lidmaatschap_create_refuses_overlap(paar, bestaand, nieuw):
    maak(paar, *bestaand, status=VOLGT)
    with pytest.raises(ValidationError) as exc:
        maak(paar, *nieuw)
    bericht = berichten(exc, "begindatum")
    assert "Dalfsen heeft in deze periode al een relatie met DSZ" in bericht
    assert "'volgt'" in bericht
    assert Lidmaatschap.objects.count() == 1


def test_lidmaatschap_overlap_message_names_the_existing_period(paar):
    maak(paar, D(2012, 9, 24), D(2013, 1, 1), status=VOLGT)
    with pytest.raises(ValidationError) as exc:
        maak(paar, D(2012, 10, 1))
    assert "vanaf 24 september 2012 tot 1 januari 2013" in berichten(exc, "begindatum")


@pytest.mark.parametrize(
    ("eerste", "tweede"),
    [
        ((D(2012, 1, 1), D(2013, 1, 1)), (D(2013, 1, 1), None)),  # [a,b) then [b,..)
        ((D(2013, 1, 1), None), (D(2012, 1, 1), D(2013, 1, 1))),  # [b,..) then [a,b)
        ((D(2012, 1, 1), D(2012, 6, 1)), (D(2012, 6, 1), D(2013, 1, 1))),
    ],
)
def test_lidmaatschap_create_allows_adjacent_half_open_periods(paar, eerste, tweede):
    maak(paar, *eerste, status=VOLGT)
    maak(paar, *tweede, status=LID)
    assert Lidmaatschap.objects.count() == 2


def test_lidmaatschap_overlap_is_per_organisation_and_alliance(paar):
    organisatie, verband = paar
    maak(paar, D(2012, 1, 1))
    lidmaatschap_create(
        organisatie=OrganisatieFactory(),
        samenwerkingsverband=verband,
        status=LID,
        begindatum=D(2012, 1, 1),
    )
    lidmaatschap_create(
        organisatie=organisatie,
        samenwerkingsverband=SamenwerkingsverbandFactory(),
        status=VOLGT,
        begindatum=D(2012, 1, 1),
    )
    assert Lidmaatschap.objects.count() == 3


def test_lidmaatschap_create_refuses_an_unknown_status(paar):
    with pytest.raises(ValidationError) as exc:
        maak(paar, D(2012, 1, 1), status="twijfelt")
    assert "status" in exc.value.message_dict
    assert Lidmaatschap.objects.count() == 0


# --- lidmaatschap_change_status -----------------------------------------------------------------


def test_change_status_closes_the_open_one_and_opens_the_new_one(paar):
    organisatie, verband = paar
    oud = maak(paar, D(2012, 1, 1), status=VOLGT)
    nieuw = lidmaatschap_change_status(
        organisatie=organisatie,
        samenwerkingsverband=verband,
        status=LID,
        datum=D(2013, 1, 1),
        toelichting="Raadsbesluit",
    )
    oud.refresh_from_db()
    assert oud.status == VOLGT
    assert oud.einddatum == D(2013, 1, 1)
    nieuw.refresh_from_db()
    assert (nieuw.status, nieuw.begindatum, nieuw.einddatum) == (LID, D(2013, 1, 1), None)
    assert nieuw.toelichting == "Raadsbesluit"
    assert Lidmaatschap.objects.count() == 2
    assert [lm.status for lm in Lidmaatschap.objects.op(D(2012, 12, 31))] == [VOLGT]
    assert [lm.status for lm in Lidmaatschap.objects.op(D(2013, 1, 1))] == [LID]


def test_change_status_without_an_open_relation_starts_one(paar):
    organisatie, verband = paar
    nieuw = lidmaatschap_change_status(
        organisatie=organisatie, samenwerkingsverband=verband, status=VERKENT, datum=D(2012, 3, 1)
    )
    assert Lidmaatschap.objects.get().pk == nieuw.pk
    assert nieuw.einddatum is None


def test_change_status_refuses_the_same_status_and_changes_nothing(paar):
    organisatie, verband = paar
    oud = maak(paar, D(2012, 1, 1), status=LID)
    with pytest.raises(ValidationError) as exc:
        lidmaatschap_change_status(
            organisatie=organisatie, samenwerkingsverband=verband, status=LID, datum=D(2013, 1, 1)
        )
    assert "heeft die status al" in berichten(exc, "status")
    oud.refresh_from_db()
    assert oud.einddatum is None
    assert Lidmaatschap.objects.count() == 1


@pytest.mark.parametrize("datum", [D(2012, 1, 1), D(2011, 6, 1)])
def test_change_status_refuses_a_date_not_after_the_current_start(paar, datum):
    organisatie, verband = paar
    oud = maak(paar, D(2012, 1, 1), status=VOLGT)
    with pytest.raises(ValidationError) as exc:
        lidmaatschap_change_status(
            organisatie=organisatie, samenwerkingsverband=verband, status=LID, datum=datum
        )
    assert "na het begin van de huidige relatie (1 januari 2012)" in berichten(exc, "datum")
    oud.refresh_from_db()
    assert oud.einddatum is None
    assert Lidmaatschap.objects.count() == 1


def test_change_status_rolls_back_the_closing_when_the_new_one_overlaps(paar):
    """A later closed relation blocks the new open one: the old one must stay open too."""
    organisatie, verband = paar
    oud = maak(paar, D(2012, 1, 1), D(2012, 6, 1), status=VOLGT)
    huidig = maak(paar, D(2012, 6, 1), status=VERKENT)
    # A future relation, written past the service (a factory skips the rules).
    LidmaatschapFactory(
        organisatie=organisatie,
        samenwerkingsverband=verband,
        status=VOLGT,
        begindatum=D(2014, 1, 1),
        einddatum=D(2015, 1, 1),
    )
    with pytest.raises(ValidationError):
        lidmaatschap_change_status(
            organisatie=organisatie, samenwerkingsverband=verband, status=LID, datum=D(2013, 1, 1)
        )
    huidig.refresh_from_db()
    oud.refresh_from_db()
    assert huidig.einddatum is None
    assert oud.einddatum == D(2012, 6, 1)
    assert Lidmaatschap.objects.count() == 3
