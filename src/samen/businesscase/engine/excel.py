"""A case as an Excel workbook (openpyxl): its inputs, its results and charts.

Pure Python, no Django. :func:`write_workbook` writes five input sheets (Businesscase, Partners,
Verdeelsleutels, Scenario's, Kostenregels), per scenario a results sheet with each partner's
figures per year, a line chart of the cumulative net effect and a bar chart of the yearly net
effect, a comparison sheet and, when given, the Monte Carlo results.
:func:`.excel_read.read_workbook` reads the five input sheets back; the results sheets are
output only. A round trip through the workbook gives back an equal :class:`.model.Case`.

Text that starts with ``=`` is written as text, never as a formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from samen.businesscase.engine.evaluate import Reeks, ScenarioResultaat
from samen.businesscase.engine.fileformat import case_to_data
from samen.businesscase.engine.model import Case, Grondslag
from samen.businesscase.engine.montecarlo import SimulatieResultaat

EURO = '#,##0.00 "€";-#,##0.00 "€"'
PROCENT = "0.00%"
BOLD = Font(bold=True)

CASE_VELDEN = [
    ("naam", "De naam van de businesscase"),
    ("omschrijving", "Toelichting"),
    ("startjaar", "Het eerste jaar"),
    ("looptijd", "De horizon in jaren"),
    ("disconteringsvoet", "Per jaar, als fractie (0,04 is 4%)"),
    ("basislijn_indexatie", "Groei van de huidige kosten per jaar, als fractie"),
]
SLEUTEL_KOLOMMEN = [
    "naam",
    *(g.value for g in Grondslag),
    "peiljaar",
    "eenheid",
    "deelnemers",
    "omschrijving",
]
SCENARIO_KOLOMMEN = ["sleutel", "naam", "looptijd", "omschrijving"]
REGEL_KOLOMMEN = [
    "scenario", "naam", "soort", "bedrag", "jaar", "tot", "indexatie", "verdeelsleutel",
    "minimum", "maximum", "verdeling", "toelichting",
]  # fmt: skip


def _put(ws: Worksheet, row: int, col: int, value: Any, fmt: str | None = None) -> Cell:
    cell: Cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text, not a formula
    if fmt:
        cell.number_format = fmt
    return cell


def _header(ws: Worksheet, names: Sequence[str]) -> None:
    for col, name in enumerate(names, start=1):
        _put(ws, 1, col, name).font = BOLD
    ws.freeze_panes = "A2"


def _inputs(wb: Workbook, case: Case) -> None:
    data = case_to_data(case)
    ws = wb.active
    assert ws is not None
    ws.title = "Businesscase"
    _header(ws, ["veld", "waarde", "uitleg"])
    for row, (veld, uitleg) in enumerate(CASE_VELDEN, start=2):
        _put(ws, row, 1, veld)
        fmt = PROCENT if veld in ("disconteringsvoet", "basislijn_indexatie") else None
        _put(ws, row, 2, data.get(veld), fmt)
        _put(ws, row, 3, uitleg)
    ws.column_dimensions["B"].width = 40

    jaren = sorted({j for p in case.partners for j, _ in p.inwoners})
    ws = wb.create_sheet("Partners")
    _header(ws, ["sleutel", "naam", "basislijn", *(f"inwoners {j}" for j in jaren)])
    for row, p in enumerate(data["partners"], start=2):
        _put(ws, row, 1, p["sleutel"])
        _put(ws, row, 2, p["naam"])
        _put(ws, row, 3, p["basislijn"], EURO)
        for col, j in enumerate(jaren, start=4):
            _put(ws, row, col, p.get("inwoners", {}).get(str(j)))

    partners = [p.sleutel for p in case.partners]
    ws = wb.create_sheet("Verdeelsleutels")
    _header(
        ws,
        [
            *SLEUTEL_KOLOMMEN,
            *(f"eenheden {p}" for p in partners),
            *(f"aandeel {p}" for p in partners),
        ],
    )
    for row, key in enumerate(case.verdeelsleutels, start=2):
        waarden: list[Any] = [key.naam, *(_num(key.percentage(g)) or None for g in Grondslag)]
        waarden += [
            key.peiljaar,
            key.eenheid or None,
            ", ".join(key.deelnemers) or None,
            key.omschrijving or None,
        ]
        eenheden, aandelen = dict(key.eenheden), dict(key.aandelen)
        waarden += [_num(eenheden[p]) if p in eenheden else None for p in partners]
        waarden += [_num(aandelen[p]) if p in aandelen else None for p in partners]
        for col, value in enumerate(waarden, start=1):
            _put(ws, row, col, value)

    ws = wb.create_sheet("Scenario's")
    _header(ws, SCENARIO_KOLOMMEN)
    for row, s in enumerate(data["scenarios"], start=2):
        for col, veld in enumerate(SCENARIO_KOLOMMEN, start=1):
            _put(ws, row, col, s.get(veld))

    ws = wb.create_sheet("Kostenregels")
    _header(ws, REGEL_KOLOMMEN)
    row = 2
    for s in data["scenarios"]:
        for r in s["kostenregels"]:
            band = r.get("bandbreedte", {})
            waarden = [
                s["sleutel"], r["naam"], r["soort"], r["bedrag"], r.get("jaar", r.get("vanaf")),
                r.get("tot"), r.get("indexatie"), r["verdeelsleutel"], band.get("minimum"),
                band.get("maximum"), band.get("verdeling"), r.get("toelichting"),
            ]  # fmt: skip
            for col, value in enumerate(waarden, start=1):
                fmt = EURO if col in (4, 9, 10) else PROCENT if col == 7 else None
                _put(ws, row, col, value, fmt)
            row += 1
    for col in range(1, len(REGEL_KOLOMMEN) + 1):
        ws.column_dimensions[get_column_letter(col)].width = 16


def _num(value: Any) -> int | float:
    return int(value) if value == int(value) else float(value)


def _euro(cents: int) -> float:
    return cents / 100


ROWS = [
    ("Huidige kosten (basislijn)", "basislijn"),
    ("Investeringen", "investeringen"),
    ("Kosten", "kosten"),
    ("Besparingen", "besparingen"),
    ("Netto effect (besparing − kosten)", "netto"),
    ("Cumulatief netto effect", "cumulatief"),
]


def _result_sheet(wb: Workbook, nummer: int, res: ScenarioResultaat) -> None:
    ws = wb.create_sheet(f"Uitkomst {nummer}")
    s = res.scenario
    _put(
        ws, 1, 1, f"Scenario {s.sleutel}: {s.naam} ({res.looptijd} jaar vanaf {res.startjaar})"
    ).font = BOLD
    _put(ws, 2, 1, "Bedragen in euro's; netto effect negatief = extra kosten.")
    row = 4
    _header_row(ws, row, ["Partner", "Post", *res.jaren, "Totaal"])
    for reeks in res.reeksen:
        for label, veld in ROWS:
            row += 1
            waarden: tuple[int, ...] = getattr(reeks, veld)
            _put(ws, row, 1, reeks.naam)
            _put(ws, row, 2, label)
            for col, v in enumerate(waarden, start=3):
                _put(ws, row, col, _euro(v), EURO)
            if veld != "cumulatief":
                _put(ws, row, 3 + len(waarden), _euro(sum(waarden)), EURO)
    row += 2
    _header_row(
        ws,
        row,
        [
            "Partner",
            "Netto contante waarde",
            "Terugverdienjaar",
            "Kortste looptijd (jaren)",
            "Extra kosten per jaar",
        ],
    )
    for reeks in res.reeksen:
        row += 1
        _summary_row(ws, row, reeks)
    row += 2
    _put(ws, row, 1, "Cumulatief netto effect per partner").font = BOLD
    top = row + 1
    _header_row(ws, top, ["Partner", *res.jaren])
    for i, reeks in enumerate(res.reeksen, start=1):
        _put(ws, top + i, 1, reeks.naam)
        for col, v in enumerate(reeks.cumulatief, start=2):
            _put(ws, top + i, col, _euro(v), EURO)
    last_col, last_row = 1 + len(res.jaren), top + len(res.reeksen)
    chart = LineChart()
    chart.title = "Cumulatief netto effect"
    chart.y_axis.title = "euro"
    chart.x_axis.title = "jaar"
    chart.add_data(
        Reference(ws, min_col=1, max_col=last_col, min_row=top + 1, max_row=last_row),
        from_rows=True,
        titles_from_data=True,
    )
    chart.set_categories(Reference(ws, min_col=2, max_col=last_col, min_row=top, max_row=top))
    ws.add_chart(chart, f"{get_column_letter(last_col + 3)}4")
    bars = BarChart()
    bars.title = "Netto effect per jaar (totaal)"
    total_row = 4 + len(res.reeksen) * len(ROWS) - 1  # the total's "netto" row
    bars.add_data(
        Reference(ws, min_col=2, max_col=last_col + 1, min_row=total_row, max_row=total_row),
        from_rows=True,
        titles_from_data=True,
    )
    bars.set_categories(Reference(ws, min_col=3, max_col=last_col + 1, min_row=4, max_row=4))
    ws.add_chart(bars, f"{get_column_letter(last_col + 3)}20")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 34


def _header_row(ws: Worksheet, row: int, names: Sequence[Any]) -> None:
    for col, name in enumerate(names, start=1):
        _put(ws, row, col, name).font = BOLD


def _summary_row(ws: Worksheet, row: int, reeks: Reeks) -> None:
    _put(ws, row, 1, reeks.naam)
    _put(ws, row, 2, _euro(reeks.ncw), EURO)
    _put(ws, row, 3, reeks.terugverdienjaar or "niet binnen de looptijd")
    _put(ws, row, 4, reeks.kortste_looptijd or "langer dan 30 jaar")
    _put(ws, row, 5, _euro(reeks.extra_per_jaar), EURO)


def _comparison(wb: Workbook, resultaten: Sequence[ScenarioResultaat]) -> None:
    ws = wb.create_sheet("Vergelijking")
    _header_row(
        ws,
        1,
        [
            "Scenario",
            "Looptijd",
            "Partner",
            "Netto contante waarde",
            "Terugverdienjaar",
            "Kortste looptijd (jaren)",
            "Extra kosten per jaar",
        ],
    )
    row = 1
    for res in resultaten:
        for reeks in res.reeksen:
            row += 1
            _put(ws, row, 1, res.scenario.naam)
            _put(ws, row, 2, res.looptijd)
            _put(ws, row, 3, reeks.naam)
            _put(ws, row, 4, _euro(reeks.ncw), EURO)
            _put(ws, row, 5, reeks.terugverdienjaar or "niet binnen de looptijd")
            _put(ws, row, 6, reeks.kortste_looptijd or "langer dan 30 jaar")
            _put(ws, row, 7, _euro(reeks.extra_per_jaar), EURO)
    ws.column_dimensions["A"].width = 30


def _montecarlo(wb: Workbook, simulaties: Sequence[SimulatieResultaat]) -> None:
    ws = wb.create_sheet("Monte Carlo")
    _header_row(
        ws,
        1,
        [
            "Scenario",
            "Simulaties",
            "Zaad",
            "Partner",
            "NCW P10",
            "NCW P50",
            "NCW P90",
            "NCW gemiddeld",
            "Kans terugverdiend binnen looptijd",
            "Extra kosten per jaar P50",
        ],
    )
    row = 1
    for sim in simulaties:
        for r in sim.reeksen:
            row += 1
            waarden: list[Any] = [sim.scenario, sim.simulaties, sim.zaad, r.naam]
            for col, v in enumerate(waarden, start=1):
                _put(ws, row, col, v)
            for col, c in enumerate((r.ncw_p10, r.ncw_p50, r.ncw_p90, r.ncw_gemiddeld), start=5):
                _put(ws, row, col, _euro(c), EURO)
            _put(ws, row, 9, r.kans_terugverdiend, PROCENT)
            _put(ws, row, 10, _euro(r.extra_p50), EURO)


def write_workbook(
    case: Case,
    resultaten: Sequence[ScenarioResultaat],
    simulaties: Sequence[SimulatieResultaat] = (),
) -> bytes:
    """The workbook as bytes (see the module docstring)."""
    wb = Workbook()
    _inputs(wb, case)
    for nummer, res in enumerate(resultaten, start=1):
        _result_sheet(wb, nummer, res)
    _comparison(wb, resultaten)
    if simulaties:
        _montecarlo(wb, simulaties)
    out = BytesIO()
    wb.save(out)
    return out.getvalue()
