"""``flush`` empties the whole database, the processing log included (see samen.logboek.triggers).

Row-level UPDATE and DELETE of the log stay refused; only this whole-database wipe passes the
SQLite trigger (PostgreSQL's flush uses TRUNCATE)."""

from __future__ import annotations

from typing import Any

from django.core.management.commands.flush import Command as FlushCommand

from samen.logboek.triggers import database_wissen


class Command(FlushCommand):
    def handle(self, **options: Any) -> None:
        with database_wissen():
            super().handle(**options)
