"""The state of a domain on a peildatum, computed from its dated records.

Pure Python, no Django import: the selectors fetch the records, this module decides what held
on the date. Every function ignores what is dated after the peildatum.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar


class FaseRecord(Protocol):
    @property
    def datum(self) -> dt.date: ...
    @property
    def fase(self) -> str: ...


class PlanningRecord(Protocol):
    @property
    def vastgesteld_op(self) -> dt.date: ...
    @property
    def geplande_datum(self) -> dt.date: ...
    @property
    def reden(self) -> str: ...


F = TypeVar("F", bound=FaseRecord)


def fase_op(wijzigingen: Iterable[F], peildatum: dt.date) -> F | None:
    """The last phase change on or before the peildatum (later on the same day wins)."""
    geldig = [w for w in wijzigingen if w.datum <= peildatum]
    # A stable sort keeps the given order (by id) for changes on the same day.
    geldig.sort(key=lambda w: w.datum)
    return geldig[-1] if geldig else None


@dataclass(frozen=True)
class Herplanning:
    vastgesteld_op: dt.date
    van: dt.date
    naar: dt.date
    reden: str


@dataclass(frozen=True)
class MijlpaalStand:
    """A milestone as it stood on the peildatum."""

    bekend: bool  # planned at all on the peildatum
    geplande_datum: dt.date | None = None
    oorspronkelijke_datum: dt.date | None = None
    herplanningen: tuple[Herplanning, ...] = field(default_factory=tuple)
    bereikt_op: dt.date | None = None
    peildatum: dt.date | None = None

    @property
    def bereikt(self) -> bool:
        return self.bereikt_op is not None

    @property
    def verschoven(self) -> bool:
        """Re-planned to a later date than first planned."""
        return bool(
            self.geplande_datum
            and self.oorspronkelijke_datum
            and self.geplande_datum > self.oorspronkelijke_datum
        )

    @property
    def te_laat(self) -> bool:
        """Planned before the peildatum and not reached by then."""
        return bool(
            not self.bereikt
            and self.geplande_datum is not None
            and self.peildatum is not None
            and self.geplande_datum < self.peildatum
        )

    @property
    def vertraging_dagen(self) -> int:
        if not self.verschoven:
            return 0
        assert self.geplande_datum and self.oorspronkelijke_datum
        return (self.geplande_datum - self.oorspronkelijke_datum).days


def mijlpaal_stand(
    planningen: Sequence[PlanningRecord], werkelijke_datum: dt.date | None, peildatum: dt.date
) -> MijlpaalStand:
    """Planned date, original date, re-plannings and achievement as known on the peildatum."""
    bekend = sorted(
        (p for p in planningen if p.vastgesteld_op <= peildatum), key=lambda p: p.vastgesteld_op
    )
    bereikt_op = werkelijke_datum if werkelijke_datum and werkelijke_datum <= peildatum else None
    if not bekend:
        return MijlpaalStand(
            bekend=bereikt_op is not None, bereikt_op=bereikt_op, peildatum=peildatum
        )
    herplanningen = tuple(
        Herplanning(
            vastgesteld_op=nieuw.vastgesteld_op,
            van=oud.geplande_datum,
            naar=nieuw.geplande_datum,
            reden=nieuw.reden,
        )
        for oud, nieuw in itertools.pairwise(bekend)
    )
    return MijlpaalStand(
        bekend=True,
        geplande_datum=bekend[-1].geplande_datum,
        oorspronkelijke_datum=bekend[0].geplande_datum,
        herplanningen=herplanningen,
        bereikt_op=bereikt_op,
        peildatum=peildatum,
    )
