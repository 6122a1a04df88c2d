"""Shared test fixtures."""

from __future__ import annotations

from typing import Any

import pytest

#: The demo's rows per table, taken after the first test in a process has loaded it.
_DEMO_RIJEN: list[tuple[str, list[str], Any]] = []


@pytest.fixture
def dsz_demo(db):
    """The DSZ demo, loaded into the test database.

    The first test in a process loads it through the real services (`load_demo`) and keeps a copy
    of every row it wrote; later tests put those rows back, table by table (PostgreSQL's COPY,
    SQLite's executemany), which takes a fraction of `loaddata`'s two seconds, and reset the
    PostgreSQL sequences, so every test starts from the same demo.
    """
    from samen.accounts.models import Rol
    from samen.accounts.services import beheerdersgroep
    from samen.demo.loader import load_demo

    if _DEMO_RIJEN:
        _zet_rijen_terug(_DEMO_RIJEN)
        # Groups point at permissions, whose ids change when a transactional test flushes the
        # database; the copy leaves them out and the beheerders get their group back here.
        groep = beheerdersgroep()
        for rol in Rol.objects.filter(soort=Rol.Soort.BEHEERDER).select_related("gebruiker"):
            rol.gebruiker.groups.add(groep)
        return
    _restart_sequences()
    load_demo()
    _DEMO_RIJEN.extend(_lees_rijen())


def _demo_modellen() -> list[Any]:
    """The demo's tables: the user table, and every table of Samen's apps with their many-to-many
    tables; not the user's groups and permissions (their ids change between transactional tests)."""
    from django.contrib.auth import get_user_model

    from samen.core.db.statistieken import samen_modellen

    return [get_user_model(), *samen_modellen()]


def _demo_tabellen() -> list[tuple[str, list[str]]]:
    return [
        (m._meta.db_table, [f.column for f in m._meta.concrete_fields]) for m in _demo_modellen()
    ]


def _lees_rijen() -> list[tuple[str, list[str], Any]]:
    from django.db import connection

    q = connection.ops.quote_name
    resultaat = []
    with connection.cursor() as cursor:
        for tabel, kolommen in _demo_tabellen():
            lijst = ", ".join(q(k) for k in kolommen)
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {q(tabel)} ({lijst}) TO STDOUT") as copy:
                    rijen: Any = b"".join(bytes(blok) for blok in copy)
            else:
                cursor.execute(f"SELECT {lijst} FROM {q(tabel)}")
                rijen = cursor.fetchall()
            if rijen:
                resultaat.append((tabel, kolommen, rijen))
    return resultaat


def _zet_rijen_terug(tabellen: list[tuple[str, list[str], Any]]) -> None:
    from django.core.management.color import no_style
    from django.db import connection, transaction

    q = connection.ops.quote_name
    # One transaction: the foreign keys are checked at its end, so the order of tables is free.
    with transaction.atomic(), connection.cursor() as cursor:
        for tabel, kolommen, rijen in tabellen:
            lijst = ", ".join(q(k) for k in kolommen)
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {q(tabel)} ({lijst}) FROM STDIN") as copy:
                    copy.write(rijen)
            else:
                plaatsen = ", ".join(["%s"] * len(kolommen))
                cursor.executemany(f"INSERT INTO {q(tabel)} ({lijst}) VALUES ({plaatsen})", rijen)
        for statement in connection.ops.sequence_reset_sql(no_style(), _demo_modellen()):
            cursor.execute(statement)


def _restart_sequences() -> None:
    """On PostgreSQL, start the (empty) tables' id sequences at 1 before the first demo load, as
    a fresh SQLite database does, so the demo's ids do not depend on earlier tests."""
    from django.core.management.color import no_style
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    sql = connection.ops.sequence_reset_by_name_sql(
        no_style(), connection.introspection.sequence_list()
    )
    with connection.cursor() as cursor:
        for statement in sql:
            cursor.execute(statement)


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Tests log in often; a real hash costs half a second each (production keeps it)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def pytest_configure(config):  # type: ignore[no-untyped-def]
    """The live test server (Django's wsgiref handler) writes a response's headers and body in two
    sends; with Nagle's algorithm on, the client's delayed ACK then stalls every request by 40 ms.
    Production serves with Gunicorn, which sends a response at once, so only the tests need this.
    """
    from django.test.testcases import QuietWSGIRequestHandler

    QuietWSGIRequestHandler.disable_nagle_algorithm = True


def pytest_report_header(config):  # type: ignore[no-untyped-def]
    from django.conf import settings

    db = settings.DATABASES["default"]
    return f"samen: database {db['ENGINE'].rsplit('.', 1)[-1]} {db.get('HOST') or db['NAME']}"


@pytest.fixture
def run_tasks(db):
    """Run every queued background task to completion, as `samen db_worker --batch` does."""
    from django.core.management import call_command

    def run() -> None:
        # The worker closes "old" connections between tasks; inside a test's transaction on
        # PostgreSQL that would close the test's own connection, so it is kept open here.
        from django_tasks_db.management.commands import db_worker

        origineel = db_worker.close_old_connections
        db_worker.close_old_connections = lambda **kwargs: None
        try:
            call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
        finally:
            db_worker.close_old_connections = origineel

    return run
