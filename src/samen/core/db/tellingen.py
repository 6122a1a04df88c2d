"""Counts of a query, remembered until a table they read changes.

Every page of an API list states its total. Counting is proportional to the rows: 10,000
progress updates take 1 ms on SQLite and 7 ms (plus 1.5 ms of planning) on PostgreSQL, more than
the rest of the request. Between writes the total does not change, so each process remembers it
per query (SQL and parameters), and checks cheaply, and exactly, whether it still holds:

- **PostgreSQL.** A statement trigger on every table notes each write with the writing
  transaction's id in ``samen_wijziging`` (inserts only: no lock that writers wait on). A count
  is stored with the snapshot it was taken in; it holds as long as no transaction that wrote one
  of the query's tables has become visible since that snapshot (``pg_visible_in_snapshot``).
- **SQLite.** ``PRAGMA data_version`` changes when another connection commits, and
  ``total_changes`` when this connection writes: either forgets this connection's counts.

A count taken inside a transaction that has written is never stored (it might be rolled back),
and one older than :data:`HOUDBAARHEID` seconds is taken again. Notes older than a day go.
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connections

#: Seconds a remembered count may be used (it is checked on every use; this bounds the notes
#: PostgreSQL must keep, see :data:`BEWAREN`).
HOUDBAARHEID = 600
BEWAREN = "1 day"
MAX_TELLINGEN = 2000
TABEL = "samen_wijziging"
_IDENTIFIER = re.compile(r'"([^"]+)"')

_slot = threading.Lock()
_pg: OrderedDict[tuple[str, str, tuple[Any, ...]], tuple[int, str, list[str], float]] = (
    OrderedDict()
)
_pg_tabellen: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
_opslagen = [0]


# --- installing (post_migrate) -------------------------------------------------------------------


def wijzigingen_bijhouden(*, using: str = "default", **kwargs: Any) -> None:
    """post_migrate (once, for the core app): on PostgreSQL, the notes table and a statement
    trigger on every table of the database. Idempotent."""
    connection = connections[using]
    # Inside a transaction (a test that migrates within its own) CREATE TRIGGER may meet pending
    # foreign-key checks; a real migrate runs outside one.
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return
    q = connection.ops.quote_name
    tabellen = [
        t for t in connection.introspection.django_table_names(only_existing=True) if t != TABEL
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {TABEL} ("
            " id bigserial PRIMARY KEY, tabel text NOT NULL,"
            " xid xid8 NOT NULL DEFAULT pg_current_xact_id(),"
            " tijd timestamptz NOT NULL DEFAULT clock_timestamp())"
        )
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {TABEL}_xid ON {TABEL} (xid)")
        cursor.execute(
            "CREATE OR REPLACE FUNCTION samen_wijziging_noteren() RETURNS trigger"
            " LANGUAGE plpgsql AS $$ BEGIN"
            f" INSERT INTO {TABEL} (tabel) VALUES (TG_TABLE_NAME); RETURN NULL; END $$"
        )
        for tabel in tabellen:
            cursor.execute(
                f"CREATE OR REPLACE TRIGGER samen_wijziging AFTER INSERT OR UPDATE OR DELETE"
                f" OR TRUNCATE ON {q(tabel)} FOR EACH STATEMENT"
                f" EXECUTE FUNCTION samen_wijziging_noteren()"
            )
    _pg_tabellen.pop(connection.alias, None)


# --- counting -----------------------------------------------------------------------------------


def tel(queryset: Any) -> int:
    """``queryset.count()``, remembered while the tables it reads are unchanged."""
    connection = connections[queryset.db]
    if connection.vendor not in ("postgresql", "sqlite"):
        return int(queryset.count())
    try:
        sql, params = queryset.order_by().query.sql_with_params()
    except EmptyResultSet:  # a filter that matches nothing (``pk__in=[]``): Django knows 0
        return int(queryset.count())
    telling = f"SELECT COUNT(*) FROM ({sql}) AS samen_telling"
    if connection.vendor == "sqlite":
        return _tel_sqlite(connection, telling, tuple(params))
    return _tel_postgresql(connection, telling, tuple(params))


def _tel_sqlite(connection: Any, sql: str, params: tuple[Any, ...]) -> int:
    connection.ensure_connection()
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA data_version")
        stand = (cursor.fetchone()[0], connection.connection.total_changes)
        cache: tuple[tuple[int, int], dict[tuple[str, tuple[Any, ...]], tuple[int, float]]]
        cache = getattr(connection, "_samen_tellingen", None) or (stand, {})
        if cache[0] != stand:
            cache = (stand, {})
        connection._samen_tellingen = cache
        nu = time.monotonic()
        bewaard = cache[1].get((sql, params))
        if bewaard is not None and nu - bewaard[1] < HOUDBAARHEID:
            return int(bewaard[0])
        cursor.execute(sql, params)
        aantal = int(cursor.fetchone()[0])
    if not connection.in_atomic_block:  # a transaction's own writes may still be rolled back
        if len(cache[1]) >= MAX_TELLINGEN:
            cache[1].clear()
        cache[1][(sql, params)] = (aantal, nu)
    return aantal


def _bijgehouden(connection: Any) -> tuple[frozenset[str], frozenset[str]]:
    """The tables whose writes are noted, and the models' tables whose are not (yet)."""
    tabellen = _pg_tabellen.get(connection.alias)
    if tabellen is None:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT DISTINCT event_object_table FROM information_schema.triggers"
                " WHERE trigger_name = 'samen_wijziging'"
            )
            met = frozenset(r[0] for r in cursor.fetchall())
        zonder = frozenset(connection.introspection.django_table_names()) - met
        tabellen = _pg_tabellen[connection.alias] = (met, zonder)
    return tabellen


