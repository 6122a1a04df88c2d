"""Writes on governance: each rule with its Dutch error, and nothing stored on error."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core.exceptions import ValidationError

from samen.bestuur.models import Besluit, Motie, Orgaan, Toezegging, Vergadering
from samen.bestuur.services import (
    besluit_create,
    motie_create,
    orgaan_create,
    toezegging_create,
    toezegging_fulfil,
    vergadering_create,
)
from samen.factories import (
    OrgaanFactory,
    OrganisatieFactory,
    SamenwerkingsverbandFactory,
    ToezeggingFactory,
    VergaderingFactory,
)

pytestmark = pytest.mark.django_db

D = dt.date


def berichten(exc: pytest.ExceptionInfo[ValidationError], veld: str) -> str:
    return " ".join(exc.value.message_dict[veld])


@pytest.fixture
def raad():
    return OrgaanFactory(naam="Raad Dalfsen", soort=Orgaan.Soort.RAAD)


@pytest.fixture
def college(raad):
    return OrgaanFactory(
        naam="College Dalfsen", soort=Orgaan.Soort.COLLEGE, organisatie=raad.organisatie
    )


# --- orgaan -------------------------------------------------------------------------------------


def test_orgaan_create_needs_an_organisation_or_an_alliance():
    with pytest.raises(ValidationError) as exc:
        orgaan_create(naam="Zwevend", slug="zwevend", soort=Orgaan.Soort.STUURGROEP)
    assert "hoort bij een organisatie of een samenwerkingsverband" in berichten(exc, "organisatie")
    assert Orgaan.objects.count() == 0


def test_orgaan_create_of_an_alliance_or_an_organisation():
    stuurgroep = orgaan_create(
        naam="Stuurgroep DSZ",
        slug="sg",
        soort=Orgaan.Soort.STUURGROEP,
        samenwerkingsverband=SamenwerkingsverbandFactory(),
    )
    raad = orgaan_create(
        naam="Raad", slug="raad", soort=Orgaan.Soort.RAAD, organisatie=OrganisatieFactory()
    )
    assert set(Orgaan.objects.values_list("pk", flat=True)) == {stuurgroep.pk, raad.pk}


# --- vergadering and besluit --------------------------------------------------------------------


def test_vergadering_create_without_organen_is_refused():
    with pytest.raises(ValidationError) as exc:
        vergadering_create(organen=[], datum=D(2012, 9, 24))
    assert "ten minste één orgaan" in berichten(exc, "organen")
    assert Vergadering.objects.count() == 0


def test_vergadering_create_links_every_orgaan(raad, college):
    vergadering = vergadering_create(organen=[raad, college], datum=D(2012, 9, 24))
    assert set(Vergadering.objects.get(pk=vergadering.pk).organen.all()) == {raad, college}


def test_besluit_create_refuses_an_unknown_outcome_and_strips_text(raad):
    vergadering = VergaderingFactory(organen=[raad])
    with pytest.raises(ValidationError) as exc:
        besluit_create(vergadering=vergadering, onderwerp="BC ICT", uitkomst="misschien", tekst="x")
    assert "uitkomst" in exc.value.message_dict
    assert Besluit.objects.count() == 0
    besluit = besluit_create(
        vergadering=vergadering,
        onderwerp=" BC ICT ",
        uitkomst=Besluit.Uitkomst.AKKOORD,
        tekst=" Ja. ",
    )
    besluit.refresh_from_db()
    assert (besluit.onderwerp, besluit.tekst) == ("BC ICT", "Ja.")


# --- motie --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "soort", [Orgaan.Soort.COLLEGE, Orgaan.Soort.STUURGROEP, Orgaan.Soort.RAADSCOMMISSIE]
)
def test_motie_create_on_a_body_that_is_not_a_council_is_refused(soort):
    orgaan = OrgaanFactory(soort=soort)
    with pytest.raises(ValidationError) as exc:
        motie_create(orgaan=orgaan, datum=D(2012, 6, 25), titel="Informeer ons", verzoek="x")
    assert "Alleen een gemeenteraad neemt moties aan" in berichten(exc, "orgaan")
    assert Motie.objects.count() == 0


def test_motie_create_by_a_council(raad):
    motie = motie_create(orgaan=raad, datum=D(2012, 6, 25), titel="Informeer ons", verzoek="x")
    assert Motie.objects.get().pk == motie.pk


# --- toezegging ---------------------------------------------------------------------------------


def test_toezegging_create_due_before_it_was_made_is_refused(college, raad):
    with pytest.raises(ValidationError) as exc:
        toezegging_create(
            orgaan=college,
            aan=raad,
            omschrijving="De raad opnieuw informeren",
            gedaan_op=D(2012, 6, 25),
            vervaldatum=D(2012, 6, 24),
        )
    assert "kan niet verlopen vóór zij is gedaan (25 juni 2012)" in berichten(exc, "vervaldatum")
    assert Toezegging.objects.count() == 0


def test_toezegging_create_due_on_the_day_it_was_made(college, raad):
    t = toezegging_create(
        orgaan=college,
        aan=raad,
        omschrijving="  Direct  ",
        gedaan_op=D(2012, 6, 25),
        vervaldatum=D(2012, 6, 25),
    )
    t.refresh_from_db()
    assert t.omschrijving == "Direct"
    assert t.nagekomen_op is None


def test_toezegging_create_without_description_is_refused(college, raad):
    with pytest.raises(ValidationError) as exc:
        toezegging_create(
            orgaan=college,
            aan=raad,
            omschrijving="   ",
            gedaan_op=D(2012, 6, 25),
            vervaldatum=D(2012, 9, 30),
        )
    assert "omschrijving" in exc.value.message_dict
    assert Toezegging.objects.count() == 0


def test_toezegging_fulfil_records_date_and_explanation():
    t = ToezeggingFactory(gedaan_op=D(2012, 6, 25), vervaldatum=D(2012, 9, 30))
    toezegging_fulfil(
        toezegging=t, nagekomen_op=D(2012, 9, 24), toelichting=" Raadsinformatiebrief "
    )
    t = Toezegging.objects.get(pk=t.pk)
    assert t.nagekomen_op == D(2012, 9, 24)
    assert t.nagekomen_toelichting == "Raadsinformatiebrief"


def test_toezegging_fulfil_twice_is_refused():
    t = ToezeggingFactory(gedaan_op=D(2012, 6, 25), vervaldatum=D(2012, 9, 30))
    toezegging_fulfil(toezegging=t, nagekomen_op=D(2012, 9, 24), toelichting="Brief")
    with pytest.raises(ValidationError) as exc:
        toezegging_fulfil(toezegging=t, nagekomen_op=D(2012, 10, 1), toelichting="Nog een brief")
    assert "al nagekomen op 24 september 2012" in berichten(exc, "nagekomen_op")
    t = Toezegging.objects.get(pk=t.pk)
    assert (t.nagekomen_op, t.nagekomen_toelichting) == (D(2012, 9, 24), "Brief")


def test_toezegging_fulfil_twice_is_refused_also_on_a_fresh_instance():
    t = ToezeggingFactory(gedaan_op=D(2012, 6, 25), vervaldatum=D(2012, 9, 30))
    toezegging_fulfil(toezegging=Toezegging.objects.get(pk=t.pk), nagekomen_op=D(2012, 9, 24))
    with pytest.raises(ValidationError, match="al nagekomen"):
        toezegging_fulfil(toezegging=Toezegging.objects.get(pk=t.pk), nagekomen_op=D(2012, 10, 1))
    assert Toezegging.objects.get(pk=t.pk).nagekomen_op == D(2012, 9, 24)


def test_toezegging_fulfil_before_it_was_made_is_refused():
    t = ToezeggingFactory(gedaan_op=D(2012, 6, 25), vervaldatum=D(2012, 9, 30))
    with pytest.raises(ValidationError) as exc:
        toezegging_fulfil(toezegging=t, nagekomen_op=D(2012, 6, 24))
    assert "niet zijn nagekomen vóór zij is gedaan (25 juni 2012)" in berichten(exc, "nagekomen_op")
    assert Toezegging.objects.get(pk=t.pk).nagekomen_op is None


def test_toezegging_model_constraint_holds_past_the_service():
    t = ToezeggingFactory.build(
        orgaan=OrgaanFactory(),
        aan=OrgaanFactory(),
        gedaan_op=D(2012, 6, 25),
        vervaldatum=D(2012, 6, 1),
    )
    with pytest.raises(ValidationError) as exc:
        t.full_clean()
    # The constraint's name, or the Dutch message it may be given.
    assert re.search(
        r"toezegging_vervalt_na_toezegging|vóór de datum van de toezegging", str(exc.value)
    )
