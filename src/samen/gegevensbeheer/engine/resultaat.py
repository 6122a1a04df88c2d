"""The outcome of a validation: findings per constraint with example rows, and the score.

Pure Python, no Django.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Constraint keys, in the Frictionless vocabulary (``type`` is the type check of a cell).
BEPERKINGEN = (
    "type",
    "required",
    "pattern",
    "enum",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "unique",
    "primaryKey",
    "uniqueKey",
    "foreignKey",
)


@dataclass(frozen=True)
class Voorbeeld:
    """One violating row: its row number (the header is row 1) and its values."""

    rij: int
    waarden: dict[str, str | None]


@dataclass(frozen=True)
class Bevinding:
    """One checked constraint: how many rows violate it, and the first of them."""

    beperking: str
    velden: tuple[str, ...]
    omschrijving: str
    aantal: int
    voorbeelden: tuple[Voorbeeld, ...] = ()

    @property
    def sleutel(self) -> str:
        return f"{self.beperking}:{','.join(self.velden)}"

    def naar_dict(self) -> dict[str, Any]:
        return {
            "beperking": self.beperking,
            "velden": list(self.velden),
            "omschrijving": self.omschrijving,
            "aantal": self.aantal,
            "voorbeelden": [{"rij": v.rij, "waarden": v.waarden} for v in self.voorbeelden],
        }


@dataclass(frozen=True)
class Resultaat:
    tabel: str
    bestand: str
    formaat: str
    grootte: int
    rijen: int
    bevindingen: tuple[Bevinding, ...]
    foutieve_rijen: int
    duur_s: float
    codering: str | None = None
    scheidingsteken: str | None = None
    meldingen: tuple[str, ...] = field(default_factory=tuple)

    @property
    def conform(self) -> bool:
        return all(b.aantal == 0 for b in self.bevindingen)

    @property
    def schendingen(self) -> int:
        return sum(b.aantal for b in self.bevindingen)

    @property
    def conformiteit(self) -> float:
        """Share of rows (in %) without any finding; a duplicate or a broken reference counts
        as a row with a finding."""
        if self.rijen == 0:
            return 100.0
        return round(100.0 * (self.rijen - min(self.foutieve_rijen, self.rijen)) / self.rijen, 2)

    def naar_dict(self) -> dict[str, Any]:
        return {
            "tabel": self.tabel,
            "bestand": self.bestand,
            "formaat": self.formaat,
            "codering": self.codering,
            "scheidingsteken": self.scheidingsteken,
            "grootte": self.grootte,
            "rijen": self.rijen,
            "conform": self.conform,
            "conformiteit": self.conformiteit,
            "schendingen": self.schendingen,
            "foutieve_rijen": self.foutieve_rijen,
            "duur_s": round(self.duur_s, 3),
            "meldingen": list(self.meldingen),
            "bevindingen": [b.naar_dict() for b in self.bevindingen],
        }
