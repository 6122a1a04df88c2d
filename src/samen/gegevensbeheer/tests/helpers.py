"""Test helpers: a one-table definition and a CSV written from rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from samen.gegevensbeheer.engine import Definitieset, uit_json


def definitie(velden: list[dict[str, Any]], **schema: Any) -> Definitieset:
    return uit_json(
        {
            "name": "t",
            "resources": [{"name": "t", "path": "t.csv", "schema": {"fields": velden, **schema}}],
        }
    )


def csv_bestand(pad: Path, regels: list[str], *, codering: str = "utf-8") -> Path:
    pad.write_bytes(("\n".join(regels) + "\n").encode(codering))
    return pad
