"""The case file: YAML or JSON, read with line numbers, and written back.

Pure Python, no Django. The format is documented in docs/businesscase.md and described by the
JSON Schema ``schema/case.schema.json``. Reading composes the YAML node tree (JSON is read the
same way, after a check that it is valid JSON), so every value and every field name keeps the
line it stands on; :mod:`.validate` then reports each problem as ``regel 12, veld
scenarios[0].kostenregels[2].bedrag: ...``. Writing gives the canonical form: amounts in euros,
rates as fractions, optional fields only when they differ from their default.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from samen.businesscase.engine.model import Case, Kostenregel, Scenario, Verdeelsleutel
from samen.businesscase.engine.money import euros
from samen.businesscase.engine.validate import CaseFout, Melding, Pad, case_from_data

KOPTEKST = (
    "# Businesscase voor Samen. Het formaat staat in docs/businesscase.md en in het JSON Schema\n"
    "# src/samen/businesscase/schema/case.schema.json. Bedragen in euro's; voeten als fractie.\n"
)


class _Lines:
    """Where every value (and every field name) of the parsed document stands."""

    def __init__(self, bestandsnaam: str) -> None:
        self.bestandsnaam = bestandsnaam
        self.values: dict[Pad, int] = {}
        self.keys: dict[Pad, int] = {}

    def locate(self, pad: Pad, key: bool = False) -> str:
        line = self.keys.get(pad) if key else None
        probe = pad
        while line is None:
            line = self.values.get(probe) or self.keys.get(probe)
            if not probe:
                break
            probe = probe[:-1]
        plaats = f"regel {line}" if line else ""
        return ", ".join(p for p in (self.bestandsnaam, plaats) if p)


def _scalar(node: ScalarNode) -> Any:
    try:
        return SafeConstructor().construct_object(node)
    except (ConstructorError, ValueError):
        return node.value


def _data(node: Node, pad: Pad, lines: _Lines, meldingen: list[Melding]) -> Any:
    lines.values[pad] = node.start_mark.line + 1
    if isinstance(node, MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                meldingen.append(
                    Melding(pad, lines.locate(pad), "een veldnaam moet gewone tekst zijn.")
                )
                continue
            key = str(key_node.value)
            lines.keys[(*pad, key)] = key_node.start_mark.line + 1
            if key in out:
                meldingen.append(
                    Melding(
                        (*pad, key), lines.locate((*pad, key), True), f"'{key}' staat er twee keer."
                    )
                )
            out[key] = _data(value_node, (*pad, key), lines, meldingen)
        return out
    if isinstance(node, SequenceNode):
        return [_data(item, (*pad, i), lines, meldingen) for i, item in enumerate(node.value)]
    assert isinstance(node, ScalarNode)
    return _scalar(node)


def parse_text(text: str, bestandsnaam: str = "") -> Case:
    """Read a case from YAML or JSON text; :class:`CaseFout` names the line of each problem."""
    lines = _Lines(bestandsnaam)
    if bestandsnaam.lower().endswith(".json"):
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            plaats = lines.locate(()) + f", regel {exc.lineno}"
            raise CaseFout(
                [Melding((), plaats.lstrip(", "), f"geen geldige JSON ({exc.msg}).")]
            ) from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        regel = f"regel {mark.line + 1}" if mark else ""
        plaats = ", ".join(p for p in (bestandsnaam, regel) if p)
        raise CaseFout([Melding((), plaats, f"geen geldige YAML: {exc.problem}.")]) from exc
    except yaml.YAMLError as exc:
        raise CaseFout([Melding((), bestandsnaam, f"geen geldige YAML: {exc}.")]) from exc
    if node is None:
        raise CaseFout([Melding((), bestandsnaam, "het bestand is leeg.")])
    meldingen: list[Melding] = []
    data = _data(node, (), lines, meldingen)
    if meldingen:
        raise CaseFout(meldingen)
    if not isinstance(data, dict):
        raise CaseFout(
            [Melding((), lines.locate(()), "een businesscase is een verzameling velden.")]
        )
    return case_from_data(data, lines.locate)


def read_file(path: Path) -> Case:
    """A case from a ``.yaml``/``.yml``/``.json`` file or an ``.xlsx`` workbook of Samen."""
    if path.suffix.lower() == ".xlsx":
        from samen.businesscase.engine.excel_read import read_workbook

        return read_workbook(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CaseFout([Melding((), path.name, "het bestand is geen UTF-8-tekst.")]) from exc
    return parse_text(text, path.name)


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _euro(amount: int) -> int | float:
    return _number(euros(amount))


def _key_data(key: Verdeelsleutel) -> dict[str, Any]:
    grondslag: Any = {b.value: _number(p) for b, p in key.grondslag}
    if len(key.grondslag) == 1 and key.grondslag[0][1] == 100:
        grondslag = key.grondslag[0][0].value
    out: dict[str, Any] = {"grondslag": grondslag}
    if key.peiljaar is not None:
        out["peiljaar"] = key.peiljaar
    if key.eenheid:
        out["eenheid"] = key.eenheid
    if key.eenheden:
        out["eenheden"] = {p: _number(v) for p, v in key.eenheden}
    if key.aandelen:
        out["aandelen"] = {p: _number(v) for p, v in key.aandelen}
    if key.deelnemers:
        out["deelnemers"] = list(key.deelnemers)
    if key.omschrijving:
        out["omschrijving"] = key.omschrijving
    return out


def _line_data(line: Kostenregel) -> dict[str, Any]:
    out: dict[str, Any] = {
        "naam": line.naam,
        "soort": line.soort.value,
        "bedrag": _euro(line.bedrag),
    }
    if line.eenmalig:
        out["jaar"] = line.jaar
    else:
        out["vanaf"] = line.jaar
        if line.tot is not None:
            out["tot"] = line.tot
        if line.indexatie:
            out["indexatie"] = _number(line.indexatie)
    out["verdeelsleutel"] = line.verdeelsleutel
    if line.bandbreedte is not None:
        out["bandbreedte"] = {
            "minimum": _euro(line.bandbreedte.minimum),
            "maximum": _euro(line.bandbreedte.maximum),
            "verdeling": line.bandbreedte.verdeling.value,
        }
    if line.toelichting:
        out["toelichting"] = line.toelichting
    return out


def _scenario_data(scenario: Scenario) -> dict[str, Any]:
    out: dict[str, Any] = {"sleutel": scenario.sleutel, "naam": scenario.naam}
    if scenario.looptijd is not None:
        out["looptijd"] = scenario.looptijd
    if scenario.omschrijving:
        out["omschrijving"] = scenario.omschrijving
    out["kostenregels"] = [_line_data(r) for r in scenario.kostenregels]
    return out


def case_to_data(case: Case) -> dict[str, Any]:
    """The case as plain data in the documented format (JSON-safe)."""
    out: dict[str, Any] = {"naam": case.naam}
    if case.omschrijving:
        out["omschrijving"] = case.omschrijving
    out.update(
        startjaar=case.startjaar,
        looptijd=case.looptijd,
        disconteringsvoet=_number(case.disconteringsvoet),
    )
    if case.basislijn_indexatie:
        out["basislijn_indexatie"] = _number(case.basislijn_indexatie)
    out["partners"] = [
        {
            "sleutel": p.sleutel,
            "naam": p.naam,
            "basislijn": _euro(p.basislijn),
            **({"inwoners": {str(j): a for j, a in p.inwoners}} if p.inwoners else {}),
        }
        for p in case.partners
    ]
    out["verdeelsleutels"] = {k.naam: _key_data(k) for k in case.verdeelsleutels}
    out["scenarios"] = [_scenario_data(s) for s in case.scenarios]
    return out


def case_to_json(case: Case) -> str:
    return json.dumps(case_to_data(case), ensure_ascii=False, indent=2) + "\n"


def case_to_yaml(case: Case) -> str:
    data = case_to_data(case)
    for p in data["partners"]:  # years as plain numbers: `2012: 27600`
        if "inwoners" in p:
            p["inwoners"] = {int(j): a for j, a in p["inwoners"].items()}
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    return KOPTEKST + body
