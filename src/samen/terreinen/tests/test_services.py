"""Writes on domains: working groups, phases, updates and milestones, each rule with its error."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from samen.factories import (
    MijlpaalFactory,
    PersoonFactory,
    SamenwerkingsterreinFactory,
    SamenwerkingsverbandFactory,
    WerkgroepFactory,
)
from samen.terreinen.models import (
    Fase,
    Fasewijziging,
    Mijlpaal,
    Mijlpaalplanning,
    Samenwerkingsterrein,
    Voortgangsbericht,
    Werkgroep,
    Werkgroeplid,
)
from samen.terreinen.services import (
    fasewijziging_create,
    mijlpaal_complete,
    mijlpaal_create,
    mijlpaal_replan,
    samenwerkingsterrein_create,
    voortgangsbericht_create,
    werkgroep_create,
    werkgroeplid_add,
)

pytestmark = pytest.mark.django_db

D = dt.date


def berichten(exc: pytest.ExceptionInfo[ValidationError], veld: str) -> str:
    return " ".join(exc.value.message_dict[veld])


@pytest.fixture
def terrein():
    return SamenwerkingsterreinFactory(naam="ICT")


@pytest.fixture
def mijlpaal(terrein):
    return mijlpaal_create(
        terrein=terrein,
        naam="Businesscase gereed",
        vastgesteld_op=D(2012, 1, 10),
        geplande_datum=D(2012, 6, 1),
        startdatum=D(2012, 1, 1),
    )


# --- terrein and werkgroep ----------------------------------------------------------------------


def test_terrein_slug_is_unique_per_alliance():
    verband = SamenwerkingsverbandFactory()
    samenwerkingsterrein_create(samenwerkingsverband=verband, naam="ICT", slug="ict")
    samenwerkingsterrein_create(
        samenwerkingsverband=SamenwerkingsverbandFactory(), naam="ICT", slug="ict"
    )
    with pytest.raises(ValidationError):
        samenwerkingsterrein_create(samenwerkingsverband=verband, naam="ICT 2", slug="ict")
    assert Samenwerkingsterrein.objects.filter(slug="ict").count() == 2


@pytest.mark.parametrize("einddatum", [D(2012, 1, 1), D(2011, 12, 31)])
def test_werkgroep_create_refuses_einddatum_not_after_begindatum(terrein, einddatum):
    with pytest.raises(ValidationError) as exc:
        werkgroep_create(
            terrein=terrein, naam="WG ICT", begindatum=D(2012, 1, 1), einddatum=einddatum
        )
    assert "einddatum moet na de begindatum" in berichten(exc, "einddatum")
    assert Werkgroep.objects.count() == 0


def test_werkgroeplid_add_twice_on_the_same_date_is_refused():
    werkgroep = WerkgroepFactory(naam="WG ICT")
    persoon = PersoonFactory(roepnaam="Anna", achternaam="Jansen")
    werkgroeplid_add(werkgroep=werkgroep, persoon=persoon, begindatum=D(2012, 2, 1))
    with pytest.raises(ValidationError) as exc:
        werkgroeplid_add(werkgroep=werkgroep, persoon=persoon, begindatum=D(2012, 2, 1))
    assert "Anna Jansen is al lid van WG ICT" in berichten(exc, "persoon")
    assert Werkgroeplid.objects.count() == 1


def test_werkgroeplid_add_later_while_still_a_member_is_refused():
    werkgroep = WerkgroepFactory()
    persoon = PersoonFactory()
    werkgroeplid_add(werkgroep=werkgroep, persoon=persoon, begindatum=D(2012, 2, 1))
    with pytest.raises(ValidationError, match="al lid van"):
        werkgroeplid_add(werkgroep=werkgroep, persoon=persoon, begindatum=D(2013, 2, 1))
    assert Werkgroeplid.objects.count() == 1


def test_werkgroeplid_add_with_an_earlier_start_than_the_current_membership_is_refused():
    werkgroep = WerkgroepFactory()
    persoon = PersoonFactory()
    werkgroeplid_add(werkgroep=werkgroep, persoon=persoon, begindatum=D(2013, 1, 1))
    with pytest.raises(ValidationError, match="al lid van"):
        werkgroeplid_add(werkgroep=werkgroep, persoon=persoon, begindatum=D(2012, 1, 1))
    # Otherwise the person holds two open memberships of one group from 2013 on.
    assert Werkgroeplid.objects.op(D(2013, 6, 1)).filter(persoon=persoon).count() == 1


def test_werkgroeplid_add_another_person_or_group_is_fine():
    werkgroep = WerkgroepFactory()
    persoon = PersoonFactory()
    werkgroeplid_add(werkgroep=werkgroep, persoon=persoon, begindatum=D(2012, 2, 1))
    werkgroeplid_add(werkgroep=werkgroep, persoon=PersoonFactory(), begindatum=D(2012, 2, 1))
    werkgroeplid_add(werkgroep=WerkgroepFactory(), persoon=persoon, begindatum=D(2012, 2, 1))
    assert Werkgroeplid.objects.count() == 3


# --- fasewijziging ------------------------------------------------------------------------------


def test_fasewijziging_refuses_the_same_phase_twice_in_a_row(terrein):
    fasewijziging_create(terrein=terrein, fase=Fase.VERKENNING, datum=D(2011, 10, 1))
    with pytest.raises(ValidationError) as exc:
        fasewijziging_create(terrein=terrein, fase=Fase.VERKENNING, datum=D(2012, 3, 1))
    bericht = berichten(exc, "fase")
    assert "ICT is op 1 maart 2012 al in de fase 'verkenning'" in bericht
    assert "sinds 1 oktober 2011" in bericht
    assert Fasewijziging.objects.count() == 1


def test_fasewijziging_same_phase_on_the_same_day_is_refused(terrein):
    fasewijziging_create(terrein=terrein, fase=Fase.BUSINESSCASE, datum=D(2012, 3, 1))
    with pytest.raises(ValidationError, match="al in de fase 'businesscase'"):
        fasewijziging_create(terrein=terrein, fase=Fase.BUSINESSCASE, datum=D(2012, 3, 1))
    assert Fasewijziging.objects.count() == 1


def test_fasewijziging_back_to_an_earlier_phase_is_allowed(terrein):
    fasewijziging_create(terrein=terrein, fase=Fase.VERKENNING, datum=D(2011, 10, 1))
    fasewijziging_create(terrein=terrein, fase=Fase.BUSINESSCASE, datum=D(2012, 3, 1))
    fasewijziging_create(
        terrein=terrein, fase=Fase.VERKENNING, datum=D(2012, 9, 1), toelichting="Terug"
    )
    assert list(terrein.fasewijzigingen.order_by("datum").values_list("fase", flat=True)) == [
        Fase.VERKENNING,
        Fase.BUSINESSCASE,
        Fase.VERKENNING,
    ]


def test_fasewijziging_is_compared_with_the_change_before_its_own_date(terrein):
    fasewijziging_create(terrein=terrein, fase=Fase.VERKENNING, datum=D(2011, 10, 1))
    fasewijziging_create(terrein=terrein, fase=Fase.BUSINESSCASE, datum=D(2012, 3, 1))
    # Entered afterwards, dated between: the phase on 2012-01-01 is verkenning.
    with pytest.raises(ValidationError, match="al in de fase 'verkenning'"):
        fasewijziging_create(terrein=terrein, fase=Fase.VERKENNING, datum=D(2012, 1, 1))
    assert Fasewijziging.objects.count() == 2


def test_fasewijziging_inserted_before_a_change_to_the_same_phase_is_refused(terrein):
    fasewijziging_create(terrein=terrein, fase=Fase.VERKENNING, datum=D(2011, 10, 1))
    fasewijziging_create(terrein=terrein, fase=Fase.BUSINESSCASE, datum=D(2012, 6, 1))
    with pytest.raises(ValidationError):
        fasewijziging_create(terrein=terrein, fase=Fase.BUSINESSCASE, datum=D(2012, 3, 1))
    assert Fasewijziging.objects.count() == 2


def test_fasewijziging_refuses_an_unknown_phase(terrein):
    with pytest.raises(ValidationError) as exc:
        fasewijziging_create(terrein=terrein, fase="droom", datum=D(2012, 1, 1))
    assert "fase" in exc.value.message_dict
    assert Fasewijziging.objects.count() == 0


# --- voortgangsbericht --------------------------------------------------------------------------


def test_voortgangsbericht_is_stripped_and_flags_delay(terrein):
    bericht = voortgangsbericht_create(
        terrein=terrein,
        datum=D(2012, 5, 1),
        titel="  Offertes binnen ",
        tekst=" Drie offertes. ",
        vertraging="  ",
    )
    bericht.refresh_from_db()
    assert (bericht.titel, bericht.tekst, bericht.vertraging) == (
        "Offertes binnen",
        "Drie offertes.",
        "",
    )
    assert not bericht.is_vertraagd
    vertraagd = voortgangsbericht_create(
        terrein=terrein, datum=D(2012, 6, 1), titel="Later", tekst="x", vertraging="Ziekte"
    )
    assert vertraagd.is_vertraagd


def test_voortgangsbericht_without_text_is_refused(terrein):
    with pytest.raises(ValidationError) as exc:
        voortgangsbericht_create(terrein=terrein, datum=D(2012, 5, 1), titel="   ", tekst="  ")
    assert {"titel", "tekst"} <= set(exc.value.message_dict)
    assert Voortgangsbericht.objects.count() == 0


# --- mijlpaal_create ----------------------------------------------------------------------------


def test_mijlpaal_create_stores_the_first_planning(mijlpaal):
    planning = mijlpaal.planningen.get()
    assert (planning.vastgesteld_op, planning.geplande_datum) == (D(2012, 1, 10), D(2012, 6, 1))
    assert planning.reden == "Eerste planning"


def test_mijlpaal_create_planned_before_its_start_is_refused(terrein):
    with pytest.raises(ValidationError) as exc:
        mijlpaal_create(
            terrein=terrein,
            naam="X",
            vastgesteld_op=D(2012, 1, 1),
            geplande_datum=D(2012, 2, 1),
            startdatum=D(2012, 3, 1),
        )
    assert "vóór de startdatum" in berichten(exc, "geplande_datum")
    assert Mijlpaal.objects.count() == 0
    assert Mijlpaalplanning.objects.count() == 0


def test_mijlpaal_create_is_atomic(terrein):
    with pytest.raises(ValidationError) as exc:
        mijlpaal_create(
            terrein=terrein,
            naam="X",
            vastgesteld_op=D(2012, 1, 1),
            geplande_datum=D(2012, 2, 1),
            datumprecisie="ooit",
        )
    assert "datumprecisie" in exc.value.message_dict
    assert Mijlpaal.objects.count() == 0


# --- mijlpaal_complete --------------------------------------------------------------------------


def test_mijlpaal_complete_before_its_start_is_refused(mijlpaal):
    with pytest.raises(ValidationError) as exc:
        mijlpaal_complete(mijlpaal=mijlpaal, werkelijke_datum=D(2011, 12, 31))
    assert "kan niet gereed zijn vóór de start (1 januari 2012)" in berichten(
        exc, "werkelijke_datum"
    )
    assert Mijlpaal.objects.get(pk=mijlpaal.pk).werkelijke_datum is None


def test_mijlpaal_complete_on_its_start_day(mijlpaal):
    mijlpaal_complete(mijlpaal=mijlpaal, werkelijke_datum=D(2012, 1, 1))
    assert Mijlpaal.objects.get(pk=mijlpaal.pk).werkelijke_datum == D(2012, 1, 1)


def test_mijlpaal_model_constraint_refuses_completion_before_start():
    """Also past the service: the model constraint holds on full_clean."""
    m = MijlpaalFactory(startdatum=D(2012, 3, 1))
    m.werkelijke_datum = D(2012, 2, 1)
    with pytest.raises(
        ValidationError, match=r"mijlpaal_gereed_na_start|gereed zijn vóór de start"
    ):
        m.full_clean()


# --- mijlpaal_replan ----------------------------------------------------------------------------


def _planningen(mijlpaal):
    return list(
        mijlpaal.planningen.order_by("vastgesteld_op", "id").values_list(
            "vastgesteld_op", "geplande_datum", "reden"
        )
    )


def test_mijlpaal_replan_keeps_every_earlier_planning(mijlpaal):
    mijlpaal_replan(
        mijlpaal=mijlpaal,
        vastgesteld_op=D(2012, 5, 20),
        geplande_datum=D(2012, 9, 1),
        reden="  Leverancier later ",
    )
    mijlpaal_replan(
        mijlpaal=mijlpaal,
        vastgesteld_op=D(2012, 8, 15),
        geplande_datum=D(2012, 10, 1),
        reden="Raad wil eerst een notitie",
    )
    assert _planningen(mijlpaal) == [
        (D(2012, 1, 10), D(2012, 6, 1), "Eerste planning"),
        (D(2012, 5, 20), D(2012, 9, 1), "Leverancier later"),
        (D(2012, 8, 15), D(2012, 10, 1), "Raad wil eerst een notitie"),
    ]


def test_mijlpaal_replan_on_the_same_day_as_the_previous_one_is_allowed(mijlpaal):
    mijlpaal_replan(
        mijlpaal=mijlpaal,
        vastgesteld_op=D(2012, 1, 10),
        geplande_datum=D(2012, 7, 1),
        reden="Typefout",
    )
    assert len(_planningen(mijlpaal)) == 2


@pytest.mark.parametrize("reden", ["", "   "])
def test_mijlpaal_replan_without_reason_is_refused(mijlpaal, reden):
    with pytest.raises(ValidationError) as exc:
        mijlpaal_replan(
            mijlpaal=mijlpaal,
            vastgesteld_op=D(2012, 5, 1),
            geplande_datum=D(2012, 9, 1),
            reden=reden,
        )
    assert "reden van de herplanning" in berichten(exc, "reden")
    assert Mijlpaalplanning.objects.count() == 1


def test_mijlpaal_replan_decided_before_the_previous_planning_is_refused(mijlpaal):
    with pytest.raises(ValidationError) as exc:
        mijlpaal_replan(
            mijlpaal=mijlpaal, vastgesteld_op=D(2012, 1, 9), geplande_datum=D(2012, 9, 1), reden="x"
        )
    bericht = berichten(exc, "vastgesteld_op")
    assert "niet eerder zijn vastgesteld dan de vorige planning (10 januari 2012)" in bericht
    assert Mijlpaalplanning.objects.count() == 1


def test_mijlpaal_replan_to_the_same_date_is_refused(mijlpaal):
    with pytest.raises(ValidationError) as exc:
        mijlpaal_replan(
            mijlpaal=mijlpaal, vastgesteld_op=D(2012, 3, 1), geplande_datum=D(2012, 6, 1), reden="x"
        )
    assert "staat al gepland op 1 juni 2012" in berichten(exc, "geplande_datum")
    assert Mijlpaalplanning.objects.count() == 1


def test_mijlpaal_replan_after_completion_is_refused(mijlpaal):
    mijlpaal_complete(mijlpaal=mijlpaal, werkelijke_datum=D(2012, 6, 5))
    with pytest.raises(ValidationError) as exc:
        mijlpaal_replan(
            mijlpaal=mijlpaal, vastgesteld_op=D(2012, 7, 1), geplande_datum=D(2012, 9, 1), reden="x"
        )
    assert "al bereikt en kan niet meer worden herpland" in berichten(exc, "geplande_datum")
    assert Mijlpaalplanning.objects.count() == 1


def test_mijlpaal_replan_reads_completion_from_the_database(mijlpaal):
    """A stale instance in memory must not let a completed milestone be re-planned."""
    Mijlpaal.objects.filter(pk=mijlpaal.pk).update(werkelijke_datum=D(2012, 6, 5))
    assert mijlpaal.werkelijke_datum is None
    with pytest.raises(ValidationError, match="al bereikt"):
        mijlpaal_replan(
            mijlpaal=mijlpaal, vastgesteld_op=D(2012, 7, 1), geplande_datum=D(2012, 9, 1), reden="x"
        )
    assert Mijlpaalplanning.objects.count() == 1


def test_mijlpaal_replan_before_the_start_is_refused(mijlpaal):
    with pytest.raises(ValidationError, match="vóór de startdatum"):
        mijlpaal_replan(
            mijlpaal=mijlpaal,
            vastgesteld_op=D(2012, 2, 1),
            geplande_datum=D(2011, 12, 1),
            reden="x",
        )
    assert Mijlpaalplanning.objects.count() == 1
