"""A business case as data: partners, allocation keys, scenarios and their cost lines.

Pure Python, no Django. Every object is a frozen dataclass, so two cases compare equal exactly
when every input is equal (the Excel round trip relies on it). Money is integer eurocents;
rates and percentages are :class:`~decimal.Decimal`, so nothing is lost to binary floating point.

Conventions (see docs/businesscase.md):

- A case runs ``looptijd`` years from ``startjaar``; a scenario may have its own ``looptijd``.
- A cost line (:class:`Kostenregel`) is a one-off investment (``investering``) in year
  ``jaar``, or a recurring cost (``kosten``) or saving (``besparing``) from year ``jaar`` up to
  and including ``tot`` (open: every year). A recurring amount is the amount of its first year
  and grows by ``indexatie`` a year, rounded to the cent each year.
- Each line is split over the partners by a named allocation key (:class:`Verdeelsleutel`):
  a mix of equal shares, inhabitants of a reference year, usage units and agreed shares, with
  percentages that add up to 100.
- A line may carry a range (:class:`Bandbreedte`): minimum and maximum around its amount (the
  most likely value), with a triangular or PERT distribution, for the Monte Carlo analysis.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal

#: The longest horizon the engine looks at for "the shortest horizon that pays back".
MAX_LOOPTIJD = 30


class Soort(enum.StrEnum):
    """The kind of a cost line."""

    INVESTERING = "investering"
    KOSTEN = "kosten"
    BESPARING = "besparing"

    @property
    def label(self) -> str:
        return {
            Soort.INVESTERING: "investering (eenmalig)",
            Soort.KOSTEN: "kosten (jaarlijks)",
            Soort.BESPARING: "besparing (jaarlijks)",
        }[self]


class Grondslag(enum.StrEnum):
    """A basis of an allocation key."""

    GELIJK = "gelijk"
    INWONERS = "inwoners"
    GEBRUIK = "gebruik"
    AANDELEN = "aandelen"

    @property
    def label(self) -> str:
        return {
            Grondslag.GELIJK: "gelijke delen",
            Grondslag.INWONERS: "naar inwoners",
            Grondslag.GEBRUIK: "naar gebruik",
            Grondslag.AANDELEN: "afgesproken aandelen",
        }[self]


class Verdeling(enum.StrEnum):
    """The probability distribution of a range."""

    DRIEHOEK = "driehoek"
    PERT = "pert"


@dataclass(frozen=True)
class Partner:
    """A partner of the case: its baseline costs per year and its inhabitants per year."""

    sleutel: str
    naam: str
    basislijn: int = 0  # today's yearly costs of this partner, in eurocents
    inwoners: tuple[tuple[int, int], ...] = ()  # (year, inhabitants on 1 January), by year

    def inwoners_op(self, jaar: int) -> int | None:
        """Inhabitants of ``jaar``, or of the latest earlier year that is known."""
        bekend = [aantal for j, aantal in self.inwoners if j <= jaar]
        return bekend[-1] if bekend else None


@dataclass(frozen=True)
class Verdeelsleutel:
    """A named allocation key: a mix of bases with percentages that add up to 100."""

    naam: str
    grondslag: tuple[tuple[Grondslag, Decimal], ...]  # in the order of Grondslag, each > 0
    peiljaar: int | None = None  # the reference year of the inhabitants
    eenheden: tuple[tuple[str, Decimal], ...] = ()  # usage units per partner
    eenheid: str = ""  # what a usage unit is, e.g. "werkplekken"
    aandelen: tuple[tuple[str, Decimal], ...] = ()  # agreed percentages per partner
    deelnemers: tuple[str, ...] = ()  # the partners that share; empty: all partners
    omschrijving: str = ""

    def percentage(self, grondslag: Grondslag) -> Decimal:
        return dict(self.grondslag).get(grondslag, Decimal(0))


@dataclass(frozen=True)
class Bandbreedte:
    """The range of a line's amount; the line's own amount is the most likely value."""

    minimum: int  # eurocents
    maximum: int  # eurocents
    verdeling: Verdeling = Verdeling.DRIEHOEK


@dataclass(frozen=True)
class Kostenregel:
    naam: str
    soort: Soort
    bedrag: int  # eurocents: the investment, or the recurring amount of the first year
    verdeelsleutel: str  # the name of a key of the case
    jaar: int  # the year of an investment, or the first year of a recurring line
    tot: int | None = None  # the last year of a recurring line (inclusive); None: open
    indexatie: Decimal = Decimal(0)  # yearly growth of a recurring amount, 0.02 is 2%
    bandbreedte: Bandbreedte | None = None
    toelichting: str = ""

    @property
    def eenmalig(self) -> bool:
        return self.soort == Soort.INVESTERING

    def actief_in(self, jaar: int) -> bool:
        if self.eenmalig:
            return jaar == self.jaar
        return jaar >= self.jaar and (self.tot is None or jaar <= self.tot)


@dataclass(frozen=True)
class Scenario:
    sleutel: str
    naam: str
    kostenregels: tuple[Kostenregel, ...] = ()
    looptijd: int | None = None  # None: the horizon of the case
    omschrijving: str = ""


@dataclass(frozen=True)
class Case:
    """A business case: the inputs of every scenario. See the module docstring."""

    naam: str
    startjaar: int
    looptijd: int
    disconteringsvoet: Decimal  # 0.04 is 4% a year
    partners: tuple[Partner, ...]
    verdeelsleutels: tuple[Verdeelsleutel, ...]
    scenarios: tuple[Scenario, ...]
    omschrijving: str = ""
    basislijn_indexatie: Decimal = Decimal(0)  # yearly growth of the baseline costs

    def looptijd_van(self, scenario: Scenario) -> int:
        return scenario.looptijd if scenario.looptijd is not None else self.looptijd

    def sleutel(self, naam: str) -> Verdeelsleutel:
        for s in self.verdeelsleutels:
            if s.naam == naam:
                return s
        raise KeyError(naam)

    def scenario(self, sleutel: str) -> Scenario:
        for s in self.scenarios:
            if s.sleutel == sleutel:
                return s
        raise KeyError(sleutel)
