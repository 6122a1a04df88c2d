"""Server-side SVG charts of a business case. Pure Python, no Django.

Every chart is an ``<svg role="img">`` with a ``<title>`` and a ``<desc>``; the page shows the
same figures in a table as the text alternative. Series differ in colour *and* in marker shape
and dash pattern, and are labelled by name at the end of their line, so no meaning rests on
colour alone. Amounts are eurocents.

- :func:`cumulative_svg`: the cumulative net effect per partner (and in total) over the years,
  solid within the horizon and dotted beyond it, with the end of the horizon marked, so the
  chart shows where a scenario would pay back;
- :func:`histogram_svg`: the Monte Carlo distribution of the net present value, with P10, P50
  and P90;
- :func:`tornado_svg`: the swing of the net present value per uncertain line.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from samen.businesscase.engine.money import format_euro, format_euro_kort
from samen.businesscase.engine.montecarlo import Klasse, TornadoBalk

KLEUREN = ("#154273", "#e17000", "#2b6e2f", "#8b1a4a", "#00606b", "#6b4c00", "#4b3c8c", "#a0005a")
TOTAAL_KLEUR = "#1a1a1a"
STREEP = ("", "6 3", "2 3", "8 3 2 3")
WIDTH, HEIGHT = 860, 380
LEFT, RIGHT, TOP, BOTTOM = 90, 190, 24, 46


@dataclass(frozen=True)
class Lijn:
    naam: str
    waarden: Sequence[int]  # one value per year from the start year
    totaal: bool = False
    looptijd: int | None = None  # solid up to here, dotted beyond; None: the chart's horizon


def _nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(lo / step) * step
    ticks = []
    value = first
    while value <= hi + step * 0.001:
        ticks.append(value)
        value += step
    if ticks[-1] < hi:
        ticks.append(ticks[-1] + step)
    return ticks


def _open(chart_id: str, titel: str, beschrijving: str, height: int = HEIGHT) -> list[str]:
    return [
        f'<svg class="planning-svg businesscase-svg" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="{chart_id}-titel {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-titel">{escape(titel)}</title>',
        f'<desc id="{chart_id}-desc">{escape(beschrijving)}</desc>',
    ]


def _marker(shape: int, x: float, y: float, colour: str) -> str:
    if shape < 0:  # the total: a large filled diamond, unlike any partner's marker
        return f'<polygon points="{x:.1f},{y - 7:.1f} {x + 7:.1f},{y:.1f} {x:.1f},{y + 7:.1f} {x - 7:.1f},{y:.1f}" fill="{colour}"/>'
    match shape % 4:
        case 0:
            return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"/>'
        case 1:
            return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{colour}"/>'
        case 2:
            return f'<polygon points="{x:.1f},{y - 5:.1f} {x + 5:.1f},{y + 4:.1f} {x - 5:.1f},{y + 4:.1f}" fill="{colour}"/>'
        case _:
            return f'<polygon points="{x:.1f},{y - 5:.1f} {x + 5:.1f},{y:.1f} {x:.1f},{y + 5:.1f} {x - 5:.1f},{y:.1f}" fill="none" stroke="{colour}" stroke-width="2"/>'


def _spread(
    positions: list[tuple[float, int]], gap: float, lo: float, hi: float
) -> dict[int, float]:
    """Label positions at least ``gap`` apart, close to where their lines end."""
    placed: dict[int, float] = {}
    last = lo - gap
    for y, i in sorted(positions):
        y = max(y, last + gap)
        placed[i] = y
        last = y
    overflow = last - hi
    if overflow > 0:
        for i in placed:
            placed[i] -= overflow
    return placed


def cumulative_svg(
    *,
    chart_id: str,
    titel: str,
    beschrijving: str,
    startjaar: int,
    looptijd: int | None,
    jaren: int,
    lijnen: Sequence[Lijn],
) -> str:
    """Cumulative effect per series for ``jaren`` years; beyond the horizon the lines are dotted.

    With ``looptijd`` the end of the horizon is marked; each line may have its own horizon.
    """
    values = [v for lijn in lijnen for v in lijn.waarden[:jaren]] + [0]
    ticks = _nice_ticks(min(values), max(values))
    lo, hi = ticks[0], ticks[-1]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(t: float) -> float:
        return LEFT + plot_w * (t + 0.5) / jaren

    def y(v: float) -> float:
        return TOP + plot_h * (hi - v) / (hi - lo)

    out = _open(chart_id, titel, beschrijving)
    for tick in ticks:
        ty = y(tick)
        out.append(
            f'<line x1="{LEFT}" y1="{ty:.1f}" x2="{WIDTH - RIGHT}" y2="{ty:.1f}" '
            f'stroke="{"#1a1a1a" if tick == 0 else "#e3e6ea"}" stroke-width="{1.5 if tick == 0 else 1}"/>'
            f'<text x="{LEFT - 6}" y="{ty + 4:.1f}" text-anchor="end">{escape(format_euro_kort(tick))}</text>'
        )
    step = 1 if jaren <= 15 else 2 if jaren <= 30 else 5
    for t in range(0, jaren, step):
        out.append(
            f'<text x="{x(t):.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle">{startjaar + t}</text>'
        )
    if looptijd is not None and looptijd < jaren:
        hx = x(looptijd - 0.5)
        out.append(
            f'<line x1="{hx:.1f}" y1="{TOP}" x2="{hx:.1f}" y2="{HEIGHT - BOTTOM}" stroke="#b00020" '
            f'stroke-dasharray="5 4" stroke-width="1.5"/>'
            f'<text x="{hx + 4:.1f}" y="{TOP + 12}" fill="#b00020">einde looptijd ({looptijd} jaar)</text>'
        )
    labels = []
    for i, lijn in enumerate(lijnen):
        colour, dash, shape = _stijl(i, lijn)
        width = 3 if lijn.totaal else 2
        punten = [(x(t), y(v)) for t, v in enumerate(lijn.waarden[:jaren])]
        eigen = lijn.looptijd or looptijd or jaren
        binnen = punten[:eigen]
        buiten = punten[eigen - 1 :]
        attrs = f'fill="none" stroke="{colour}" stroke-width="{width}"'
        if binnen:
            pts = " ".join(f"{px:.1f},{py:.1f}" for px, py in binnen)
            extra = f' stroke-dasharray="{dash}"' if dash else ""
            out.append(f'<polyline points="{pts}" {attrs}{extra}/>')
        if len(buiten) > 1:
            pts = " ".join(f"{px:.1f},{py:.1f}" for px, py in buiten)
            out.append(
                f'<polyline points="{pts}" {attrs} stroke-dasharray="1 4" stroke-linecap="round"/>'
            )
        for t, (px, py) in enumerate(punten):
            marker = _marker(shape, px, py, colour)
            tekst = f"{lijn.naam}, {startjaar + t}: {format_euro(lijn.waarden[t])}"
            out.append(f"<g>{marker}<title>{escape(tekst)}</title></g>")
        if punten:
            labels.append((punten[-1][1], i, colour, lijn.naam))
    placed = _spread([(py, i) for py, i, _, _ in labels], 15, TOP + 6, HEIGHT - BOTTOM)
    for _, i, colour, naam in labels:
        out.append(
            f'<text x="{WIDTH - RIGHT + 10}" y="{placed[i] + 4:.1f}" fill="{colour}" font-weight="600">'
            f"{escape(_kort(naam, 24))}<title>{escape(naam)}</title></text>"
        )
    out.append("</svg>")
    return "\n".join(out)


def _kort(tekst: str, n: int) -> str:
    return tekst if len(tekst) <= n else tekst[: n - 1].rstrip() + "…"


def _stijl(i: int, lijn: Lijn) -> tuple[str, str, int]:
    colour = TOTAAL_KLEUR if lijn.totaal else KLEUREN[i % len(KLEUREN)]
    dash = "" if lijn.totaal else STREEP[i % len(STREEP)]
    return colour, dash, (-1 if lijn.totaal else i)


def legend_html(lijnen: Sequence[Lijn]) -> str:
    """A legend (``<ul class="legend">``) with each line's stroke, marker and full name."""
    items = []
    for i, lijn in enumerate(lijnen):
        colour, dash, shape = _stijl(i, lijn)
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        items.append(
            f'<li><svg width="44" height="16" aria-hidden="true" focusable="false">'
            f'<line x1="2" y1="8" x2="42" y2="8" stroke="{colour}" stroke-width="{3 if lijn.totaal else 2}"{extra}/>'
            f"{_marker(shape, 22, 8, colour)}</svg> {escape(lijn.naam)}</li>"
        )
    return '<ul class="legend">' + "".join(items) + "</ul>"


