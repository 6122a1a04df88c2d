"""The query planner's statistics on PostgreSQL, kept current for Samen's tables.

Autovacuum analyses a table after 50 rows plus 10 % of it changed. A register's small tables
(the alliances, their domains and members: tens of rows) never reach that, so PostgreSQL keeps
guessing their size, and a list of progress updates filtered by alliance is then sorted in full
instead of read from its index: 17 ms instead of 1 ms, measured on the benchmark's cooperation.

After every ``migrate``, each of Samen's tables gets ``autovacuum_analyze_threshold = 5`` (small
tables are then analysed after a few changes; large ones still after 10 %), and the database is
analysed once. SQLite has its own mechanism (:mod:`samen.core.db.sqlite3.base`).
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.db import connections

#: Rows changed before autovacuum analyses a table again (PostgreSQL's default is 50).
ANALYSE_DREMPEL = 5


def samen_modellen() -> list[Any]:
    """Every table-backed model of Samen's apps, with their many-to-many tables."""
    return [
        model
        for app in apps.get_app_configs()
        if app.name.startswith("samen.")
        for model in app.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    ]


def samen_tabellen() -> list[str]:
    return sorted({model._meta.db_table for model in samen_modellen()})


def statistieken_bijwerken(*, using: str = "default", **kwargs: Any) -> None:
    """post_migrate (once, for the core app): storage parameters and one ANALYZE."""
    connection = connections[using]
    # Inside a transaction (a test that migrates within its own) ALTER TABLE may meet pending
    # foreign-key checks; a real migrate runs outside one.
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return
    q = connection.ops.quote_name
    bestaand = set(connection.introspection.table_names())
    with connection.cursor() as cursor:
        for tabel in samen_tabellen():
            if tabel in bestaand:
                cursor.execute(
                    f"ALTER TABLE {q(tabel)} SET (autovacuum_analyze_threshold = {ANALYSE_DREMPEL})"
                )
        cursor.execute("ANALYZE")
