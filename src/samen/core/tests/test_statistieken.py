"""The planner's statistics: PostgreSQL's small tables are analysed after a few changes, SQLite
gathers statistics when a database has none."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

from samen.core.db.statistieken import ANALYSE_DREMPEL, samen_tabellen


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's storage parameters")
def test_migrate_sets_a_low_analyse_threshold_on_every_samen_table() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, reloptions FROM pg_class WHERE relname = ANY(%s)",
            [samen_tabellen()],
        )
        opties = dict(cursor.fetchall())
    assert "terreinen_samenwerkingsterrein" in opties
    zonder = [
        t
        for t, o in opties.items()
        if f"autovacuum_analyze_threshold={ANALYSE_DREMPEL}" not in (o or [])
    ]
    assert not zonder, zonder


def test_a_new_sqlite_connection_gathers_missing_statistics(
    tmp_path: Path, django_db_blocker: Any
) -> None:
    from samen.core.db.sqlite3.base import DatabaseWrapper

    pad = tmp_path / "db.sqlite3"
    met_de_hand = sqlite3.connect(pad)
    met_de_hand.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, datum TEXT)")
    met_de_hand.execute("CREATE INDEX t_datum ON t (datum)")
    met_de_hand.executemany(
        "INSERT INTO t (datum) VALUES (?)", [(f"2012-{i % 12 + 1:02d}-01",) for i in range(500)]
    )
    met_de_hand.commit()
    assert (
        met_de_hand.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()
        is None
    )
    met_de_hand.close()

    instellingen = {
        "ENGINE": "samen.core.db.sqlite3", "NAME": str(pad), "OPTIONS": {}, "TIME_ZONE": None,
        "CONN_MAX_AGE": 0, "CONN_HEALTH_CHECKS": False, "AUTOCOMMIT": True,
        "ATOMIC_REQUESTS": False, "USER": "", "PASSWORD": "", "HOST": "", "PORT": "", "TEST": {},
    }  # fmt: skip
    wrapper = DatabaseWrapper(instellingen, alias="statistieken")
    with django_db_blocker.unblock():
        wrapper.connect()
        rijen = wrapper.connection.execute("SELECT tbl, idx FROM sqlite_stat1").fetchall()
        wrapper.close()
    assert ("t", "t_datum") in rijen
