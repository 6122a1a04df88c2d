"""Cross-check: on the shared corpus, Samen's violation counts per constraint equal frictionless-py's.

frictionless is a dev dependency and is imported here only, never from app code.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from samen.gegevensbeheer.engine import uit_json, valideer

CORPUS = Path(__file__).parent / "corpus"
TABELLEN = ("personen", "adressen", "woz")


def frictionless_tellingen(naam: str) -> Counter[tuple[str, tuple[str, ...]]]:
    from frictionless import Package

    pakket = Package(str(CORPUS / "corpus.json"))
    resource = pakket.get_resource(naam)
    rapport = resource.validate(limit_errors=100_000)
    pk = tuple(resource.schema.primary_key)
    tellingen: Counter[tuple[str, tuple[str, ...]]] = Counter()
    for taak in rapport.tasks:
        for fout in taak.errors:
            if fout.type == "type-error":
                tellingen["type", (fout.field_name,)] += 1
            elif fout.type == "constraint-error":
                m = re.match(r'constraint "(\w+)"', fout.note)
                assert m, fout.note
                tellingen[m.group(1), (fout.field_name,)] += 1
            elif fout.type == "unique-error":
                tellingen["unique", (fout.field_name,)] += 1
            elif fout.type == "primary-key":
                tellingen["primaryKey", pk] += 1
            elif fout.type == "foreign-key":
                tellingen["foreignKey", tuple(fout.field_names)] += 1
            else:
                pytest.fail(f"unexpected frictionless error {fout.type}: {fout.note}")
    return tellingen


@pytest.mark.parametrize("naam", TABELLEN)
def test_counts_per_constraint_equal_frictionless(naam: str) -> None:
    definitie = uit_json(json.loads((CORPUS / "corpus.json").read_text()))
    resultaat = valideer(
        CORPUS / f"{naam}.csv", definitie, naam, referenties={"adressen": CORPUS / "adressen.csv"}
    )
    samen = Counter({(b.beperking, b.velden): b.aantal for b in resultaat.bevindingen if b.aantal})
    verwacht = frictionless_tellingen(naam)
    assert verwacht, "the corpus must contain defects"
    assert samen == verwacht
    # and the example rows carry frictionless' row numbers (header = row 1)
    for b in resultaat.bevindingen:
        assert all(v.rij >= 2 for v in b.voorbeelden)


def test_corpus_covers_every_constraint_frictionless_knows() -> None:
    gezien = set()
    for naam in TABELLEN:
        gezien |= {beperking for beperking, _ in frictionless_tellingen(naam)}
    assert gezien >= {
        "type",
        "required",
        "pattern",
        "enum",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "unique",
        "primaryKey",
        "foreignKey",
    }
