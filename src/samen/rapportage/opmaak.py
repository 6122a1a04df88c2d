"""The editable text of a section, and back: a small, predictable subset of Markdown.

Pure Python, no Django import. An editor changes the wording of a draft section in a plain text
area; this module turns the blocks of a section into that text (:func:`naar_tekst`) and the
edited text back into blocks (:func:`uit_tekst`), so every format is rendered from what the
editor wrote. The syntax, which the edit page explains:

- a blank line separates paragraphs; lines of one paragraph are joined;
- ``**vet**`` marks bold text, a backslash makes the next character literal (``\\*``);
- ``- item`` is a bulleted list, ``1. item`` a numbered list;
- ``Tabel: bijschrift`` followed by rows ``| a | b |`` is a table; the first row is the header,
  a row of dashes (``| --- | --- |``) under it is optional;
- ``## Titel`` starts a sub-section (one level).

``uit_tekst(naar_tekst(x)) == x`` for normalised content (see the property test).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from samen.rapportage.document import Alinea, Blok, Inline, Lijst, Run, Sectie, Tabel

_NUMMER = re.compile(r"^(\d+)\. ")
_SCHEIDING = re.compile(r"^:?-{3,}:?$")
_SCHEIDINGSREGEL = re.compile(r"^\|?(\s*:?-{3,}:?\s*\|)*\s*:?-{3,}:?\s*\|?$")
_WIT = re.compile(r"\s+")
_MARKERS = ("- ", "## ", "|", "Tabel: ")


# --- inline --------------------------------------------------------------------------------


def normaliseer_inline(inline: Inline) -> Inline:
    """Collapse whitespace over the runs, strip the ends, merge equal neighbours, drop empties."""
    stukken: list[Run] = []
    vorige_wit = True  # strips leading whitespace
    for run in inline:
        tekst = _WIT.sub(" ", run.tekst)
        if vorige_wit:
            tekst = tekst.lstrip(" ")
        if not tekst:
            continue
        vorige_wit = tekst.endswith(" ")
        vet = run.vet and bool(tekst.strip())
        if stukken and stukken[-1].vet == vet:
            stukken[-1] = Run(stukken[-1].tekst + tekst, vet)
        else:
            stukken.append(Run(tekst, vet))
    if stukken:
        laatste = stukken[-1]
        tekst = laatste.tekst.rstrip(" ")
        stukken[-1] = Run(tekst, laatste.vet)
        if not tekst:
            stukken.pop()
    # A bold run that lost its text to stripping may leave equal neighbours: merge again.
    samen: list[Run] = []
    for run in stukken:
        if samen and samen[-1].vet == run.vet:
            samen[-1] = Run(samen[-1].tekst + run.tekst, run.vet)
        else:
            samen.append(run)
    return tuple(samen)


def _escape(tekst: str, extra: str = "") -> str:
    tekens = "\\*" + extra
    if not any(t in tekst for t in tekens):
        return tekst
    return re.sub("([" + re.escape(tekens) + "])", r"\\\1", tekst)


def inline_naar_tekst(inline: Inline) -> str:
    return "".join(f"**{_escape(r.tekst)}**" if r.vet else _escape(r.tekst) for r in inline)


_TOKEN = re.compile(r"\\(.)|\*\*", re.DOTALL)


def inline_uit_tekst(tekst: str) -> Inline:
    """Parse ``**bold**`` and backslash escapes; an unmatched ``**`` stays literal."""
    tokens: list[tuple[str, str]] = []  # ("t", text) or ("b", "**")
    buf: list[str] = []
    positie = 0
    for m in _TOKEN.finditer(tekst):
        buf.append(tekst[positie : m.start()])
        if m.group(1) is not None:
            buf.append(m.group(1))
        else:
            tokens.append(("t", "".join(buf)))
            buf = []
            tokens.append(("b", "**"))
        positie = m.end()
    buf.append(tekst[positie:])
    tokens.append(("t", "".join(buf)))
    wissels = [n for n, (soort, _) in enumerate(tokens) if soort == "b"]
    if len(wissels) % 2:
        tokens[wissels[-1]] = ("t", "**")
    result: list[Run] = []
    vet = False
    for soort, waarde in tokens:
        if soort == "b":
            vet = not vet
        elif waarde:
            result.append(Run(waarde, vet))
    return normaliseer_inline(tuple(result))


# --- blocks --------------------------------------------------------------------------------


def _is_marker(regel: str) -> bool:
    return regel.startswith(_MARKERS) or bool(_NUMMER.match(regel))


def _cel(tekst: str) -> str:
    cel = _escape(tekst, "|")
    return "\\" + cel if _SCHEIDING.match(cel) else cel  # never mistaken for the dashes row


def blok_naar_tekst(blok: Blok) -> str:
    if isinstance(blok, Alinea):
        regel = inline_naar_tekst(blok.inhoud)
        return "\\" + regel if _is_marker(regel) else regel
    if isinstance(blok, Lijst):
        return "\n".join(
            (f"{n}. " if blok.genummerd else "- ") + inline_naar_tekst(item)
            for n, item in enumerate(blok.items, start=1)
        )
    regels = [f"Tabel: {_escape(blok.bijschrift)}"] if blok.bijschrift else []
    regels.append("| " + " | ".join(_cel(c) for c in blok.kop) + " |")
    regels.append("| " + " | ".join("---" for _ in blok.kop) + " |")
    regels += ["| " + " | ".join(_cel(c) for c in rij) + " |" for rij in blok.rijen]
    return "\n".join(regels)


def naar_tekst(blokken: tuple[Blok, ...], subsecties: tuple[Sectie, ...] = ()) -> str:
    """The editable text of a section's blocks and sub-sections."""
    delen = [blok_naar_tekst(b) for b in blokken]
    for sub in subsecties:
        delen.append(f"## {normaliseer_titel(sub.titel)}")
        delen += [blok_naar_tekst(b) for b in sub.blokken]
    return "\n\n".join(delen) + ("\n" if delen else "")