def histogram_svg(
    *,
    chart_id: str,
    titel: str,
    beschrijving: str,
    klassen: Sequence[Klasse],
    p10: int,
    p50: int,
    p90: int,
) -> str:
    lo, hi = klassen[0].ondergrens, klassen[-1].bovengrens
    if hi <= lo:
        hi = lo + 1
    top_count = max(k.aantal for k in klassen) or 1
    plot_w, plot_h = WIDTH - LEFT - 40, HEIGHT - TOP - BOTTOM - 20

    def x(v: float) -> float:
        return LEFT + plot_w * (v - lo) / (hi - lo)

    def y(n: float) -> float:
        return TOP + 20 + plot_h * (1 - n / top_count)

    out = _open(chart_id, titel, beschrijving)
    base = y(0)
    out.append(
        f'<line x1="{LEFT}" y1="{base:.1f}" x2="{LEFT + plot_w}" y2="{base:.1f}" stroke="#1a1a1a"/>'
    )
    for k in klassen:
        x1, x2 = x(k.ondergrens), x(k.bovengrens)
        out.append(
            f'<rect x="{x1:.1f}" y="{y(k.aantal):.1f}" width="{max(x2 - x1 - 1, 1):.1f}" '
            f'height="{base - y(k.aantal):.1f}" fill="#cfe0f3" stroke="#154273" stroke-width="0.75">'
            f"<title>{escape(format_euro(k.ondergrens))} tot {escape(format_euro(k.bovengrens))}: "
            f"{k.aantal} simulaties</title></rect>"
        )
    for tick in _nice_ticks(lo, hi, 6):
        if lo <= tick <= hi:
            out.append(
                f'<text x="{x(tick):.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle">{escape(format_euro_kort(tick))}</text>'
            )
    if lo < 0 < hi:
        out.append(
            f'<line x1="{x(0):.1f}" y1="{TOP + 14}" x2="{x(0):.1f}" y2="{base:.1f}" stroke="#b00020" stroke-width="2"/>'
            f'<text x="{x(0) + 4:.1f}" y="{TOP + 12}" fill="#b00020">0: break-even</text>'
        )
    for naam, waarde, dy in (("P10", p10, 30), ("P50", p50, 44), ("P90", p90, 58)):
        px = x(waarde)
        out.append(
            f'<line x1="{px:.1f}" y1="{TOP + dy - 10}" x2="{px:.1f}" y2="{base:.1f}" stroke="#e17000" stroke-dasharray="4 3" stroke-width="1.5"/>'
            f'<text x="{px + 3:.1f}" y="{TOP + dy}" fill="#7a4a00">{naam}</text>'
        )
    out.append(
        f'<text x="{LEFT + plot_w / 2:.1f}" y="{HEIGHT - 6}" text-anchor="middle">netto contante waarde</text>'
    )
    out.append("</svg>")
    return "\n".join(out)


