"""Test helpers: a one-table definition, a CSV written from rows, and a sample upload for the
demo's ``adressen`` table."""

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


#: The header of the demo's ``adressen`` table (semicolon-separated, as municipalities deliver).
ADRESSEN_KOP = "nummeraanduiding_id;openbareruimte;huisnummer;huisletter;huisnummertoevoeging;postcode;woonplaats"
#: Three rows with four known defects (the upload page and the API both check them).
ADRESSEN_MET_FOUTEN = "\n".join(
    [
        ADRESSEN_KOP,
        "0148200000000001;Kerkstraat;1;;;7721 AB;Dalfsen",
        "0148200000000002;Kerkstraat;0;;;7721AB;Dalfsen",  # huisnummer 0, postcode without space
        "0148200000000001;Kerkstraat;3;;;7721 AC;",  # duplicate id, woonplaats missing
    ]
).encode("cp1252")