def normaliseer_titel(titel: str) -> str:
    return _WIT.sub(" ", titel).strip()


def _cellen(regel: str) -> tuple[str, ...]:
    inhoud = regel.strip()
    if inhoud.startswith("|"):
        inhoud = inhoud[1:]
    cellen: list[str] = []
    buf: list[str] = []
    i = 0
    while i < len(inhoud):
        teken = inhoud[i]
        if teken == "\\" and i + 1 < len(inhoud):
            buf.append(inhoud[i : i + 2])
            i += 2
            continue
        if teken == "|":
            cellen.append("".join(buf))
            buf = []
        else:
            buf.append(teken)
        i += 1
    if "".join(buf).strip():
        cellen.append("".join(buf))
    return tuple("".join(r.tekst for r in inline_uit_tekst(c.strip())) for c in cellen)


@dataclass
class _Lezer:
    """Collects blocks; ``open`` is the block being built from consecutive lines."""

    blokken: list[Blok] = field(default_factory=list)
    soort: str = ""  # "", "alinea", "lijst", "genummerd", "tabel"
    regels: list[str] = field(default_factory=list)
    bijschrift: str = ""

    def sluit(self) -> None:
        if self.soort == "alinea":
            inhoud = inline_uit_tekst(" ".join(self.regels))
            if inhoud:
                self.blokken.append(Alinea(inhoud))
        elif self.soort in ("lijst", "genummerd"):
            items = tuple(i for i in (inline_uit_tekst(r) for r in self.regels) if i)
            if items:
                self.blokken.append(Lijst(items, genummerd=self.soort == "genummerd"))
        elif self.soort == "tabel":
            rijen = [
                _cellen(r)
                for n, r in enumerate(self.regels)
                if not (n == 1 and _SCHEIDINGSREGEL.match(r))
            ]
            if rijen:
                breedte = max(len(r) for r in rijen)
                rijen = [r + ("",) * (breedte - len(r)) for r in rijen]
                self.blokken.append(
                    Tabel(kop=rijen[0], rijen=tuple(rijen[1:]), bijschrift=self.bijschrift)
                )
        self.soort, self.regels, self.bijschrift = "", [], ""

    def regel(self, soort: str, tekst: str) -> None:
        if soort != self.soort:
            self.sluit()
            self.soort = soort
        self.regels.append(tekst)


def uit_tekst(tekst: str, sleutel: str = "sectie") -> tuple[tuple[Blok, ...], tuple[Sectie, ...]]:
    """Blocks and sub-sections (keys ``<sleutel>-1``, ...) from a section's edited text."""
    hoofd = _Lezer()
    lezer = hoofd
    subs: list[tuple[str, _Lezer]] = []
    regels = tekst.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for n, ruw in enumerate(regels):
        regel = ruw.strip()
        if not regel:
            lezer.sluit()
            continue
        if regel.startswith("## "):
            lezer.sluit()
            lezer = _Lezer()
            subs.append((normaliseer_titel(regel[3:]), lezer))
            continue
        if regel.startswith("\\"):
            lezer.regel("alinea", regel)
            continue
        if regel.startswith("|"):
            lezer.regel("tabel", regel)
            continue
        volgende = regels[n + 1].strip() if n + 1 < len(regels) else ""
        if regel.startswith("Tabel: ") and volgende.startswith("|"):
            lezer.sluit()
            lezer.soort = "tabel"
            lezer.bijschrift = "".join(r.tekst for r in inline_uit_tekst(regel[7:]))
            continue
        if regel.startswith("- "):
            lezer.regel("lijst", regel[2:])
            continue
        nummer = _NUMMER.match(regel)
        if nummer:
            lezer.regel("genummerd", regel[nummer.end() :])
            continue
        if lezer.soort in ("lijst", "genummerd") and lezer.regels:
            lezer.regels[-1] += " " + regel  # a wrapped list item
            continue
        if lezer.soort == "tabel":
            lezer.sluit()
        lezer.regel("alinea", regel)
    lezer.sluit()
    subsecties = tuple(
        Sectie(sleutel=f"{sleutel}-{n}", titel=titel, blokken=tuple(sub.blokken))
        for n, (titel, sub) in enumerate(subs, start=1)
    )
    return tuple(hoofd.blokken), subsecties
