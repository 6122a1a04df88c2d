"""The planning across domains as an SVG timeline (the page adds a text alternative as a table)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from samen.core.dates import MAANDEN, format_datum
from samen.terreinen.selectors import TerreinStand

FASE_KLEUR = {
    "verkenning": "#d9d2f0",
    "businesscase": "#cfe0f3",
    "besluitvorming": "#fbe2bd",
    "uitvoering": "#cfe8d1",
    "evaluatie": "#c7e8ec",
    "opschaling": "#b9dcc2",
    "gestopt": "#e0e0e0",
}
LABEL_W, ROW_H, TOP, WIDTH = 170, 34, 40, 1000


def _bereik(standen: Sequence[TerreinStand], peildatum: dt.date) -> tuple[dt.date, dt.date]:
    datums = [peildatum]
    for s in standen:
        datums += [w.datum for w in s.terrein.fasewijzigingen.all()]
        for m in s.mijlpalen:
            datums += [d for d in (m.stand.geplande_datum, m.stand.oorspronkelijke_datum) if d]
    begin, eind = min(datums), max(datums)
    begin = dt.date(begin.year, begin.month, 1)
    eind = dt.date(eind.year + (eind.month == 12), eind.month % 12 + 1, 1)
    if (eind - begin).days < 180:
        eind = begin + dt.timedelta(days=180)
    return begin, eind


def planning_svg(standen: Sequence[TerreinStand], *, peildatum: dt.date) -> str:
    if not standen:
        return ""
    begin, eind = _bereik(standen, peildatum)
    span = (eind - begin).days
    plot_w = WIDTH - LABEL_W - 20

    def x(d: dt.date) -> float:
        return LABEL_W + plot_w * (d - begin).days / span

    height = TOP + ROW_H * len(standen) + 20
    out = [
        f'<svg class="planning-svg" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="planning-titel planning-desc" xmlns="http://www.w3.org/2000/svg">',
        '<title id="planning-titel">Planning per samenwerkingsterrein</title>',
        f'<desc id="planning-desc">Fasen als gekleurde balken en mijlpalen als ruiten, van '
        f"{escape(format_datum(begin))} tot {escape(format_datum(eind))}; de verticale lijn is de "
        f"peildatum {escape(format_datum(peildatum))}. Dezelfde gegevens staan in de tabel onder "
        "de grafiek.</desc>",
    ]
    maand = begin
    while maand < eind:
        mx = x(maand)
        out.append(
            f'<line x1="{mx:.1f}" y1="{TOP - 8}" x2="{mx:.1f}" y2="{height - 20}" stroke="#e3e6ea"/>'
        )
        if maand.month in (1, 4, 7, 10) or span < 400:
            label = MAANDEN[maand.month - 1][:3] + (
                f" {maand.year}" if maand.month == 1 or maand == begin else ""
            )
            out.append(f'<text x="{mx + 2:.1f}" y="{TOP - 14}">{escape(label)}</text>')
        maand = dt.date(maand.year + (maand.month == 12), maand.month % 12 + 1, 1)
    for i, s in enumerate(standen):
        y = TOP + i * ROW_H
        out.append(f'<text x="4" y="{y + ROW_H / 2 + 4:.1f}">{escape(s.terrein.naam[:24])}</text>')
        wijzigingen = list(s.terrein.fasewijzigingen.all())
        for j, w in enumerate(wijzigingen):
            tot = wijzigingen[j + 1].datum if j + 1 < len(wijzigingen) else peildatum
            x1, x2 = x(max(w.datum, begin)), x(min(max(tot, w.datum), eind))
            kleur = FASE_KLEUR.get(w.fase, "#eee")
            out.append(
                f'<rect x="{x1:.1f}" y="{y + 6}" width="{max(x2 - x1, 2):.1f}" height="{ROW_H - 12}" '
                f'fill="{kleur}" stroke="#8a8a8a" stroke-width="0.5"><title>{escape(w.get_fase_display())} '
                f"vanaf {escape(format_datum(w.datum, w.datumprecisie))}</title></rect>"
            )
        for m in s.mijlpalen:
            cy = y + ROW_H / 2
            st = m.stand
            if st.verschoven and st.oorspronkelijke_datum and st.geplande_datum:
                ox, nx = x(st.oorspronkelijke_datum), x(st.geplande_datum)
                out.append(
                    f'<line x1="{ox:.1f}" y1="{cy}" x2="{nx:.1f}" y2="{cy}" stroke="#b00020" '
                    'stroke-dasharray="4 3" stroke-width="2"/>'
                )
                out.append(
                    _ruit(ox, cy, "none", "#b00020", f"{m.mijlpaal.naam}: oorspronkelijk gepland")
                )
            datum = st.bereikt_op or st.geplande_datum
            if datum is None:
                continue
            if st.bereikt:
                kleur, rand, tekst = "#2b6e2f", "#1a1a1a", "bereikt"
            elif st.te_laat:
                kleur, rand, tekst = "#b00020", "#1a1a1a", "te laat"
            else:
                kleur, rand, tekst = "#154273", "#1a1a1a", "gepland"
            out.append(
                _ruit(
                    x(datum), cy, kleur, rand, f"{m.mijlpaal.naam}: {tekst} {format_datum(datum)}"
                )
            )
    px = x(peildatum)
    out.append(
        f'<line x1="{px:.1f}" y1="{TOP - 8}" x2="{px:.1f}" y2="{height - 14}" stroke="#e17000" stroke-width="2"/>'
        f'<text x="{px + 3:.1f}" y="{height - 4}">peildatum</text>'
    )
    out.append("</svg>")
    return "\n".join(out)


def _ruit(cx: float, cy: float, fill: str, stroke: str, title: str) -> str:
    r = 7
    points = f"{cx:.1f},{cy - r} {cx + r:.1f},{cy} {cx:.1f},{cy + r} {cx - r:.1f},{cy}"
    return (
        f'<polygon points="{points}" fill="{fill}" stroke="{stroke}" stroke-width="1.5">'
        f"<title>{escape(title)}</title></polygon>"
    )
