"""The ``samen`` command: every Django management command, plus ``samen demo`` and ``samen serve``.

Every command runs as a bound actor for the processing log: origin ``cli`` (``taak`` for the
background worker), named after the operating-system user who ran it.
"""

from __future__ import annotations

import getpass
import os
import sys

#: Commands whose work is done on behalf of others (queued tasks), not by the person at the prompt.
TAAKCOMMANDO_S = {"db_worker"}


def _os_gebruiker() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return str(os.getuid()) if hasattr(os, "getuid") else "onbekend"


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samen.settings")
    from django.conf import settings
    from django.core.management import execute_from_command_line

    from samen.logboek.context import Actor, als_actor

    settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
    args = list(sys.argv if argv is None else ["samen", *argv])
    args[0] = "samen"
    commando = args[1] if len(args) > 1 else ""
    herkomst = "taak" if commando in TAAKCOMMANDO_S else "cli"
    actor = Actor(
        gebruiker_id=None, gebruikersnaam=f"{_os_gebruiker()}@{commando}"[:150], herkomst=herkomst
    )
    with als_actor(actor):
        execute_from_command_line(args)


if __name__ == "__main__":
    main()
