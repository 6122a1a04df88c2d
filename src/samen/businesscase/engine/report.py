"""Results in words, as text tables (the command line) and as JSON. Pure Python, no Django.

The Dutch sentences (:func:`terugverdien_tekst`, :func:`kernzin`) are shared by the command
line, the web pages and whoever cites a case (the status note). JSON amounts are eurocents
(integers), so nothing is rounded away.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from samen.businesscase.engine.evaluate import Reeks, ScenarioResultaat
from samen.businesscase.engine.fileformat import case_to_data
from samen.businesscase.engine.model import MAX_LOOPTIJD, Case
from samen.businesscase.engine.money import format_euro, format_procent
from samen.businesscase.engine.montecarlo import SimulatieResultaat, Tornado


def jaren(n: int) -> str:
    return f"{n} jaar"


def terugverdien_tekst(reeks: Reeks, looptijd: int, startjaar: int) -> str:
    """``terugverdiend in 2014 (na 2 jaar)`` or ``niet binnen 3 jaar; pas na 7 jaar (2019)``."""
    k = reeks.kortste_looptijd
    if reeks.terugverdienjaar is not None and k is not None:
        return f"terugverdiend in {reeks.terugverdienjaar} (na {jaren(k)})"
    if k is None:
        return f"niet terugverdiend binnen {jaren(looptijd)}, ook niet binnen {MAX_LOOPTIJD} jaar"
    return f"niet terugverdiend binnen {jaren(looptijd)}; pas na {jaren(k)} ({startjaar + k - 1})"


def effect_tekst(reeks: Reeks) -> str:
    """``€ 205.000 per jaar extra kosten`` or ``€ 12.000 per jaar besparing``."""
    if reeks.extra_per_jaar > 0:
        return f"{format_euro(reeks.extra_per_jaar)} per jaar extra kosten"
    if reeks.extra_per_jaar < 0:
        return f"{format_euro(-reeks.extra_per_jaar)} per jaar besparing"
    return "per saldo geen extra kosten"


def kernzin(reeks: Reeks, res: ScenarioResultaat) -> str:
    """One sentence for a partner (or the total) in a scenario, for reports."""
    wie = "In totaal" if reeks.is_totaal else f"Voor {reeks.naam}"
    cum = reeks.cumulatief_eind
    saldo = f"{format_euro(-cum)} extra" if cum < 0 else f"{format_euro(cum)} besparing"
    return (
        f"{wie}: {effect_tekst(reeks)} over {jaren(res.looptijd)} ({saldo} in totaal), "
        f"{terugverdien_tekst(reeks, res.looptijd, res.startjaar)}; "
        f"netto contante waarde {format_euro(reeks.ncw)}."
    )


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=False)]
    lines = [
        "  ".join(
            h.ljust(w) if i == 0 else h.rjust(w)
            for i, (h, w) in enumerate(zip(header, widths, strict=True))
        )
    ]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    return "\n".join(lines)


def text_report(
    case: Case,
    resultaten: Sequence[ScenarioResultaat],
    simulaties: Mapping[str, SimulatieResultaat] | None = None,
    tornados: Mapping[str, Tornado] | None = None,
) -> str:
    """The results as plain-text tables: per scenario, per partner per year; then the comparison."""
    out = [
        f"Businesscase: {case.naam}",
        f"Startjaar {case.startjaar}, looptijd {jaren(case.looptijd)}, disconteringsvoet "
        f"{format_procent(case.disconteringsvoet, 2)}. Bedragen in euro's; netto effect negatief = extra kosten.",
    ]
    for res in resultaten:
        s = res.scenario
        out += [
            "",
            f"== Scenario {s.sleutel}: {s.naam} ({jaren(res.looptijd)} vanaf {res.startjaar}) ==",
        ]
        header = ["Partner", *(str(j) for j in res.jaren), "NCW", "Terugverdiend", "Extra per jaar"]
        rows = []
        for r in res.reeksen:
            terug = (
                str(r.terugverdienjaar)
                if r.terugverdienjaar
                else (f"na {r.kortste_looptijd} jr" if r.kortste_looptijd else "nooit")
            )
            rows.append(
                [
                    f"{r.naam} netto",
                    *(format_euro(v) for v in r.netto),
                    format_euro(r.ncw),
                    terug,
                    format_euro(r.extra_per_jaar),
                ]
            )
            rows.append(
                [f"{r.naam} cumulatief", *(format_euro(v) for v in r.cumulatief), "", "", ""]
            )
        out.append(_table(header, rows))
        out += ["", *(kernzin(r, res) for r in res.reeksen)]
        sim = (simulaties or {}).get(s.sleutel)
        if sim is not None:
            out += [
                "",
                f"Monte Carlo: {sim.simulaties} simulaties, zaad {sim.zaad}, {sim.onzekere_regels} regels met een bandbreedte.",
            ]
            out.append(
                _table(
                    [
                        "Partner",
                        "NCW P10",
                        "NCW P50",
                        "NCW P90",
                        "Kans terugverdiend",
                        "Extra/jaar P50",
                    ],
                    [
                        [
                            r.naam,
                            format_euro(r.ncw_p10),
                            format_euro(r.ncw_p50),
                            format_euro(r.ncw_p90),
                            format_procent(r.kans_terugverdiend),
                            format_euro(r.extra_p50),
                        ]
                        for r in sim.reeksen
                    ],
                )
            )
        tornado = (tornados or {}).get(s.sleutel)
        if tornado is not None and tornado.balken:
            out += [
                "",
                f"Tornado (netto contante waarde in totaal, basis {format_euro(tornado.basis)}):",
            ]
            out.append(
                _table(
                    ["Regel", "Bij minimum", "Bij maximum", "Zwaai"],
                    [
                        [
                            b.regel,
                            format_euro(b.ncw_bij_minimum),
                            format_euro(b.ncw_bij_maximum),
                            format_euro(b.zwaai),
                        ]
                        for b in tornado.balken
                    ],
                )
            )
    if len(resultaten) > 1:
        out += ["", "== Vergelijking van de scenario's (totaal) =="]
        out.append(
            _table(
                ["Scenario", "Looptijd", "NCW", "Cumulatief", "Extra per jaar", "Terugverdiend"],
                [
                    [
                        res.scenario.naam,
                        jaren(res.looptijd),
                        format_euro(res.totaal.ncw),
                        format_euro(res.totaal.cumulatief_eind),
                        format_euro(res.totaal.extra_per_jaar),
                        terugverdien_tekst(res.totaal, res.looptijd, res.startjaar),
                    ]
                    for res in resultaten
                ],
            )
        )
    return "\n".join(out) + "\n"


def _reeks_json(r: Reeks) -> dict[str, Any]:
    return {
        "partner": r.sleutel or None,
        "naam": r.naam,
        "basislijn": list(r.basislijn),
        "investeringen": list(r.investeringen),
        "kosten": list(r.kosten),
        "besparingen": list(r.besparingen),
        "netto": list(r.netto),
        "cumulatief": list(r.cumulatief),
        "ncw": r.ncw,
        "terugverdienjaar": r.terugverdienjaar,
        "kortste_looptijd": r.kortste_looptijd,
        "extra_per_jaar": r.extra_per_jaar,
    }


def json_report(
    case: Case,
    resultaten: Sequence[ScenarioResultaat],
    simulaties: Mapping[str, SimulatieResultaat] | None = None,
    tornados: Mapping[str, Tornado] | None = None,
) -> dict[str, Any]:
    """The inputs and every result; amounts in eurocents."""
    scenarios = []
    for res in resultaten:
        item: dict[str, Any] = {
            "scenario": res.scenario.sleutel,
            "naam": res.scenario.naam,
            "looptijd": res.looptijd,
            "jaren": list(res.jaren),
            "reeksen": [_reeks_json(r) for r in res.reeksen],
            "kostenregels": [
                {
                    "naam": v.regel.naam,
                    "per_jaar": list(v.per_jaar),
                    "per_partner": list(v.per_partner),
                }
                for v in res.regels
            ],
        }
        sim = (simulaties or {}).get(res.scenario.sleutel)
        if sim is not None:
            item["monte_carlo"] = {
                "simulaties": sim.simulaties,
                "zaad": sim.zaad,
                "reeksen": [
                    {
                        "partner": r.sleutel or None,
                        "ncw_p10": r.ncw_p10,
                        "ncw_p50": r.ncw_p50,
                        "ncw_p90": r.ncw_p90,
                        "ncw_gemiddeld": r.ncw_gemiddeld,
                        "kans_terugverdiend": r.kans_terugverdiend,
                        "kans_ncw_positief": r.kans_ncw_positief,
                        "extra_per_jaar_p10": r.extra_p10,
                        "extra_per_jaar_p50": r.extra_p50,
                        "extra_per_jaar_p90": r.extra_p90,
                        "histogram": [[k.ondergrens, k.bovengrens, k.aantal] for k in r.histogram],
                    }
                    for r in sim.reeksen
                ],
            }
        tornado = (tornados or {}).get(res.scenario.sleutel)
        if tornado is not None:
            item["tornado"] = [
                {
                    "regel": b.regel,
                    "ncw_bij_minimum": b.ncw_bij_minimum,
                    "ncw_bij_maximum": b.ncw_bij_maximum,
                }
                for b in tornado.balken
            ]
        scenarios.append(item)
    return {"eenheid": "eurocent", "invoer": case_to_data(case), "scenarios": scenarios}
