"""Every constraint type, with expected counts and row numbers worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samen.gegevensbeheer.engine import valideer
from samen.gegevensbeheer.tests.helpers import csv_bestand, definitie


def bevinding(resultaat, beperking, *velden):  # type: ignore[no-untyped-def]
    return next(b for b in resultaat.bevindingen if b.beperking == beperking and b.velden == velden)


def check(tmp_path: Path, veld: dict, waarden: list[str], beperking: str):  # type: ignore[no-untyped-def]
    pad = csv_bestand(tmp_path / "d.csv", ["w", *waarden])
    r = valideer(pad, definitie([{"name": "w", **veld}]), "t")
    return bevinding(r, beperking, "w"), r


@pytest.mark.parametrize(
    ("veld", "waarden", "beperking", "rijen"),
    [
        ({"type": "integer"}, ["1", "-2", "+3", " 4 ", "1.0", "x", "1e3"], "type", [6, 7, 8]),
        ({"type": "number"}, ["1", "1.5", "-.5", "2e3", '"1,5"', "abc"], "type", [6, 7]),
        ({"type": "boolean"}, ["true", "FALSE", "1", "0", "yes", "ja"], "type", [6, 7]),
        ({"type": "date"}, ["2012-03-08", "2012-02-30", "08-03-2012", "2012-3-8"], "type", [3, 4]),
        (
            {"type": "datetime"},
            ["2012-03-08T10:00:00", "2012-03-08T25:00:00", "2012-03-08"],
            "type",
            [3, 4],
        ),
        ({"constraints": {"required": True}}, ["a", "", "b", ""], "required", [3, 5]),
        (
            {"constraints": {"pattern": "[0-9]{4} [A-Z]{2}"}},
            ["7721 AB", "7721AB", "7721 ab", ""],
            "pattern",
            [3, 4],
        ),
        ({"constraints": {"enum": ["OZB", "AFV"]}}, ["OZB", "ozb", "RIO", "AFV"], "enum", [3, 4]),
        ({"type": "integer", "constraints": {"enum": [1, 2]}}, ["1", "02", "3"], "enum", [4]),
        (
            {"type": "integer", "constraints": {"minimum": 1}},
            ["1", "0", "-5", "x"],
            "minimum",
            [3, 4],
        ),
        (
            {"type": "number", "constraints": {"maximum": 2.5}},
            ["2.5", "2.51", "1e1"],
            "maximum",
            [3, 4],
        ),
        (
            {"type": "date", "constraints": {"minimum": "2011-01-01"}},
            ["2011-01-01", "2010-12-31"],
            "minimum",
            [3],
        ),
        (
            {"type": "datetime", "constraints": {"maximum": "2012-01-01T00:00:00"}},
            ["2012-01-01T00:00:01", "2011-01-01T00:00:00"],
            "maximum",
            [2],
        ),
        ({"constraints": {"minLength": 2}}, ["ab", "a", "é", ""], "minLength", [3, 4]),
        ({"constraints": {"maxLength": 3}}, ["abc", "abcd", "ééé", "éééé"], "maxLength", [3, 5]),
        ({"constraints": {"unique": True}}, ["a", "b", "a", "", "", "a"], "unique", [4, 7]),
        ({"type": "integer", "constraints": {"unique": True}}, ["1", "01", "2"], "unique", [3]),
    ],
)
def test_constraint(
    tmp_path: Path, veld: dict, waarden: list[str], beperking: str, rijen: list[int]
) -> None:
    b, r = check(tmp_path, veld, waarden, beperking)
    assert b.aantal == len(rijen)
    assert [v.rij for v in b.voorbeelden] == rijen
    assert r.conform is False
    assert r.rijen == len(waarden)


def test_primary_key_counts_duplicates_and_empty_keys(tmp_path: Path) -> None:
    pad = csv_bestand(tmp_path / "d.csv", ["a,b", "1,x", "1,y", "1,x", ",", "2,"])
    d = definitie([{"name": "a"}, {"name": "b"}], primaryKey=["a", "b"])
    b = bevinding(valideer(pad, d, "t"), "primaryKey", "a", "b")
    assert (b.aantal, [v.rij for v in b.voorbeelden]) == (
        2,
        [4, 5],
    )  # row 4 repeats row 2; row 5 empty


def test_unique_key_over_several_fields(tmp_path: Path) -> None:
    pad = csv_bestand(
        tmp_path / "d.csv", ["s,o,soort", "1,A,OZB", "1,A,AFV", "1,A,OZB", "2,A,OZB", "1,A,OZB"]
    )
    d = definitie(
        [{"name": "s"}, {"name": "o"}, {"name": "soort"}], uniqueKeys=[["s", "o", "soort"]]
    )
    r = valideer(pad, d, "t")
    b = bevinding(r, "uniqueKey", "s", "o", "soort")
    assert (b.aantal, [v.rij for v in b.voorbeelden]) == (2, [4, 6])
    assert b.voorbeelden[0].waarden == {"s": "1", "o": "A", "soort": "OZB"}
    assert r.conformiteit == pytest.approx(100 * 3 / 5)


def test_foreign_key_to_reference_list_and_table(tmp_path: Path) -> None:
    doel = csv_bestand(tmp_path / "doel.csv", ["id,x", "A1,1", "A2,2"])
    pad = csv_bestand(tmp_path / "d.csv", ["ref,code", "A1,10", "A3,10", ",99", "A2,"])
    d = uit_json_fk()
    r = valideer(pad, d, "t", referenties={"doel": doel})
    assert bevinding(r, "foreignKey", "ref").aantal == 1
    assert [v.rij for v in bevinding(r, "foreignKey", "ref").voorbeelden] == [3]
    assert bevinding(r, "foreignKey", "code").aantal == 1
    assert [v.rij for v in bevinding(r, "foreignKey", "code").voorbeelden] == [4]
    # without the referenced table's data the reference is reported as not checked
    r2 = valideer(pad, d, "t")
    assert not any(b.beperking == "foreignKey" and b.velden == ("ref",) for b in r2.bevindingen)
    assert any("niet gecontroleerd" in m for m in r2.meldingen)


def uit_json_fk():  # type: ignore[no-untyped-def]
    from samen.gegevensbeheer.engine import uit_json

    return uit_json(
        {
            "name": "fk",
            "resources": [
                {
                    "name": "doel",
                    "path": "doel.csv",
                    "schema": {"fields": [{"name": "id"}, {"name": "x"}]},
                },
                {
                    "name": "t",
                    "path": "t.csv",
                    "schema": {
                        "fields": [{"name": "ref"}, {"name": "code"}],
                        "foreignKeys": [
                            {"fields": "ref", "reference": {"resource": "doel", "fields": "id"}},
                            {
                                "fields": ["code"],
                                "reference": {"resource": "lijst", "fields": ["code"]},
                            },
                        ],
                    },
                },
                {"name": "lijst", "data": [["code", "omschrijving"], ["10", "Woning"]]},
            ],
        }
    )


def test_clean_file_conforms(tmp_path: Path) -> None:
    pad = csv_bestand(tmp_path / "d.csv", ["a,b", "1,x", "2,y"])
    r = valideer(
        pad,
        definitie(
            [{"name": "a", "type": "integer", "constraints": {"required": True}}, {"name": "b"}]
        ),
        "t",
    )
    assert r.conform and r.conformiteit == 100.0 and r.schendingen == 0


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.one_of(st.integers(-50, 50).map(str), st.sampled_from(["", "x", "1.5"])),
        min_size=1,
        max_size=30,
    ).filter(lambda ws: any(ws))
)
def test_integer_range_counts_match_python(tmp_path_factory, waarden: list[str]) -> None:  # type: ignore[no-untyped-def]
    pad = csv_bestand(tmp_path_factory.mktemp("h") / "d.csv", ["w", *waarden])
    d = definitie(
        [{"name": "w", "type": "integer", "constraints": {"minimum": -10, "maximum": 10}}]
    )
    r = valideer(pad, d, "t")
    getallen = [int(w) for w in waarden if w.lstrip("-").isdigit()]
    assert bevinding(r, "type", "w").aantal == sum(1 for w in waarden if w in ("x", "1.5"))
    assert bevinding(r, "minimum", "w").aantal == sum(1 for g in getallen if g < -10)
    assert bevinding(r, "maximum", "w").aantal == sum(1 for g in getallen if g > 10)
