"""Reading the inputs back from a workbook written by :func:`.excel.write_workbook`.

Pure Python, no Django. The five input sheets become plain data in the documented case format,
checked like a YAML file by :func:`.validate.case_from_data`; each problem is located by sheet
and cell (``werkblad Kostenregels, cel D7``) or by row where a whole row is meant.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import IO, Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from samen.businesscase.engine.excel import REGEL_KOLOMMEN, SCENARIO_KOLOMMEN
from samen.businesscase.engine.model import Case, Grondslag
from samen.businesscase.engine.validate import CaseFout, Melding, Pad, case_from_data

GRONDSLAGEN = {g.value for g in Grondslag}
Rows = list[tuple[int, list[Any]]]


class _Reader:
    """Collects the data and the place (sheet and cell) of every value."""

    def __init__(self, wb: Any) -> None:
        self.wb = wb
        self.plaats: dict[Pad, str] = {}

    def locate(self, pad: Pad, key: bool = False) -> str:
        probe = pad
        while probe not in self.plaats and probe:
            probe = probe[:-1]
        return self.plaats.get(probe, "")

    def rows(self, naam: str) -> tuple[list[str], Rows]:
        if naam not in self.wb.sheetnames:
            fout = f"het werkblad '{naam}' ontbreekt; is dit een werkmap van Samen?"
            raise CaseFout([Melding((), "", fout)])
        rows = list(self.wb[naam].iter_rows(values_only=True))
        if not rows:
            return [], []
        header = [str(h).strip() if h is not None else "" for h in rows[0]]
        body = [
            (i, list(r))
            for i, r in enumerate(rows[1:], start=2)
            if any(v not in (None, "") for v in r)
        ]
        return header, body

    def put(self, target: dict[str, Any], veld: str, value: Any, pad: Pad, plaats: str) -> None:
        if value is None or value == "":
            return
        target[veld] = value
        self.plaats[(*pad, veld)] = plaats

    def row(self, pad: Pad, blad: str, row: int) -> None:
        self.plaats[pad] = f"werkblad {blad}, rij {row}"

    # --- the sheets ---------------------------------------------------------------------------

    def header(self, data: dict[str, Any]) -> None:
        for row, values in self.rows("Businesscase")[1]:
            veld = str(values[0]).strip() if values[0] is not None else ""
            if veld:
                value = values[1] if len(values) > 1 else None
                self.put(data, veld, value, (), _cell("Businesscase", 2, row))

    def partners(self) -> list[dict[str, Any]]:
        header, body = self.rows("Partners")
        partners = []
        for i, (row, values) in enumerate(body):
            pad: Pad = ("partners", i)
            self.row(pad, "Partners", row)
            partner: dict[str, Any] = {}
            inwoners: dict[str, Any] = {}
            for col, (kop, value) in enumerate(zip(header, values, strict=False), start=1):
                plaats = _cell("Partners", col, row)
                if kop.startswith("inwoners "):
                    jaar = kop.removeprefix("inwoners ").strip()
                    self.put(inwoners, jaar, value, (*pad, "inwoners"), plaats)
                elif kop in ("sleutel", "naam", "basislijn"):
                    self.put(partner, kop, value, pad, plaats)
            if inwoners:
                partner["inwoners"] = inwoners
            partners.append(partner)
        return partners

    def keys(self) -> dict[str, Any]:
        header, body = self.rows("Verdeelsleutels")
        keys: dict[str, Any] = {}
        for row, values in body:
            cells = dict(zip(header, values, strict=False))
            pad: Pad = ("verdeelsleutels", str(cells.get("naam") or ""))
            self.row(pad, "Verdeelsleutels", row)
            self.row((*pad, "grondslag"), "Verdeelsleutels", row)
            key: dict[str, Any] = {"grondslag": {}, "eenheden": {}, "aandelen": {}}
            for col, kop in enumerate(header, start=1):
                value = values[col - 1] if col <= len(values) else None
                plaats = _cell("Verdeelsleutels", col, row)
                if kop in GRONDSLAGEN:
                    self.put(key["grondslag"], kop, value, (*pad, "grondslag"), plaats)
                elif kop in ("peiljaar", "eenheid", "omschrijving"):
                    self.put(key, kop, value, pad, plaats)
                elif kop == "deelnemers" and value:
                    key["deelnemers"] = [p.strip() for p in str(value).split(",") if p.strip()]
                    self.plaats[(*pad, "deelnemers")] = plaats
                elif kop.startswith(("eenheden ", "aandeel ")):
                    veld = "eenheden" if kop.startswith("eenheden ") else "aandelen"
                    partner = kop.split(" ", 1)[1].strip()
                    self.put(key[veld], partner, value, (*pad, veld), plaats)
            for veld in ("eenheden", "aandelen"):
                if not key[veld]:
                    del key[veld]
            keys[str(pad[1])] = key
        return keys

    def scenarios(self) -> list[dict[str, Any]]:
        header, body = self.rows("Scenario's")
        scenarios = []
        for i, (row, values) in enumerate(body):
            pad: Pad = ("scenarios", i)
            self.row(pad, "Scenario's", row)
            scenario: dict[str, Any] = {}
            for col, (kop, value) in enumerate(zip(header, values, strict=False), start=1):
                if kop in SCENARIO_KOLOMMEN:
                    self.put(scenario, kop, value, pad, _cell("Scenario's", col, row))
            scenario["kostenregels"] = []
            scenarios.append(scenario)
        return scenarios

    def lines(self, scenarios: list[dict[str, Any]]) -> None:
        index: dict[str, int] = {}
        for i, s in enumerate(scenarios):
            index.setdefault(str(s.get("sleutel", "")), i)
        header, body = self.rows("Kostenregels")
        for row, values in body:
            cells = dict(zip(header, values, strict=False))
            sleutel = str(cells.get("scenario") or "")
            if sleutel not in index:
                fout = f"onbekend scenario '{sleutel}'; zet het eerst op het werkblad Scenario's."
                raise CaseFout([Melding(("scenarios",), f"werkblad Kostenregels, rij {row}", fout)])
            regels = scenarios[index[sleutel]]["kostenregels"]
            pad: Pad = ("scenarios", index[sleutel], "kostenregels", len(regels))
            self.row(pad, "Kostenregels", row)
            regel: dict[str, Any] = {}
            band: dict[str, Any] = {}
            for col, kop in enumerate(header, start=1):
                value = values[col - 1] if col <= len(values) else None
                plaats = _cell("Kostenregels", col, row)
                if kop in ("minimum", "maximum", "verdeling"):
                    self.put(band, kop, value, (*pad, "bandbreedte"), plaats)
                elif kop == "jaar":  # the year of an investment, the first year otherwise
                    veld = "jaar" if cells.get("soort") == "investering" else "vanaf"
                    self.put(regel, veld, value, pad, plaats)
                elif kop in REGEL_KOLOMMEN and kop != "scenario":
                    self.put(regel, kop, value, pad, plaats)
            if band:
                regel["bandbreedte"] = band
                self.row((*pad, "bandbreedte"), "Kostenregels", row)
            regels.append(regel)


def _cell(blad: str, col: int, row: int) -> str:
    return f"werkblad {blad}, cel {get_column_letter(col)}{row}"


def read_workbook(source: Path | IO[bytes] | bytes) -> Case:
    """The inputs of a workbook written by Samen, checked as a case file."""
    try:
        wb = load_workbook(BytesIO(source) if isinstance(source, bytes) else source, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        fout = "dit is geen Excel-werkmap (.xlsx) die te lezen is."
        raise CaseFout([Melding((), "", fout)]) from exc
    reader = _Reader(wb)
    data: dict[str, Any] = {}
    reader.header(data)
    data["partners"] = reader.partners()
    data["verdeelsleutels"] = reader.keys()
    data["scenarios"] = reader.scenarios()
    reader.lines(data["scenarios"])
    return case_from_data(data, reader.locate)
