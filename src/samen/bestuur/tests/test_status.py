"""The status of a commitment on a peildatum, computed from its dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from samen.bestuur.status import ToezeggingStatus, nagekomen_na_vervaldatum, toezegging_status

D = dt.date
GEDAAN = D(2012, 3, 1)
VERVALT = D(2012, 9, 30)


def status(peildatum, nagekomen_op=None, *, gedaan_op=GEDAAN, vervaldatum=VERVALT):
    return toezegging_status(
        gedaan_op=gedaan_op, vervaldatum=vervaldatum, nagekomen_op=nagekomen_op, peildatum=peildatum
    )


@pytest.mark.parametrize(
    ("peildatum", "verwacht"),
    [
        (D(2012, 2, 29), ToezeggingStatus.NOG_NIET_GEDAAN),
        (GEDAAN, ToezeggingStatus.OPEN),
        (D(2012, 6, 1), ToezeggingStatus.OPEN),
        (VERVALT, ToezeggingStatus.OPEN),  # the due date itself still counts
        (D(2012, 10, 1), ToezeggingStatus.TE_LAAT),  # the day after is too late
        (D(2013, 1, 1), ToezeggingStatus.TE_LAAT),
    ],
)
def test_status_of_an_unfulfilled_commitment(peildatum, verwacht):
    assert status(peildatum) == verwacht


def test_nagekomen_from_the_day_it_was_fulfilled():
    nagekomen = D(2012, 6, 15)
    assert status(D(2012, 6, 14), nagekomen) == ToezeggingStatus.OPEN
    assert status(nagekomen, nagekomen) == ToezeggingStatus.NAGEKOMEN
    assert status(D(2014, 1, 1), nagekomen) == ToezeggingStatus.NAGEKOMEN


def test_fulfilled_late_is_te_laat_until_the_day_it_was_fulfilled():
    nagekomen = D(2012, 11, 5)
    assert status(VERVALT, nagekomen) == ToezeggingStatus.OPEN
    assert status(D(2012, 10, 1), nagekomen) == ToezeggingStatus.TE_LAAT
    assert status(D(2012, 11, 4), nagekomen) == ToezeggingStatus.TE_LAAT
    assert status(nagekomen, nagekomen) == ToezeggingStatus.NAGEKOMEN


def test_fulfilled_on_the_due_date():
    assert status(VERVALT, VERVALT) == ToezeggingStatus.NAGEKOMEN
    assert status(D(2012, 9, 29), VERVALT) == ToezeggingStatus.OPEN


def test_before_it_was_made_even_if_fulfilled_later():
    assert status(D(2012, 1, 1), D(2012, 4, 1)) == ToezeggingStatus.NOG_NIET_GEDAAN


def test_due_on_the_day_it_is_made():
    assert status(GEDAAN, vervaldatum=GEDAAN) == ToezeggingStatus.OPEN
    assert status(GEDAAN + dt.timedelta(days=1), vervaldatum=GEDAAN) == ToezeggingStatus.TE_LAAT


def test_labels_are_dutch():
    assert ToezeggingStatus.TE_LAAT.label == "te laat"
    assert ToezeggingStatus.NOG_NIET_GEDAAN.label == "nog niet gedaan"
    assert ToezeggingStatus.NAGEKOMEN.label == "nagekomen"
    assert ToezeggingStatus.OPEN.label == "open"


@pytest.mark.parametrize(
    ("nagekomen_op", "te_laat"),
    [(None, False), (D(2012, 9, 29), False), (VERVALT, False), (D(2012, 10, 1), True)],
)
def test_nagekomen_na_vervaldatum(nagekomen_op, te_laat):
    assert nagekomen_na_vervaldatum(vervaldatum=VERVALT, nagekomen_op=nagekomen_op) is te_laat


# --- properties ---------------------------------------------------------------------------------

datums = st.dates(min_value=D(2010, 1, 1), max_value=D(2016, 12, 31))
RANG = {
    ToezeggingStatus.NOG_NIET_GEDAAN: 0,
    ToezeggingStatus.OPEN: 1,
    ToezeggingStatus.TE_LAAT: 2,
    ToezeggingStatus.NAGEKOMEN: 3,
}


@st.composite
def toezeggingen(draw):
    gedaan_op = draw(datums)
    vervaldatum = gedaan_op + dt.timedelta(days=draw(st.integers(0, 800)))
    nagekomen_op = draw(
        st.none() | st.integers(0, 1200).map(lambda n: gedaan_op + dt.timedelta(days=n))
    )
    return {"gedaan_op": gedaan_op, "vervaldatum": vervaldatum, "nagekomen_op": nagekomen_op}


@given(toezeggingen(), st.integers(0, 1000), st.integers(min_value=1, max_value=2000))
def test_once_nagekomen_always_nagekomen(t, na_nakomen, dagen_later):
    assume(t["nagekomen_op"] is not None)
    peildatum = t["nagekomen_op"] + dt.timedelta(days=na_nakomen)
    assert toezegging_status(**t, peildatum=peildatum) == ToezeggingStatus.NAGEKOMEN
    later = peildatum + dt.timedelta(days=dagen_later)
    assert toezegging_status(**t, peildatum=later) == ToezeggingStatus.NAGEKOMEN


@given(toezeggingen(), datums, st.integers(min_value=0, max_value=2000))
def test_status_only_moves_forward(t, peildatum, dagen_later):
    """nog niet gedaan -> open -> (te laat) -> nagekomen, never back."""
    eerst = toezegging_status(**t, peildatum=peildatum)
    daarna = toezegging_status(**t, peildatum=peildatum + dt.timedelta(days=dagen_later))
    assert RANG[daarna] >= RANG[eerst]


@given(toezeggingen(), datums)
def test_status_matches_its_definition(t, peildatum):
    s = toezegging_status(**t, peildatum=peildatum)
    assert (s == ToezeggingStatus.NOG_NIET_GEDAAN) == (peildatum < t["gedaan_op"])
    if s == ToezeggingStatus.NAGEKOMEN:
        assert t["nagekomen_op"] is not None and t["nagekomen_op"] <= peildatum
    if s == ToezeggingStatus.TE_LAAT:
        assert peildatum > t["vervaldatum"]
        assert t["nagekomen_op"] is None or t["nagekomen_op"] > peildatum
    if s == ToezeggingStatus.OPEN:
        assert t["gedaan_op"] <= peildatum <= t["vervaldatum"]


@given(toezeggingen())
def test_nagekomen_status_ignores_fulfilment_after_the_peildatum(t):
    peildatum = t["gedaan_op"] + dt.timedelta(days=30)
    zonder = {**t, "nagekomen_op": None}
    if t["nagekomen_op"] is None or t["nagekomen_op"] > peildatum:
        assert toezegging_status(**t, peildatum=peildatum) == toezegging_status(
            **zonder, peildatum=peildatum
        )
