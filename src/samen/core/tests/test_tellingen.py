"""A remembered count (samen.core.db.tellingen) is used while its tables are unchanged, and
never once another connection, this one, or a rolled-back transaction has changed them."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import connection, connections, transaction
from django.test.utils import CaptureQueriesContext

from samen import factories
from samen.core.db.tellingen import tel
from samen.terreinen.models import Voortgangsbericht

pytestmark = pytest.mark.django_db(transaction=True)


def _berichten(terrein: Any) -> Any:
    return Voortgangsbericht.objects.filter(terrein=terrein)


def _telt_opnieuw(terrein: Any) -> tuple[int, bool]:
    """The count, and whether it was counted in the database (not remembered)."""
    with CaptureQueriesContext(connection) as ctx:
        aantal = tel(_berichten(terrein))
    return aantal, any("COUNT(*)" in q["sql"].upper() for q in ctx.captured_queries)


def _in_andere_verbinding(werk: Any) -> None:
    def draai() -> None:
        try:
            werk()
        finally:
            connections.close_all()

    t = threading.Thread(target=draai)
    t.start()
    t.join()


def test_a_count_is_remembered_until_its_table_changes() -> None:
    terrein = factories.SamenwerkingsterreinFactory()
    factories.VoortgangsberichtFactory.create_batch(3, terrein=terrein)
    assert _telt_opnieuw(terrein) == (3, True)
    assert _telt_opnieuw(terrein) == (3, False)  # remembered

    factories.VoortgangsberichtFactory(terrein=terrein)  # this connection writes
    assert _telt_opnieuw(terrein) == (4, True)

    _in_andere_verbinding(lambda: factories.VoortgangsberichtFactory(terrein=terrein))
    assert _telt_opnieuw(terrein) == (5, True)
    _in_andere_verbinding(lambda: _berichten(terrein).first().delete())  # type: ignore[union-attr]
    assert _telt_opnieuw(terrein) == (4, True)
    assert _telt_opnieuw(terrein) == (4, False)


def test_a_count_taken_in_a_rolled_back_transaction_is_not_remembered() -> None:
    terrein = factories.SamenwerkingsterreinFactory()
    factories.VoortgangsberichtFactory.create_batch(2, terrein=terrein)
    assert tel(_berichten(terrein)) == 2

    with pytest.raises(RuntimeError), transaction.atomic():
        factories.VoortgangsberichtFactory(terrein=terrein)
        assert tel(_berichten(terrein)) == 3  # its own write counts inside the transaction
        raise RuntimeError("terugdraaien")

    # 3 was not remembered (PostgreSQL may still use the 2 from before: nothing was committed)
    assert _telt_opnieuw(terrein)[0] == 2
    assert _telt_opnieuw(terrein) == (2, False)


def test_different_parameters_are_different_counts() -> None:
    a, b = factories.SamenwerkingsterreinFactory(), factories.SamenwerkingsterreinFactory()
    factories.VoortgangsberichtFactory.create_batch(2, terrein=a)
    factories.VoortgangsberichtFactory.create_batch(5, terrein=b)
    assert [tel(_berichten(a)), tel(_berichten(b)), tel(_berichten(a))] == [2, 5, 2]
    assert tel(Voortgangsbericht.objects.filter(pk__in=[])) == 0  # no SQL at all


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's write notes")
def test_on_postgresql_a_write_to_another_table_keeps_the_count() -> None:
    terrein = factories.SamenwerkingsterreinFactory()
    factories.VoortgangsberichtFactory.create_batch(2, terrein=terrein)
    assert _telt_opnieuw(terrein) == (2, True)
    _in_andere_verbinding(lambda: factories.OrganisatieFactory())  # not a table it reads
    assert _telt_opnieuw(terrein) == (2, False)
    ander = factories.SamenwerkingsterreinFactory()
    _in_andere_verbinding(lambda: factories.VoortgangsberichtFactory(terrein=ander))
    assert _telt_opnieuw(terrein) == (2, True)  # its table changed (not its rows): counted again


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's write notes")
def test_on_postgresql_every_table_notes_its_writes() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT event_object_table FROM information_schema.triggers"
            " WHERE trigger_name = 'samen_wijziging'"
        )
        met_trigger = {r[0] for r in cursor.fetchall()}
    tabellen = set(connection.introspection.django_table_names(only_existing=True))
    assert tabellen - met_trigger == set()
