"""Definitions: Data Package round trip, and clear errors for bad definitions."""

from __future__ import annotations

import json

import pytest

from samen.gegevensbeheer.demo import DEFINITIE
from samen.gegevensbeheer.engine import DefinitieFout, naar_datapackage, uit_json


def test_demo_definition_round_trips() -> None:
    data = json.loads(DEFINITIE.read_text())
    d = uit_json(data)
    assert [t.naam for t in d.tabellen] == ["adressen", "woz-objecten", "belastingplichtigen"]
    uit = naar_datapackage(d)
    assert uit_json(uit) == d
    # The exported JSON is the same document (field for field) as the one imported.
    assert uit["resources"] == data["resources"]


def test_export_is_a_valid_frictionless_package(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from frictionless import Package

    d = uit_json(json.loads(DEFINITIE.read_text()))
    pad = tmp_path / "datapackage.json"
    pad.write_text(json.dumps(naar_datapackage(d)))
    pakket = Package(str(pad))
    assert pakket.get_resource("adressen").schema.primary_key == ["nummeraanduiding_id"]
    assert (
        pakket.get_resource("woz-objecten").schema.foreign_keys[0]["reference"]["resource"]
        == "adressen"
    )


def test_bare_table_schema() -> None:
    d = uit_json({"fields": [{"name": "a", "type": "integer"}]}, naam="los")
    assert d.tabel("los").veld("a").type == "integer"


@pytest.mark.parametrize(
    ("data", "melding"),
    [
        ({"fields": [{"name": "a", "type": "geld"}]}, "onbekend type"),
        ({"fields": [{"name": "a", "constraints": {"pattern": "("}}]}, "ongeldig patroon"),
        (
            {"fields": [{"name": "a", "type": "integer", "constraints": {"minimum": "x"}}]},
            "geen geheel getal",
        ),
        ({"fields": [{"name": "a"}], "primaryKey": ["b"]}, "onbekend veld 'b'"),
        ({"fields": [{"name": "a"}, {"name": "a"}]}, "meer dan eens"),
        (
            {
                "resources": [
                    {
                        "name": "t",
                        "schema": {
                            "fields": [{"name": "a"}],
                            "foreignKeys": [
                                {"fields": ["a"], "reference": {"resource": "x", "fields": ["id"]}}
                            ],
                        },
                    }
                ]
            },
            "onbekende tabel of lijst 'x'",
        ),
        ([], "JSON-object"),
    ],
)
def test_bad_definitions(data, melding) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DefinitieFout, match=melding):
        uit_json(data)
