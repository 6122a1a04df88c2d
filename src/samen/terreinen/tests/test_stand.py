"""The pure rules that decide what held on a peildatum: phase and milestone state."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from samen.terreinen.stand import Herplanning, fase_op, mijlpaal_stand

D = dt.date


@dataclass(frozen=True)
class W:
    """A phase change, as the selectors hand it over."""

    datum: dt.date
    fase: str


@dataclass(frozen=True)
class P:
    """A (re)planning of a milestone."""

    vastgesteld_op: dt.date
    geplande_datum: dt.date
    reden: str = ""


# --- fase_op ------------------------------------------------------------------------------------

WIJZIGINGEN = [
    W(D(2011, 10, 1), "verkenning"),
    W(D(2012, 3, 15), "businesscase"),
    W(D(2012, 9, 24), "besluitvorming"),
]


def test_fase_op_before_the_first_change_is_none():
    assert fase_op(WIJZIGINGEN, D(2011, 9, 30)) is None
    assert fase_op([], D(2012, 1, 1)) is None


def test_fase_op_on_the_day_of_a_change_is_that_change():
    assert fase_op(WIJZIGINGEN, D(2011, 10, 1)).fase == "verkenning"
    assert fase_op(WIJZIGINGEN, D(2012, 3, 15)).fase == "businesscase"


def test_fase_op_between_changes_is_the_last_one_before():
    assert fase_op(WIJZIGINGEN, D(2012, 3, 14)).fase == "verkenning"
    assert fase_op(WIJZIGINGEN, D(2012, 9, 23)).fase == "businesscase"
    assert fase_op(WIJZIGINGEN, D(2030, 1, 1)).fase == "besluitvorming"


def test_fase_op_returns_the_record_itself():
    assert fase_op(WIJZIGINGEN, D(2012, 4, 1)) is WIJZIGINGEN[1]


def test_fase_op_later_change_on_the_same_day_wins():
    wijzigingen = [
        W(D(2012, 1, 1), "verkenning"),
        W(D(2012, 5, 1), "businesscase"),
        W(D(2012, 5, 1), "gestopt"),
    ]
    assert fase_op(wijzigingen, D(2012, 5, 1)).fase == "gestopt"


def test_fase_op_accepts_a_generator():
    assert fase_op((w for w in WIJZIGINGEN), D(2012, 4, 1)).fase == "businesscase"


datums = st.dates(min_value=D(2010, 1, 1), max_value=D(2015, 12, 31))


@given(st.lists(datums, max_size=12), datums)
def test_fase_op_is_the_latest_change_on_or_before(dagen, peildatum):
    wijzigingen = [W(d, f"fase{i}") for i, d in enumerate(sorted(dagen))]
    gekozen = fase_op(wijzigingen, peildatum)
    eerder = [w for w in wijzigingen if w.datum <= peildatum]
    if not eerder:
        assert gekozen is None
    else:
        assert gekozen is eerder[-1]
        assert all(w.datum > peildatum for w in wijzigingen[wijzigingen.index(gekozen) + 1 :])


# --- mijlpaal_stand -----------------------------------------------------------------------------

PLANNINGEN = [
    P(D(2012, 1, 10), D(2012, 6, 1), "Eerste planning"),
    P(D(2012, 5, 20), D(2012, 9, 1), "Leverancier later"),
    P(D(2012, 8, 15), D(2012, 10, 1), "Raad wil eerst een notitie"),
]


def test_mijlpaal_not_known_before_it_was_planned():
    stand = mijlpaal_stand(PLANNINGEN, None, D(2012, 1, 9))
    assert stand.bekend is False
    assert stand.geplande_datum is None
    assert stand.oorspronkelijke_datum is None
    assert stand.herplanningen == ()
    assert not stand.te_laat
    assert not stand.verschoven


def test_mijlpaal_known_from_the_day_it_was_planned():
    stand = mijlpaal_stand(PLANNINGEN, None, D(2012, 1, 10))
    assert stand.bekend
    assert stand.geplande_datum == D(2012, 6, 1)
    assert stand.oorspronkelijke_datum == D(2012, 6, 1)
    assert stand.herplanningen == ()
    assert not stand.verschoven
    assert stand.vertraging_dagen == 0


def test_mijlpaal_replanning_only_counts_from_the_day_it_was_decided():
    voor = mijlpaal_stand(PLANNINGEN, None, D(2012, 5, 19))
    op = mijlpaal_stand(PLANNINGEN, None, D(2012, 5, 20))
    assert voor.geplande_datum == D(2012, 6, 1)
    assert op.geplande_datum == D(2012, 9, 1)
    assert op.oorspronkelijke_datum == D(2012, 6, 1)


def test_mijlpaal_replanning_history_with_from_to_and_reason():
    stand = mijlpaal_stand(PLANNINGEN, None, D(2012, 12, 31))
    assert stand.herplanningen == (
        Herplanning(
            D(2012, 5, 20), van=D(2012, 6, 1), naar=D(2012, 9, 1), reden="Leverancier later"
        ),
        Herplanning(
            D(2012, 8, 15),
            van=D(2012, 9, 1),
            naar=D(2012, 10, 1),
            reden="Raad wil eerst een notitie",
        ),
    )
    assert stand.geplande_datum == D(2012, 10, 1)
    assert stand.oorspronkelijke_datum == D(2012, 6, 1)
    assert stand.verschoven
    assert stand.vertraging_dagen == (D(2012, 10, 1) - D(2012, 6, 1)).days


def test_mijlpaal_history_is_sorted_by_vastgesteld_op_whatever_the_input_order():
    stand = mijlpaal_stand(list(reversed(PLANNINGEN)), None, D(2012, 12, 31))
    assert [h.naar for h in stand.herplanningen] == [D(2012, 9, 1), D(2012, 10, 1)]
    assert stand.oorspronkelijke_datum == D(2012, 6, 1)


def test_mijlpaal_replanned_earlier_is_not_verschoven():
    planningen = [P(D(2012, 1, 1), D(2012, 9, 1)), P(D(2012, 2, 1), D(2012, 7, 1), "Sneller")]
    stand = mijlpaal_stand(planningen, None, D(2012, 3, 1))
    assert stand.geplande_datum == D(2012, 7, 1)
    assert not stand.verschoven
    assert stand.vertraging_dagen == 0
    assert len(stand.herplanningen) == 1


def test_mijlpaal_te_laat_only_after_the_planned_day():
    planningen = [P(D(2012, 1, 1), D(2012, 6, 1))]
    assert not mijlpaal_stand(planningen, None, D(2012, 5, 31)).te_laat
    assert not mijlpaal_stand(planningen, None, D(2012, 6, 1)).te_laat
    assert mijlpaal_stand(planningen, None, D(2012, 6, 2)).te_laat


def test_mijlpaal_not_te_laat_once_reached():
    planningen = [P(D(2012, 1, 1), D(2012, 6, 1))]
    stand = mijlpaal_stand(planningen, D(2012, 6, 20), D(2012, 7, 1))
    assert stand.bereikt
    assert stand.bereikt_op == D(2012, 6, 20)
    assert not stand.te_laat


def test_mijlpaal_bereikt_only_on_or_after_the_actual_date():
    planningen = [P(D(2012, 1, 1), D(2012, 6, 1))]
    voor = mijlpaal_stand(planningen, D(2012, 6, 20), D(2012, 6, 19))
    op = mijlpaal_stand(planningen, D(2012, 6, 20), D(2012, 6, 20))
    assert not voor.bereikt
    assert voor.bereikt_op is None
    assert voor.te_laat  # planned on 1 June, not reached on 19 June
    assert op.bereikt
    assert op.bereikt_op == D(2012, 6, 20)


def test_mijlpaal_reached_without_any_planning_is_known():
    stand = mijlpaal_stand([], D(2012, 4, 1), D(2012, 5, 1))
    assert stand.bekend
    assert stand.bereikt
    assert stand.geplande_datum is None
    assert not mijlpaal_stand([], D(2012, 4, 1), D(2012, 3, 31)).bekend


def test_mijlpaal_stand_keeps_the_peildatum():
    assert mijlpaal_stand(PLANNINGEN, None, D(2012, 7, 7)).peildatum == D(2012, 7, 7)


# --- nothing after the peildatum counts -----------------------------------------------------------

planningen_st = st.lists(
    st.builds(
        P,
        vastgesteld_op=datums,
        geplande_datum=datums,
        reden=st.sampled_from(["", "Eerste planning", "Vertraging", "Capaciteit"]),
    ),
    max_size=8,
)


@given(planningen_st, st.none() | datums, datums)
def test_mijlpaal_stand_ignores_everything_dated_after_the_peildatum(planningen, werkelijk, peil):
    volledig = mijlpaal_stand(planningen, werkelijk, peil)
    gefilterd = mijlpaal_stand(
        [p for p in planningen if p.vastgesteld_op <= peil],
        werkelijk if werkelijk is not None and werkelijk <= peil else None,
        peil,
    )
    assert volledig == gefilterd


@given(planningen_st, st.none() | datums, datums, planningen_st)
def test_mijlpaal_stand_unchanged_by_later_replannings(planningen, werkelijk, peil, extra):
    later = [
        P(
            peil + dt.timedelta(days=1 + (p.vastgesteld_op - D(2010, 1, 1)).days % 400),
            p.geplande_datum,
            p.reden,
        )
        for p in extra
    ]
    assert mijlpaal_stand(planningen + later, werkelijk, peil) == mijlpaal_stand(
        planningen, werkelijk, peil
    )


@given(planningen_st, st.none() | datums, datums)
def test_mijlpaal_stand_is_consistent(planningen, werkelijk, peil):
    stand = mijlpaal_stand(planningen, werkelijk, peil)
    bekend = sorted(
        (p for p in planningen if p.vastgesteld_op <= peil), key=lambda p: p.vastgesteld_op
    )
    assert stand.bekend == (bool(bekend) or (werkelijk is not None and werkelijk <= peil))
    assert len(stand.herplanningen) == max(len(bekend) - 1, 0)
    assert all(h.vastgesteld_op <= peil for h in stand.herplanningen)
    if bekend:
        assert stand.geplande_datum == bekend[-1].geplande_datum
        assert stand.oorspronkelijke_datum == bekend[0].geplande_datum
    assert not (stand.te_laat and stand.bereikt)
    if stand.te_laat:
        assert stand.geplande_datum < peil
    assert stand.verschoven == (stand.vertraging_dagen > 0)


@given(st.lists(datums, max_size=12), datums)
def test_fase_op_ignores_changes_after_the_peildatum(dagen, peildatum):
    wijzigingen = [W(d, f"fase{i}") for i, d in enumerate(sorted(dagen))]
    assert fase_op(wijzigingen, peildatum) is fase_op(
        [w for w in wijzigingen if w.datum <= peildatum], peildatum
    )
