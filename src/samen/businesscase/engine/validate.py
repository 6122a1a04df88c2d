"""From plain data (parsed YAML, JSON or an Excel workbook) to a checked :class:`.model.Case`.

Pure Python, no Django. Two passes, each collecting every problem before it stops:

1. the JSON Schema (``schema/case.schema.json``): structure, types, required fields, ranges
   (a horizon of zero, a negative inhabitant count), with Dutch messages;
2. the rules the schema cannot state: unique keys, partners that exist, percentages that add up
   to 100, inhabitants known for the reference year, years inside the horizon, amounts in whole
   cents, a range around the amount.

Every problem is a :class:`Melding` with the field's path (``scenarios[0].kostenregels[2]
.bedrag``, indexes from 0) and a place that the caller's ``locate`` function gives it (the line
of a YAML file, the cell of a workbook). :class:`CaseFout` carries them all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from samen.businesscase.engine.meldingen import (
    CaseFout,
    Locator,
    Melding,
    Pad,
    no_place,
    pad_tekst,
)
from samen.businesscase.engine.model import Case
from samen.businesscase.engine.rules import Regels

__all__ = [
    "SCHEMA_PATH",
    "CaseFout",
    "Locator",
    "Melding",
    "Pad",
    "case_from_data",
    "pad_tekst",
    "schema",
]

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "case.schema.json"


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


TYPE_NAMEN = {
    "string": "tekst",
    "integer": "geheel getal",
    "number": "getal",
    "object": "verzameling velden",
    "array": "lijst",
    "boolean": "ja of nee",
    "null": "leeg",
}


def _schema_message(error: jsonschema.ValidationError) -> tuple[Pad, bool, str]:
    """The path, whether the problem is the field's name, and a Dutch message."""
    pad: Pad = tuple(error.absolute_path)
    sub: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    eigen: dict[str, str] = sub.get("x-melding", {})
    v, value = str(error.validator), error.instance
    if v == "required":
        match = re.match(r"^'(.*)' is a required property", error.message)
        veld = match.group(1) if match else str(error.validator_value)
        return pad, False, f"het veld '{veld}' ontbreekt."
    if v == "additionalProperties" and isinstance(value, dict):
        bekend = set(sub.get("properties", {}))
        extra = sorted(k for k in value if k not in bekend)
        velden = ", ".join(sorted(bekend))
        return (*pad, extra[0]), True, f"onbekend veld '{extra[0]}'; mogelijk zijn: {velden}."
    if v in eigen:
        return pad, False, f"{eigen[v].rstrip('.')} (nu: {_show(value)})."
    if v == "type":
        expected: Any = error.validator_value
        soorten = expected if isinstance(expected, list) else [expected]
        names = [TYPE_NAMEN.get(str(t), str(t)) for t in soorten]
        return pad, False, f"moet een {' of '.join(names)} zijn, niet {_show(value)}."
    if v == "enum":
        keuzes = ", ".join(str(k) for k in error.validator_value)  # type: ignore[union-attr]
        return pad, False, f"'{value}' is geen geldige keuze; kies uit: {keuzes}."
    if v in ("minimum", "exclusiveMinimum"):
        return pad, False, f"moet minstens {error.validator_value} zijn (nu: {_show(value)})."
    if v in ("maximum", "exclusiveMaximum"):
        return pad, False, f"mag hoogstens {error.validator_value} zijn (nu: {_show(value)})."
    if v == "minLength":
        return pad, False, "mag niet leeg zijn."
    if v == "maxLength":
        return pad, False, f"is te lang: hoogstens {error.validator_value} tekens."
    if v in ("minItems", "minProperties"):
        return pad, False, "mag niet leeg zijn."
    if v == "uniqueItems":
        return pad, False, "bevat een waarde twee keer."
    if v == "pattern":
        return pad, False, f"'{value}' heeft niet de juiste vorm ({error.validator_value})."
    return pad, False, f"ongeldige waarde {_show(value)}."


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, dict | list):
        return "een " + ("verzameling velden" if isinstance(value, dict) else "lijst")
    return str(value)


def _schema_errors(data: Any) -> Iterator[jsonschema.ValidationError]:
    validator = jsonschema.Draft202012Validator(schema())
    for error in validator.iter_errors(data):
        if error.validator == "propertyNames" and error.context:
            yield from error.context
        else:
            yield error


def case_from_data(data: Any, locate: Locator = no_place) -> Case:
    """Check ``data`` against the schema and the rules; the case, or :class:`CaseFout`."""
    meldingen = []
    for error in _schema_errors(data):
        pad, key, bericht = _schema_message(error)
        if error.validator == "propertyNames":
            pad, key = (*pad, str(error.instance)), True
        meldingen.append(Melding(pad, locate(pad, key), bericht))
    if meldingen:
        raise CaseFout(_unique(meldingen))
    return Regels(data, locate).case()


def _unique(meldingen: list[Melding]) -> list[Melding]:
    seen, out = set(), []
    for m in meldingen:
        if (m.pad, m.bericht) not in seen:
            seen.add((m.pad, m.bericht))
            out.append(m)
    return out
