"""Database triggers that make the processing log append-only for every client (SQL included).

PostgreSQL: a row trigger raises on UPDATE and DELETE. SQLite: ``RAISE(ABORT)`` triggers; the
DELETE trigger has one exception, a whole-database wipe by ``samen flush`` (the test suite's reset
between transactional tests), which calls the SQLite function ``samen_logboek_wissen()`` that
Django's connections register. Any other SQLite client lacks that function, so its DELETE fails
too. On PostgreSQL ``flush`` uses TRUNCATE, which row triggers do not see: removing the whole
database is an act of the database owner, outside the application (docs/verwerkingenlogging.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_wissen_toegestaan = False

SQLITE_AAN = [
    """CREATE TRIGGER logboek_regel_geen_update BEFORE UPDATE ON logboek_regel
    BEGIN SELECT RAISE(ABORT, 'Het logboek is alleen-toevoegen: UPDATE is niet toegestaan.'); END;""",
    """CREATE TRIGGER logboek_regel_geen_delete BEFORE DELETE ON logboek_regel
    WHEN NOT samen_logboek_wissen()
    BEGIN SELECT RAISE(ABORT, 'Het logboek is alleen-toevoegen: DELETE is niet toegestaan.'); END;""",
]
SQLITE_UIT = [
    "DROP TRIGGER IF EXISTS logboek_regel_geen_update;",
    "DROP TRIGGER IF EXISTS logboek_regel_geen_delete;",
]
POSTGRES_AAN = [
    """CREATE OR REPLACE FUNCTION logboek_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'Het logboek is alleen-toevoegen: % is niet toegestaan.', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END; $$;""",
    """CREATE TRIGGER logboek_regel_alleen_toevoegen BEFORE UPDATE OR DELETE ON logboek_regel
    FOR EACH ROW EXECUTE FUNCTION logboek_alleen_toevoegen();""",
]
POSTGRES_UIT = [
    "DROP TRIGGER IF EXISTS logboek_regel_alleen_toevoegen ON logboek_regel;",
    "DROP FUNCTION IF EXISTS logboek_alleen_toevoegen();",
]


def _wissen() -> int:
    return 1 if _wissen_toegestaan else 0


def registreer_sqlite_functie(sender: Any, connection: Any, **kwargs: Any) -> None:
    """``connection_created`` receiver: give Django's SQLite connections the flush escape."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("samen_logboek_wissen", 0, _wissen)


@contextmanager
def database_wissen() -> Iterator[None]:
    """Allow the SQLite DELETE of the whole log within ``samen flush`` only."""
    global _wissen_toegestaan
    _wissen_toegestaan = True
    try:
        yield
    finally:
        _wissen_toegestaan = False
