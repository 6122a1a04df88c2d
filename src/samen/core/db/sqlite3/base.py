"""SQLite as Samen uses it (the demo and small installations; production runs PostgreSQL).

Django's SQLite backend, plus the query planner's statistics (``sqlite_stat1``), without which
SQLite sorts a whole table for a sorted page (``ORDER BY datum DESC, id DESC LIMIT 20``) instead
of walking its index:

- a new connection to a database without any statistics gathers them (``ANALYZE``, bounded by
  ``analysis_limit``): a database just filled, or one from before this backend;
- ``PRAGMA optimize`` just before a connection closes, as SQLite advises, refreshes them for the
  tables the connection used when they grew or shrank a lot. Connections persist
  (``CONN_MAX_AGE``), so this happens when one reaches its age.

PostgreSQL keeps its statistics itself (autovacuum).
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from typing import Any

from django.db import DatabaseError
from django.db.backends.sqlite3 import base

#: Rows ANALYZE samples per index: enough for the planner, and quick on any size.
ANALYSIS_LIMIT = 1000


def _zonder_statistieken(conn: Any) -> bool:
    try:
        return conn.execute("SELECT 1 FROM sqlite_stat1 LIMIT 1").fetchone() is None
    except sqlite3.OperationalError:  # no such table: never analysed
        return True


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params: dict[str, Any]) -> Any:
        conn = super().get_new_connection(conn_params)
        with suppress(sqlite3.Error):  # statistics are an optimisation, never a failure
            conn.execute(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
            if _zonder_statistieken(conn):
                conn.execute("ANALYZE")
        return conn

    def close(self) -> None:
        # Not for an in-memory database (the tests'): nothing to keep, and its shared cache lets
        # PRAGMA optimize in a live-server thread wait for good on a flush in the test's thread.
        if self.connection is not None and not self.in_atomic_block and not self.is_in_memory_db():
            with suppress(DatabaseError, sqlite3.Error):
                self.connection.execute("PRAGMA optimize")
        super().close()
