"""Problems in a case: where (the field's path and a place in the source) and why, in Dutch.

Pure Python, no Django. A path is a tuple of field names and list indexes
(``("scenarios", 0, "kostenregels", 2, "bedrag")``, written ``scenarios[0].kostenregels[2]
.bedrag``, indexes from 0); a :data:`Locator` turns it into a place in the source: the line of
a YAML or JSON file, or the cell of a workbook.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Pad = tuple[str | int, ...]
#: Gives the place of a path in the source ("regel 12"), ``key`` True for the field's name.
Locator = Callable[[Pad, bool], str]


@dataclass(frozen=True)
class Melding:
    pad: Pad
    plaats: str
    bericht: str

    @property
    def veld(self) -> str:
        return pad_tekst(self.pad)

    def __str__(self) -> str:
        waar = ", ".join(p for p in (self.plaats, f"veld {self.veld}" if self.pad else "") if p)
        bericht = self.bericht[:1].upper() + self.bericht[1:]
        return f"{waar}: {bericht}" if waar else bericht


class CaseFout(ValueError):
    """A case that cannot be read or does not hold; ``meldingen`` says where and why."""

    def __init__(self, meldingen: list[Melding]) -> None:
        self.meldingen = meldingen
        super().__init__("\n".join(str(m) for m in meldingen))


def pad_tekst(pad: Pad) -> str:
    out = ""
    for part in pad:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def no_place(pad: Pad, key: bool) -> str:
    return ""
