"""Database triggers that make the processing log append-only for every client (SQL included).

PostgreSQL: a row trigger raises on UPDATE and DELETE. SQLite: ``RAISE(ABORT)`` triggers; the
DELETE trigger has one exception, a whole-database wipe by ``samen flush`` (the test suite's reset
between transactional tests), which calls the SQLite function ``samen_logboek_wissen()`` that
Django's connections register. Any other SQLite client lacks that function, so its DELETE fails
too. On PostgreSQL ``flush`` uses TRUNCATE, which row triggers do not see: removing the whole
database is an act of the database owner, outside the application (docs/verwerkingenlogging.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from samen.logboek.bewaren import na_termijn

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


# Retention (migration 0003): a line whose retention period (``bewaartermijn``) has passed may
# be deleted, by ``samen logboek_opruimen`` only, and no line before. PostgreSQL: the trigger lets
# such a DELETE through when the session set ``samen.logboek_opruimen`` (the command does, in its
# transaction). SQLite: the DELETE trigger asks ``samen_logboek_verlopen(tijdstip, termijn)``,
# which only the command's own process answers with 1.
SQLITE_BEWAARTERMIJN_AAN = [
    "DROP TRIGGER IF EXISTS logboek_regel_geen_delete;",
    """CREATE TRIGGER logboek_regel_geen_delete BEFORE DELETE ON logboek_regel
    WHEN NOT samen_logboek_wissen()
        AND NOT samen_logboek_verlopen(OLD.tijdstip, OLD.bewaartermijn)
    BEGIN SELECT RAISE(ABORT, 'Het logboek is alleen-toevoegen: DELETE is niet toegestaan.'); END;""",
]
SQLITE_BEWAARTERMIJN_UIT = ["DROP TRIGGER IF EXISTS logboek_regel_geen_delete;", SQLITE_AAN[1]]
POSTGRES_BEWAARTERMIJN_AAN = [
    """CREATE OR REPLACE FUNCTION logboek_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' AND current_setting('samen.logboek_opruimen', true) = 'aan'
            AND OLD.bewaartermijn <> ''
            AND OLD.tijdstip + OLD.bewaartermijn::interval < now() THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'Het logboek is alleen-toevoegen: % is niet toegestaan.', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END; $$;""",
]
POSTGRES_BEWAARTERMIJN_UIT = [POSTGRES_AAN[0]]

_opruimen_toegestaan = False


def _wissen() -> int:
    return 1 if _wissen_toegestaan else 0


def _verlopen(tijdstip: Any, termijn: Any) -> int:
    if not _opruimen_toegestaan or not tijdstip or not termijn:
        return 0
    try:
        return 1 if verlopen(dt.datetime.fromisoformat(str(tijdstip)), str(termijn)) else 0
    except ValueError:
        return 0  # an unreadable line stays


def verlopen(tijdstip: dt.datetime, termijn: str) -> bool:
    """Whether the retention period of a line written at ``tijdstip`` (naive: UTC) has passed."""
    if tijdstip.tzinfo is not None:
        tijdstip = tijdstip.astimezone(dt.UTC).replace(tzinfo=None)
    return na_termijn(tijdstip, termijn) < dt.datetime.now(dt.UTC).replace(tzinfo=None)


def registreer_sqlite_functie(sender: Any, connection: Any, **kwargs: Any) -> None:
    """``connection_created`` receiver: give Django's SQLite connections the flush escape and
    the retention check."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("samen_logboek_wissen", 0, _wissen)
        connection.connection.create_function("samen_logboek_verlopen", 2, _verlopen)


@contextmanager
def bewaartermijn_opruimen() -> Iterator[None]:
    """Let SQLite's trigger delete lines whose retention has passed (``samen logboek_opruimen``)."""
    global _opruimen_toegestaan
    _opruimen_toegestaan = True
    try:
        yield
    finally:
        _opruimen_toegestaan = False


@contextmanager
def database_wissen() -> Iterator[None]:
    """Allow the SQLite DELETE of the whole log within ``samen flush`` only."""
    global _wissen_toegestaan
    _wissen_toegestaan = True
    try:
        yield
    finally:
        _wissen_toegestaan = False


def per_database(statements: dict[str, list[str]]) -> Any:
    """A RunPython function of the migrations: the statements for the database's vendor."""

    def uitvoeren(apps: Any, schema_editor: Any) -> None:
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql, params=None)

    return uitvoeren