def _tel_postgresql(connection: Any, sql: str, params: tuple[Any, ...]) -> int:
    namen = set(_IDENTIFIER.findall(sql))
    met, zonder = _bijgehouden(connection)
    # a query that reads a table without the trigger (yet) is never remembered
    gelezen = set() if namen & zonder else namen & met
    sleutel = (connection.alias, sql, params)
    nu = time.monotonic()
    with _slot:
        bewaard = _pg.get(sleutel)
    with connection.cursor() as cursor:
        if gelezen and bewaard is not None and nu - bewaard[3] < HOUDBAARHEID:
            aantal, snapshot, tabellen, _ = bewaard
            cursor.execute(
                f"SELECT NOT EXISTS (SELECT 1 FROM {TABEL}"
                " WHERE xid >= pg_snapshot_xmin(%s::pg_snapshot) AND tabel = ANY(%s)"
                " AND NOT pg_visible_in_snapshot(xid, %s::pg_snapshot))",
                [snapshot, tabellen, snapshot],
            )
            if cursor.fetchone()[0]:
                return aantal
        # one statement, so the snapshot is the one the count was taken in
        cursor.execute(
            "SELECT pg_current_snapshot()::text, pg_current_xact_id_if_assigned() IS NULL,"
            f" ({sql})",
            params,
        )
        snapshot, zonder_schrijven, aantal = cursor.fetchone()
        opruimen = False
        if gelezen and zonder_schrijven:
            with _slot:
                _pg[sleutel] = (int(aantal), snapshot, sorted(gelezen), nu)
                _pg.move_to_end(sleutel)
                while len(_pg) > MAX_TELLINGEN:
                    _pg.popitem(last=False)
                _opslagen[0] += 1
                opruimen = _opslagen[0] % 500 == 1
        if opruimen and not connection.in_atomic_block:
            cursor.execute(f"DELETE FROM {TABEL} WHERE tijd < now() - interval '{BEWAREN}'")
    return int(aantal)
