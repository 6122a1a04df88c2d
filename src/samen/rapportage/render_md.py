"""Markdown (CommonMark with pipe tables) from a document tree.

Pure Python, no Django import. Characters that Markdown would read as markup are escaped, so
the text reads back exactly.
"""

from __future__ import annotations

import re

from samen.rapportage.document import Alinea, Blok, Deel, Document, Inline, Lijst, Sectie

_SPECIAAL = re.compile(r"([\\`*_\[\]<>|#])")
_BEGIN = re.compile(r"^(\d+)([.)])|^([-+=])")


def md_escape(tekst: str) -> str:
    tekst = _SPECIAAL.sub(r"\\\1", tekst)
    return _BEGIN.sub(
        lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", tekst
    )


def _inline(inhoud: Inline) -> str:
    delen = []
    for r in inhoud:
        tekst = md_escape(r.tekst)
        if r.vet:
            kern = tekst.strip()
            voor = tekst[: len(tekst) - len(tekst.lstrip())]
            na = tekst[len(tekst.rstrip()) :]
            tekst = f"{voor}**{kern}**{na}" if kern else tekst
        delen.append(tekst)
    return "".join(delen)


def _cel(tekst: str) -> str:
    return md_escape(" ".join(tekst.split())) or " "


def _blok(blok: Blok) -> str:
    if isinstance(blok, Alinea):
        return _inline(blok.inhoud)
    if isinstance(blok, Lijst):
        return "\n".join(
            (f"{n}. " if blok.genummerd else "- ") + _inline(item)
            for n, item in enumerate(blok.items, start=1)
        )
    regels = [f"*{md_escape(blok.bijschrift)}*", ""] if blok.bijschrift else []
    regels.append("| " + " | ".join(_cel(k) for k in blok.kop) + " |")
    regels.append("|" + "|".join(" --- " for _ in blok.kop) + "|")
    regels += ["| " + " | ".join(_cel(c) for c in rij) + " |" for rij in blok.rijen]
    return "\n".join(regels)


def _sectie(s: Sectie, niveau: int) -> list[str]:
    delen = [f"{'#' * min(niveau, 6)} {md_escape(s.titel)}"]
    delen += [_blok(b) for b in s.blokken]
    for sub in s.subsecties:
        delen += _sectie(sub, niveau + 1)
    return delen


def _deel(d: Deel) -> list[str]:
    delen = [f"# {md_escape(d.titel)}"]
    if d.ondertitel:
        delen.append(f"*{md_escape(d.ondertitel)}*")
    if d.gegevens is not None:
        regels = ["| Gegeven | Waarde |", "| --- | --- |"]
        regels += [f"| {_cel(label)} | {_cel(waarde)} |" for label, waarde in d.gegevens.rijen]
        delen.append("\n".join(regels))
    for s in d.secties:
        delen += _sectie(s, 2)
    if d.ondertekening is not None:
        o = d.ondertekening
        delen.append(md_escape(o.aanhef))
        delen += [f"{md_escape(f)}  \n{md_escape(n)}" for f, n in o.ondertekenaars]
    return delen


def markdown(doc: Document) -> str:
    delen: list[str] = []
    for n, d in enumerate(doc.delen):
        if n:
            delen.append("---")
        delen += _deel(d)
    return "\n\n".join(delen) + "\n"
