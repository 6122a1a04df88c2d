"""Write the OpenAPI document to openapi.yaml at the repository root (or --file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand

from samen.api.document import committed_path, openapi_yaml


class Command(BaseCommand):
    help = "Schrijf het OpenAPI-document van de API naar openapi.yaml."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--file", help="Het doelbestand (standaard openapi.yaml in de repo).")

    def handle(self, *args: Any, **options: Any) -> None:
        pad = Path(options["file"]) if options.get("file") else committed_path()
        pad.write_text(openapi_yaml(), encoding="utf-8")
        self.stdout.write(f"OpenAPI-document geschreven naar {pad}.")