def tornado_svg(
    *, chart_id: str, titel: str, beschrijving: str, basis: int, balken: Sequence[TornadoBalk]
) -> str:
    row_h, label_w = 34, 230
    height = TOP + 30 + row_h * len(balken) + BOTTOM
    values = [basis] + [b.ncw_laag for b in balken] + [b.ncw_hoog for b in balken]
    ticks = _nice_ticks(min(values), max(values))
    lo, hi = ticks[0], ticks[-1]
    plot_w = WIDTH - label_w - 40

    def x(v: float) -> float:
        return label_w + plot_w * (v - lo) / (hi - lo)

    out = _open(chart_id, titel, beschrijving, height)
    bottom = TOP + 30 + row_h * len(balken)
    for tick in ticks:
        out.append(
            f'<line x1="{x(tick):.1f}" y1="{TOP + 20}" x2="{x(tick):.1f}" y2="{bottom}" stroke="#e3e6ea"/>'
            f'<text x="{x(tick):.1f}" y="{bottom + 18}" text-anchor="middle">{escape(format_euro_kort(tick))}</text>'
        )
    for i, b in enumerate(balken):
        ty = TOP + 30 + i * row_h
        x_min, x_max = x(b.ncw_bij_minimum), x(b.ncw_bij_maximum)
        out.append(
            f'<text x="{label_w - 8}" y="{ty + row_h / 2 + 4:.1f}" text-anchor="end">{escape(_kort(b.regel, 34))}<title>{escape(b.regel)}</title></text>'
        )
        for van, tot, fill, label in (
            (x(basis), x_min, "#cfe0f3", "min"),
            (x(basis), x_max, "#fbe2bd", "max"),
        ):
            left, width = min(van, tot), abs(tot - van)
            out.append(
                f'<rect x="{left:.1f}" y="{ty + 6}" width="{max(width, 1):.1f}" height="{row_h - 12}" '
                f'fill="{fill}" stroke="#1a1a1a" stroke-width="0.5"/>'
            )
            anchor = "end" if tot < van else "start"
            dx = -4 if tot < van else 4
            out.append(
                f'<text x="{tot + dx:.1f}" y="{ty + row_h / 2 + 4:.1f}" text-anchor="{anchor}" font-size="11">{label}</text>'
            )
    bx = x(basis)
    out.append(
        f'<line x1="{bx:.1f}" y1="{TOP + 20}" x2="{bx:.1f}" y2="{bottom}" stroke="#1a1a1a" stroke-width="2"/>'
        f'<text x="{bx:.1f}" y="{TOP + 14}" text-anchor="middle">basis {escape(format_euro_kort(basis))}</text>'
    )
    out.append("</svg>")
    return "\n".join(out)
