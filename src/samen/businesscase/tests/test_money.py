"""Money in eurocents: largest-remainder allocation (hand cases and a hypothesis property)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samen.businesscase.engine.money import (
    BedragFout,
    allocate,
    cents,
    format_euro,
    format_getal,
    indexed,
    integer_weights,
    lees_getal,
)


def test_hundred_euros_over_three_equal_partners():
    # 10000 cents / 3 = 3333.33 each: floors 3333, one cent left; all remainders are equal,
    # so the tie goes to the first partner: 3334 + 3333 + 3333 = 10000.
    assert allocate(10000, [1, 1, 1]) == [3334, 3333, 3333]


def test_largest_remainder_gets_the_cent():
    # 100 cents by 27600 : 16300 : 22200 (total 66100):
    # quotas 41.755, 24.660, 33.585 -> floors 41, 24, 33 (98), two cents left;
    # remainders .755, .660, .585 -> the first two get one: 42, 25, 33.
    assert allocate(100, [27600, 16300, 22200]) == [42, 25, 33]


def test_zero_weight_never_gets_a_cent():
    # 1 cent over weights 0, 1, 1: quotas 0, 0.5, 0.5 -> the tie goes to the earlier of the two.
    assert allocate(1, [0, 1, 1]) == [0, 1, 0]


def test_negative_amount_also_adds_up():
    # -100 over 1:1:1 -> quotas -33.33 each; floors -34 (sum -102), +2 to the first two.
    assert allocate(-100, [1, 1, 1]) == [-33, -33, -34]


def test_weights_must_be_usable():
    with pytest.raises(ValueError):
        allocate(100, [0, 0])
    with pytest.raises(ValueError):
        allocate(100, [1, -1])


@settings(deadline=None)
@given(
    amount=st.integers(min_value=-(10**12), max_value=10**12),
    weights=st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=40).filter(
        lambda w: sum(w) > 0
    ),
)
def test_every_allocation_adds_up_to_the_cent(amount, weights):
    parts = allocate(amount, weights)
    assert sum(parts) == amount
    total = sum(weights)
    for part, w in zip(parts, weights, strict=True):
        # each part is its exact quota rounded down or up, never further off
        quota = Fraction(amount * w, total)
        assert quota - 1 < part < quota + 1
        if w == 0:
            assert part == 0


@settings(max_examples=60, deadline=None)
@given(
    amount=st.integers(min_value=0, max_value=10**11),
    shares=st.lists(
        st.fractions(min_value=0, max_value=1, max_denominator=1000), min_size=1, max_size=30
    ).filter(lambda s: sum(s) > 0),
)
def test_allocation_by_fractional_shares_adds_up(amount, shares):
    assert sum(allocate(amount, integer_weights(shares))) == amount


def test_cents_reads_euros_exactly_and_refuses_fractions_of_a_cent():
    assert cents(Decimal("1234.56")) == 123456
    assert cents(0.1) == 10  # str(0.1) is '0.1', not the binary approximation
    assert cents(1_200_000) == 120_000_000
    with pytest.raises(BedragFout, match="twee decimalen"):
        cents(Decimal("1.005"))


def test_indexation_rounds_half_up_each_year():
    # 10000.00 * 1.1^2 = 12100.00 exactly; 1.00 * 1.025 = 1.025 -> 103 cents (half up: 102.5)
    assert indexed(1_000_000, Decimal("0.1"), 2) == 1_210_000
    assert indexed(100, Decimal("0.025"), 1) == 103


def test_dutch_numbers():
    assert lees_getal("1.200.000,50", duizendtallen=True) == Decimal("1200000.50")
    assert lees_getal("€ 1.200", duizendtallen=True) == Decimal(1200)
    assert lees_getal("2,5") == Decimal("2.5")
    assert lees_getal("0.025", duizendtallen=True) == Decimal("0.025")
    with pytest.raises(BedragFout):
        lees_getal("twee")
    assert format_getal(Decimal("1200000")) == "1.200.000"
    assert format_getal(Decimal("1234.50")) == "1.234,5"
    assert format_euro(-61150600) == "€ -611.506"
    assert format_euro(123456, centen=True) == "€ 1.234,56"
