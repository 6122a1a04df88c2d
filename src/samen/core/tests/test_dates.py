"""Dutch dates and amounts: formatting with a precision, parsing with a Dutch error."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samen.core.dates import (
    MAANDEN,
    DatumFout,
    DatumPrecisie,
    format_bedrag,
    format_datum,
    parse_datum,
)

# --- format_datum -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("precisie", "verwacht"),
    [
        (DatumPrecisie.DAG, "24 september 2012"),
        (DatumPrecisie.BEGIN_MAAND, "begin september 2012"),
        (DatumPrecisie.MEDIO_MAAND, "medio september 2012"),
        (DatumPrecisie.EIND_MAAND, "eind september 2012"),
        (DatumPrecisie.MAAND, "september 2012"),
    ],
)
def test_format_datum_per_precisie(precisie, verwacht):
    assert format_datum(dt.date(2012, 9, 24), precisie) == verwacht


def test_format_datum_accepts_the_plain_string_of_a_precisie():
    # Model fields store the value as a plain string.
    assert format_datum(dt.date(2012, 5, 15), "medio_maand") == "medio mei 2012"
    assert format_datum(dt.date(2012, 7, 2), "begin_maand") == "begin juli 2012"


def test_format_datum_default_is_day_precision_without_leading_zero():
    assert format_datum(dt.date(2012, 3, 5)) == "5 maart 2012"


def test_format_datum_of_a_datetime_uses_its_date():
    assert format_datum(dt.datetime(2012, 12, 31, 23, 59)) == "31 december 2012"


def test_format_datum_none_is_empty():
    assert format_datum(None) == ""


def test_format_datum_unknown_precisie_is_refused():
    with pytest.raises(ValueError):
        format_datum(dt.date(2012, 1, 1), "kwartaal")


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_format_datum_names_day_month_and_year(d):
    assert format_datum(d).split(" ") == [str(d.day), MAANDEN[d.month - 1], str(d.year)]


def test_maanden_are_the_twelve_dutch_months_in_order():
    assert len(MAANDEN) == 12
    assert MAANDEN[0] == "januari"
    assert MAANDEN[4] == "mei"
    assert MAANDEN[11] == "december"


# --- format_bedrag ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bedrag", "verwacht"),
    [
        (200_000, "€ 200.000"),
        (Decimal("1234.50"), "€ 1.234,50"),
        (Decimal("1234.5"), "€ 1.234,50"),
        (0, "€ 0"),
        (999, "€ 999"),
        (1_000, "€ 1.000"),
        (1_234_567, "€ 1.234.567"),
        (Decimal("0.05"), "€ 0,05"),
        (Decimal("200000.00"), "€ 200.000"),
        (12.3, "€ 12,30"),
        (Decimal("2.005"), "€ 2,01"),  # half up, not banker's rounding
        (Decimal("2.004"), "€ 2"),
    ],
)
def test_format_bedrag(bedrag, verwacht):
    assert format_bedrag(bedrag) == verwacht


@pytest.mark.parametrize(
    ("bedrag", "verwacht"),
    [
        (-200_000, "€ -200.000"),
        (Decimal("-1234.50"), "€ -1.234,50"),
        (Decimal("-0.50"), "€ -0,50"),
    ],
)
def test_format_bedrag_negative_keeps_its_sign(bedrag, verwacht):
    assert format_bedrag(bedrag) == verwacht


def test_format_bedrag_none_is_empty():
    assert format_bedrag(None) == ""


@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(min_value=0, max_value=99))
def test_format_bedrag_round_trips_through_dutch_notation(euros, cents):
    sign = -1 if euros < 0 else 1
    bedrag = Decimal(euros) + sign * Decimal(cents) / 100
    text = format_bedrag(bedrag)
    assert text.startswith("€ ")
    terug = Decimal(text.removeprefix("€ ").replace(".", "").replace(",", "."))
    assert terug == bedrag
    assert ("," in text) == (cents != 0)


# --- parse_datum --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["2012-09-10", "10-09-2012", "  2012-09-10 ", " 10-09-2012\n"])
def test_parse_datum_reads_both_formats(text):
    assert parse_datum(text) == dt.date(2012, 9, 10)


@pytest.mark.parametrize("text", ["31-02-2012", "2012/09/10", "", "   ", "10 september 2012"])
def test_parse_datum_error_is_dutch_and_names_the_format(text):
    with pytest.raises(DatumFout) as exc:
        parse_datum(text)
    bericht = str(exc.value)
    assert "geen geldige datum" in bericht
    assert "JJJJ-MM-DD" in bericht
    assert f"'{text}'" in bericht


def test_parse_datum_error_names_the_field():
    with pytest.raises(DatumFout) as exc:
        parse_datum("2012-13-01", veld="vervaldatum")
    assert str(exc.value).startswith("vervaldatum '2012-13-01'")


def test_parse_datum_none_gives_the_dutch_error():
    with pytest.raises(DatumFout, match="geen geldige datum"):
        parse_datum(None)  # type: ignore[arg-type]


def test_datumfout_is_a_value_error():
    # Callers that catch ValueError (forms, the command line) also catch DatumFout.
    assert issubclass(DatumFout, ValueError)


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_parse_datum_reads_back_isoformat(d):
    assert parse_datum(d.isoformat()) == d


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_parse_datum_reads_back_dutch_day_month_year(d):
    assert parse_datum(d.strftime("%d-%m-") + f"{d.year:04d}") == d


@pytest.mark.parametrize(
    ("value", "text"), [(27600, "27.600"), (999, "999"), (1234567, "1.234.567"), (None, "")]
)
def test_format_getal_groups_thousands_with_dots(value, text):
    from samen.core.dates import format_getal

    assert format_getal(value) == text
