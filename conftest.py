"""Shared test fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

#: The demo as a fixture file, written by the first test that needs it (one per test process).
_DEMO_DUMP: dict[str, Path] = {}


@pytest.fixture
def dsz_demo(db, tmp_path_factory):
    """The DSZ demo, loaded into the test database.

    The first test in a process loads it through the real services (`load_demo`); later tests
    load a dump of that result with `loaddata`, which is several times faster and resets the
    PostgreSQL sequences, so the suite stays quick while every test starts from the same demo.
    """
    from django.apps import apps
    from django.core.management import call_command

    from samen.accounts.models import Rol
    from samen.accounts.services import beheerdersgroep
    from samen.demo.loader import load_demo

    dump = _DEMO_DUMP.get("pad")
    if dump is not None:
        call_command("loaddata", str(dump), verbosity=0)
        # Groups point at permissions, whose ids change when a transactional test flushes the
        # database; the dump leaves them out and the beheerders get their group back here.
        groep = beheerdersgroep()
        for rol in Rol.objects.filter(soort=Rol.Soort.BEHEERDER).select_related("gebruiker"):
            rol.gebruiker.groups.add(groep)
        return
    _restart_sequences()
    load_demo()
    labels = [
        "auth.user",
        *(a.label for a in apps.get_app_configs() if a.name.startswith("samen.")),
    ]
    dump = tmp_path_factory.mktemp("demo") / "dsz_demo.json"
    call_command("dumpdata", *labels, output=str(dump), verbosity=0)
    objecten = json.loads(dump.read_text())
    for obj in objecten:
        if obj["model"] == "auth.user":
            obj["fields"]["groups"] = []
            obj["fields"]["user_permissions"] = []
    dump.write_text(json.dumps(objecten))
    _DEMO_DUMP["pad"] = dump


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
    Production serves with waitress, which sends a response at once, so only the tests need this.
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
