"""``samen serve``: serve Samen with Waitress (static files through WhiteNoise)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = "Start Samen op http://HOST:PORT (standaard 127.0.0.1:8000)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)

    def handle(self, *args: Any, host: str, port: int, threads: int, **options: Any) -> None:
        if not 0 < port < 65536:
            raise CommandError(f"Poort {port} bestaat niet: kies een poort van 1 tot en met 65535.")
        from waitress import serve

        from samen.wsgi import application

        self.stdout.write(f"Samen draait op http://{host}:{port}/ (stoppen met Ctrl+C)")
        serve(application, host=host, port=port, threads=threads, ident="Samen")
