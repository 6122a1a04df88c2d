"""Excel: the workbook holds inputs, results and charts; reading it back loses nothing."""

from __future__ import annotations

import copy
from io import BytesIO

import pytest
from openpyxl import load_workbook

from samen.businesscase.engine.evaluate import evaluate_all
from samen.businesscase.engine.excel import write_workbook
from samen.businesscase.engine.excel_read import read_workbook
from samen.businesscase.engine.montecarlo import simulate
from samen.businesscase.engine.validate import CaseFout, case_from_data
from samen.businesscase.tests.test_evaluate import HAND

LASTIG = copy.deepcopy(HAND)
LASTIG.update(
    omschrijving="=1+1 is geen formule\nen een tweede regel, met € en ë",
    basislijn_indexatie=0.015,
    looptijd=4,
)
LASTIG["partners"].append(
    {"sleutel": "c", "naam": "C", "basislijn": 1234.56, "inwoners": {"2018": 5, "2019": 7}}
)
LASTIG["verdeelsleutels"]["werkplekken"] = {
    "grondslag": {"gebruik": 60, "aandelen": 40},
    "eenheid": "werkplekken",
    "eenheden": {"c": 2.5, "a": 10, "b": 0},  # not in partner order: read back in partner order
    "aandelen": {"a": 33.33, "b": 33.33, "c": 33.34},
    "deelnemers": ["c", "a", "b"],
    "omschrijving": "gemengd",
}
LASTIG["verdeelsleutels"]["alleen-a-en-b"] = {"grondslag": "gelijk", "deelnemers": ["b", "a"]}
LASTIG["scenarios"].append(
    {
        "sleutel": "twee",
        "naam": "Tweede scenario",
        "looptijd": 2,
        "omschrijving": "kort",
        "kostenregels": [
            {
                "naam": "Kort",
                "soort": "kosten",
                "vanaf": 2021,
                "tot": 2021,
                "bedrag": 0.01,
                "indexatie": -0.005,
                "verdeelsleutel": "werkplekken",
                "toelichting": "=SUM(A1:A3)",
                "bandbreedte": {"minimum": 0, "maximum": 0.02, "verdeling": "driehoek"},
            },
            {
                "naam": "Besparing",
                "soort": "besparing",
                "bedrag": 99999999.99,
                "verdeelsleutel": "alleen-a-en-b",
            },
        ],
    }
)


def test_round_trip_through_the_workbook_loses_nothing():
    case = case_from_data(LASTIG)
    resultaten = evaluate_all(case)
    sims = [simulate(case, s, simulations=200, seed=1) for s in case.scenarios]
    workbook = write_workbook(case, resultaten, sims)
    again = read_workbook(workbook)
    assert again == case
    # and once more: the second round trip is the same workbook input
    assert read_workbook(write_workbook(again, evaluate_all(again))) == case


def test_the_workbook_has_results_and_charts():
    case = case_from_data(HAND)
    res = evaluate_all(case)
    wb = load_workbook(BytesIO(write_workbook(case, res)))
    assert {"Businesscase", "Partners", "Verdeelsleutels", "Scenario's", "Kostenregels",
            "Uitkomst 1", "Vergelijking"} <= set(wb.sheetnames)  # fmt: skip
    ws = wb["Uitkomst 1"]
    rows = {(r[0], r[1]): r[2:] for r in ws.iter_rows(min_row=5, values_only=True) if r[0]}
    # Hand case: A's net effect -52,500; 19,750; 19,475 (see test_evaluate.py)
    assert rows[("A", "Netto effect (besparing − kosten)")][:3] == (-52500, 19750, 19475)
    assert rows[("Totaal", "Cumulatief netto effect")][:3] == (-110000, -61000, -13100)
    charts = ws._charts
    assert len(charts) == 2
    assert {type(c).__name__ for c in charts} == {"LineChart", "BarChart"}
    # Text starting with '=' stays text, not a formula.
    omschrijving = case_from_data(LASTIG)
    wb = load_workbook(BytesIO(write_workbook(omschrijving, evaluate_all(omschrijving))))
    assert wb["Businesscase"]["B3"].data_type == "s"


def test_import_errors_name_sheet_and_cell():
    case = case_from_data(HAND)
    wb = load_workbook(BytesIO(write_workbook(case, evaluate_all(case))))
    ws = wb["Kostenregels"]
    ws["D3"] = -5  # the second line's amount
    wb["Partners"]["D2"] = -1  # A's inhabitants
    out = BytesIO()
    wb.save(out)
    with pytest.raises(CaseFout) as info:
        read_workbook(out.getvalue())
    meldingen = [str(m) for m in info.value.meldingen]
    assert any(
        m.startswith("werkblad Kostenregels, cel D3, veld scenarios[0].kostenregels[1].bedrag:")
        for m in meldingen
    )
    assert any(
        m.startswith("werkblad Partners, cel D2, veld partners[0].inwoners.2019:")
        for m in meldingen
    )


def test_not_a_workbook():
    with pytest.raises(CaseFout, match="geen Excel-werkmap"):
        read_workbook(b"dit is tekst")
