"""The ``samen`` command: every Django management command, plus ``samen demo`` and ``samen serve``."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samen.settings")
    from django.conf import settings
    from django.core.management import execute_from_command_line

    settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
    args = list(sys.argv if argv is None else ["samen", *argv])
    args[0] = "samen"
    execute_from_command_line(args)


if __name__ == "__main__":
    main()
