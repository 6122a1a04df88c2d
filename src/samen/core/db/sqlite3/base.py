"""SQLite as Samen uses it (the demo and small installations; production runs PostgreSQL).

Django's SQLite backend, plus one thing: ``PRAGMA optimize`` just before a connection closes, as
SQLite advises for short-lived connections. It gathers the planner's statistics
(``sqlite_stat1``) for the tables the connection queried, when they are missing or stale, so that
a sorted list (``ORDER BY datum DESC, id DESC LIMIT 20``) walks its index instead of sorting the
whole table. PostgreSQL keeps its statistics itself (autovacuum).
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress

from django.db import DatabaseError
from django.db.backends.sqlite3 import base


class DatabaseWrapper(base.DatabaseWrapper):
    def close(self) -> None:
        if self.connection is not None and not self.in_atomic_block:
            # Statistics are an optimisation: closing must not fail on them.
            with suppress(DatabaseError, sqlite3.Error):
                self.connection.execute("PRAGMA optimize")
        super().close()
