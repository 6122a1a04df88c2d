"""The conformity chart as SVG: score (0-100 %) per delivery, one line per organisation.

Lines differ by dash pattern and marker shape as well as colour, and each carries its name at
its end, so meaning never rests on colour alone; the page shows the same figures as a table.
Pure Python, no Django.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

BREEDTE, HOOGTE = 640, 260
LINKS, RECHTS, BOVEN, ONDER = 48, 150, 16, 36
STREPEN = ("", "6 3", "2 3", "10 3 2 3")
KLEUREN = ("#154273", "#a14b00", "#2f6b2f", "#6b2f6b")


@dataclass(frozen=True)
class Lijn:
    naam: str
    punten: tuple[tuple[dt.date, float], ...]


def conformiteit_svg(
    titel: str, lijnen: list[Lijn], *, ondergrens: float = 80.0, sleutel: str = "g"
) -> str:
    datums = sorted({d for lijn in lijnen for d, _ in lijn.punten})
    if not datums:
        return ""
    laagste = min([s for lijn in lijnen for _, s in lijn.punten] + [100.0])
    y_min = min(ondergrens, (int(laagste) // 10) * 10)
    breed = BREEDTE - LINKS - RECHTS
    hoog = HOOGTE - BOVEN - ONDER

    def x(d: dt.date) -> float:
        if len(datums) == 1:
            return LINKS + breed / 2
        return LINKS + breed * datums.index(d) / (len(datums) - 1)

    def y(s: float) -> float:
        return BOVEN + hoog * (100 - s) / (100 - y_min)

    delen = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {BREEDTE} {HOOGTE}" role="img" '
        f'aria-labelledby="{escape(sleutel)}-titel" class="grafiek"><title id="{escape(sleutel)}-titel">{escape(titel)}</title>'
    ]
    stap = 5 if 100 - y_min <= 30 else 10
    for tik in range(int(y_min), 101, stap):
        delen.append(
            f'<line x1="{LINKS}" x2="{LINKS + breed}" y1="{y(tik):.1f}" y2="{y(tik):.1f}" stroke="#ccc" stroke-width="1"/>'
            f'<text x="{LINKS - 6}" y="{y(tik) + 4:.1f}" text-anchor="end" font-size="11">{tik}%</text>'
        )
    for d in datums:
        delen.append(
            f'<text x="{x(d):.1f}" y="{HOOGTE - 12}" text-anchor="middle" font-size="11">{d:%d-%m-%Y}</text>'
        )
    # Name labels at the line ends, pushed apart so that they never overlap.
    label_y: dict[int, float] = {}
    vorige = -1e9
    for i in sorted(range(len(lijnen)), key=lambda i: y(max(lijnen[i].punten)[1])):
        label_y[i] = max(y(max(lijnen[i].punten)[1]) + 4, vorige + 14)
        vorige = label_y[i]
    for i, lijn in enumerate(lijnen):
        kleur, streep = KLEUREN[i % len(KLEUREN)], STREPEN[i % len(STREPEN)]
        punten = sorted(lijn.punten)
        pad = " ".join(f"{x(d):.1f},{y(s):.1f}" for d, s in punten)
        dash = f' stroke-dasharray="{streep}"' if streep else ""
        delen.append(
            f'<polyline points="{pad}" fill="none" stroke="{kleur}" stroke-width="2.5"{dash}/>'
        )
        for d, s in punten:
            if i % 2 == 0:
                delen.append(f'<circle cx="{x(d):.1f}" cy="{y(s):.1f}" r="4" fill="{kleur}"/>')
            else:
                delen.append(
                    f'<rect x="{x(d) - 4:.1f}" y="{y(s) - 4:.1f}" width="8" height="8" fill="{kleur}"/>'
                )
        d_laatst, s_laatst = punten[-1][0], float(punten[-1][1])
        delen.append(
            f'<text x="{x(d_laatst) + 10:.1f}" y="{label_y[i]:.1f}" '
            f'font-size="12" fill="{kleur}">{escape(lijn.naam)} {s_laatst:.1f}%</text>'
        )
    delen.append("</svg>")
    return "".join(delen)
