"""The case file: errors that name the line and the field, the schema, and the YAML/JSON round trip."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from samen.businesscase.engine.fileformat import case_to_json, case_to_yaml, parse_text
from samen.businesscase.engine.validate import SCHEMA_PATH, CaseFout

GOED = """\
naam: Voorbeeld
startjaar: 2020
looptijd: 3
disconteringsvoet: 0.04
partners:
  - sleutel: a
    naam: A
    basislijn: 1000.50
    inwoners: {2019: 10000}
  - sleutel: b
    naam: B
    inwoners: {2019: 30000}
verdeelsleutels:
  mix:
    grondslag: {gelijk: 30, inwoners: 70}
    peiljaar: 2019
  afspraak:
    grondslag: aandelen
    aandelen: {a: 40, b: 60}
scenarios:
  - sleutel: s
    naam: S
    kostenregels:
      - naam: Investering
        soort: investering
        bedrag: 1234.56
        verdeelsleutel: mix
        bandbreedte: {minimum: 1000, maximum: 2000, verdeling: pert}
      - naam: Kosten
        soort: kosten
        vanaf: 2021
        tot: 2022
        indexatie: 0.025
        bedrag: 500
        verdeelsleutel: afspraak
"""


def fouten(text: str, naam: str = "case.yaml") -> list[str]:
    with pytest.raises(CaseFout) as info:
        parse_text(text, naam)
    return [str(m) for m in info.value.meldingen]


def test_a_good_file_reads():
    case = parse_text(GOED, "case.yaml")
    assert case.partners[0].basislijn == 100_050
    assert case.scenarios[0].kostenregels[0].bedrag == 123_456
    assert case.sleutel("afspraak").aandelen[1][1] == 60


def test_horizon_of_zero_names_line_and_field():
    assert fouten(GOED.replace("looptijd: 3", "looptijd: 0")) == [
        "case.yaml, regel 3, veld looptijd: De looptijd moet minstens 1 jaar zijn (nu: 0)."
    ]


def test_negative_inhabitant_count_names_line_and_field():
    (melding,) = fouten(GOED.replace("{2019: 30000}", "{2019: -5}"))
    assert melding.startswith("case.yaml, regel 12, veld partners[1].inwoners.2019:")
    assert "niet negatief" in melding


def test_unknown_partner_names_line_and_field():
    (melding,) = fouten(GOED.replace("{a: 40, b: 60}", "{a: 40, c: 60}"))
    assert melding == (
        "case.yaml, regel 19, veld verdeelsleutels.afspraak.aandelen.c: Onbekende partner 'c'; "
        "de partners zijn: a, b."
    )


def test_shares_that_do_not_add_up_to_100():
    meldingen = fouten(GOED.replace("{gelijk: 30, inwoners: 70}", "{gelijk: 30, inwoners: 60}"))
    assert meldingen == [
        "case.yaml, regel 15, veld verdeelsleutels.mix.grondslag: De percentages van de grondslag "
        "tellen op tot 90%, niet tot 100%."
    ]
    meldingen = fouten(GOED.replace("{a: 40, b: 60}", "{a: 40, b: 50}"))
    assert meldingen[0].startswith("case.yaml, regel 19, veld verdeelsleutels.afspraak.aandelen:")
    assert "tot 90%" in meldingen[0]


def test_every_problem_is_reported_at_once():
    text = GOED.replace("looptijd: 3", "looptijd: 0").replace("soort: kosten", "soort: uitgaven")
    meldingen = fouten(text)
    assert len(meldingen) == 2
    assert any("regel 3" in m for m in meldingen)
    assert any(
        "regel 30, veld scenarios[0].kostenregels[1].soort" in m
        and "investering, kosten, besparing" in m
        for m in meldingen
    )


def test_rules_beyond_the_schema():
    text = GOED.replace("verdeelsleutel: afspraak", "verdeelsleutel: onbekend")
    (melding,) = fouten(text)
    assert "regel 35, veld scenarios[0].kostenregels[1].verdeelsleutel" in melding
    assert "afspraak, mix" in melding
    (melding,) = fouten(GOED.replace("minimum: 1000,", "minimum: 1300,"))
    assert "regel 28, veld scenarios[0].kostenregels[0].bandbreedte.minimum" in melding
    (melding,) = fouten(GOED.replace("bedrag: 500", "bedrag: 500.001"))
    assert "twee decimalen" in melding and "regel 34" in melding
    (melding,) = fouten(GOED.replace("tot: 2022", "tot: 2020"))
    assert "ligt vóór het eerste jaar" in melding and "regel 32" in melding
    (melding,) = fouten(GOED.replace("    peiljaar: 2019\n", "    peiljaar: 2010\n"))
    assert melding.endswith(
        "regel 16, veld verdeelsleutels.mix.peiljaar: Geen inwonertal voor 2010 of eerder bij: a, b."
    )
    (melding,) = fouten(GOED.replace("        vanaf: 2021\n", "        jaar: 2021\n"))
    assert "'vanaf' en 'tot'" in melding and "regel 31" in melding


def test_unknown_field_and_missing_field_and_duplicates():
    (melding,) = fouten(GOED.replace("    naam: B\n", "    naam: B\n    kleur: rood\n"))
    assert melding.startswith("case.yaml, regel 12, veld partners[1].kleur: Onbekend veld 'kleur'")
    (melding,) = fouten(GOED.replace("    naam: B\n", ""))
    assert melding == "case.yaml, regel 10, veld partners[1]: Het veld 'naam' ontbreekt."
    (melding,) = fouten(GOED.replace("startjaar: 2020\n", "startjaar: 2020\nstartjaar: 2021\n"))
    assert melding == "case.yaml, regel 3, veld startjaar: 'startjaar' staat er twee keer."


def test_yaml_syntax_error_names_the_line():
    (melding,) = fouten("naam: x\npartners: [a, b\nlooptijd: 3\n")
    assert melding.startswith("case.yaml, regel ") and "Geen geldige YAML" in melding


def test_json_with_line_numbers():
    data = json.loads(case_to_json(parse_text(GOED)))
    data["looptijd"] = 0
    text = json.dumps(data, indent=2)
    regel = next(i for i, line in enumerate(text.splitlines(), 1) if '"looptijd"' in line)
    (melding,) = fouten(text, "case.json")
    assert melding.startswith(f"case.json, regel {regel}, veld looptijd:")
    (melding,) = fouten('{"naam": "x",\n "looptijd": }', "case.json")
    assert "regel 2" in melding and "Geen geldige JSON" in melding


def test_yaml_and_json_round_trip_loses_nothing():
    case = parse_text(GOED)
    assert parse_text(case_to_yaml(case)) == case
    assert parse_text(case_to_json(case), "case.json") == case


def test_the_schema_is_a_valid_json_schema_and_accepts_the_canonical_form():
    schema = json.loads(Path(SCHEMA_PATH).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(case_to_json(parse_text(GOED))), schema)
