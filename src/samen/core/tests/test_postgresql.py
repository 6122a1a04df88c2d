"""Samen's PostgreSQL backend reads time stamps as Django's does, parsed by psycopg's C code."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from django.db import connection
from django.db.backends.postgresql.psycopg_any import BaseTzLoader

from samen.core.db.postgresql.base import _PARSER, TIMESTAMPTZ_OID, Tijdstempellader

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's time stamp loader"
)

TEKSTEN = [
    "2024-10-27 00:59:59.999999+00",  # the last microsecond of summer time in Amsterdam
    "2024-03-31 01:00:00+00",
    "1900-01-01 00:00:00+00",
    "2999-12-31 23:59:59.5+00",
]


def _lees(sql: str, params: list[str]) -> tuple[object, ...]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return tuple(cursor.fetchone())


@pytest.mark.django_db
def test_the_connection_reads_time_stamps_with_samens_loader_on_psycopgs_c_parser():
    connection.ensure_connection()
    lader = connection.connection.adapters.get_loader(TIMESTAMPTZ_OID, psycopg.pq.Format.TEXT)
    assert issubclass(lader, Tijdstempellader)
    assert lader.timezone == connection.timezone  # so Django's create_cursor keeps it
    assert _PARSER is not None and _PARSER.__module__.startswith("psycopg_binary")


def test_without_a_time_zone_the_value_is_naive_as_with_django():
    zonder = type("Zonder", (Tijdstempellader,), {"timezone": None})
    assert zonder(TIMESTAMPTZ_OID).load(b"2024-03-31 01:00:00+00") == dt.datetime(2024, 3, 31, 1)


@pytest.mark.django_db
def test_values_equal_djangos_own_loader_to_the_microsecond():
    plekken = ", ".join(["%s::timestamptz"] * len(TEKSTEN)) + ", NULL::timestamptz"
    ons = _lees(f"SELECT {plekken}", TEKSTEN)
    connection.ensure_connection()
    django_lader = type("L", (BaseTzLoader,), {"timezone": connection.timezone})
    verwacht = tuple(
        django_lader(TIMESTAMPTZ_OID, connection.connection).load(t.encode()) for t in TEKSTEN
    )
    assert ons[:-1] == verwacht and ons[-1] is None
    assert all(w.tzinfo is dt.UTC for w in ons[:-1])  # Django's UTC, as Django sets it
    assert ons[0] == dt.datetime(2024, 10, 27, 0, 59, 59, 999999, tzinfo=dt.UTC)


@pytest.mark.django_db
def test_a_model_reads_back_what_it_stored():
    from samen.factories import VoortgangsberichtFactory

    bericht = VoortgangsberichtFactory()
    opgeslagen = bericht.geregistreerd_op
    bericht.refresh_from_db()
    assert bericht.geregistreerd_op == opgeslagen and bericht.geregistreerd_op.tzinfo is dt.UTC
