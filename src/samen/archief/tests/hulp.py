"""Test helpers: the row count of every table, and emptying the database as a fresh install."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection


def tellingen() -> dict[str, int]:
    """The number of rows of every table in the database (SQL, no models)."""
    qn = connection.ops.quote_name
    with connection.cursor() as cursor:
        tabellen = connection.introspection.table_names(cursor)
        uitkomst = {}
        for tabel in tabellen:
            cursor.execute(f"SELECT COUNT(*) FROM {qn(tabel)}")
            uitkomst[tabel] = cursor.fetchone()[0]
    return uitkomst


def nieuwe_database() -> None:
    """Empty every table, as a freshly migrated database (content types and permissions only)."""
    if connection.vendor == "postgresql":  # inside the test's transaction: check FKs now
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    ContentType.objects.clear_cache()
