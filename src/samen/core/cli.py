"""Helpers for management commands: Dutch one-line errors with exit code 2 for bad options."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import CommandError

from samen.core.dates import DatumFout, parse_datum


def optie_fout(bericht: str) -> CommandError:
    return CommandError(bericht, returncode=2)


def datum_optie(waarde: str | None, optie: str) -> dt.date | None:
    if waarde is None:
        return None
    try:
        return parse_datum(waarde, veld=optie)
    except DatumFout as exc:
        raise optie_fout(str(exc)) from exc
