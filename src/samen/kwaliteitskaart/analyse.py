"""Analyses of the kwaliteitskaart: pure Python, no Django import.

- :func:`heatmap`: per specialism and organisation, how many people hold it, at which levels, and
  how many of them reach the level that the organisation's critical tasks need.
- :func:`kwetsbaarheden`: single points of failure: critical tasks that nobody or only one person
  in the whole cooperation can do, and tasks that nobody in the organisation that needs them can
  do (it depends on its partners).
- :func:`tekorten`: gaps against the required profile. A critical task asks that ``required`` own
  people can do it (hold the specialism at the minimum level); the shortfall is what is missing.
  Each gap gets one recommendation, in this order:

  1. *ontwikkelen* (develop): someone of the organisation holds the specialism one level below
     the minimum; training them closes the gap from inside;
  2. *inzetten* (deploy): someone in a partner organisation can do it; the cooperation arranges
     that they stand in;
  3. *werven* (hire): nobody in the cooperation is near; hire, or buy in.

"Can do a task" means: holds the task's specialism at its minimum level or higher.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Holder:
    id: int
    organisation: int
    skills: Mapping[int, int]  # specialism -> level 1-4


@dataclass(frozen=True)
class Need:
    id: int
    organisation: int
    specialism: int
    min_level: int
    required: int = 1


@dataclass(frozen=True)
class Cell:
    levels: tuple[int, int, int, int]  # people at level 1, 2, 3, 4
    needed_level: int = 0  # the highest minimum level of the organisation's tasks; 0: none

    @property
    def needed(self) -> bool:
        """The organisation has a critical task with this specialism."""
        return self.needed_level > 0

    @property
    def able(self) -> int:
        """People of the organisation at the level its critical tasks need."""
        return self.at_least(self.needed_level) if self.needed else 0

    @property
    def count(self) -> int:
        return sum(self.levels)

    @property
    def max_level(self) -> int:
        return max((i + 1 for i, n in enumerate(self.levels) if n), default=0)

    def at_least(self, level: int) -> int:
        return sum(self.levels[level - 1 :]) if level >= 1 else self.count


def heatmap(
    holders: Iterable[Holder],
    organisations: Sequence[int],
    specialisms: Sequence[int],
    needs: Iterable[Need] = (),
) -> dict[tuple[int, int], Cell]:
    """``{(specialism, organisation): Cell}`` for every pair, zeros included."""
    counts: dict[tuple[int, int], list[int]] = {
        (s, o): [0, 0, 0, 0] for s in specialisms for o in organisations
    }
    for h in holders:
        for s, level in h.skills.items():
            key = (s, h.organisation)
            if key in counts and 1 <= level <= 4:
                counts[key][level - 1] += 1
    needed: dict[tuple[int, int], int] = {}
    for n in needs:
        key = (n.specialism, n.organisation)
        needed[key] = max(needed.get(key, 0), n.min_level)
    return {
        key: Cell(levels=(c[0], c[1], c[2], c[3]), needed_level=needed.get(key, 0))
        for key, c in counts.items()
    }


class Kwetsbaarheid(enum.StrEnum):
    NIEMAND = "niemand"
    EEN_PERSOON = "een_persoon"
    NIEMAND_IN_ORGANISATIE = "niemand_in_organisatie"

    @property
    def label(self) -> str:
        return {
            Kwetsbaarheid.NIEMAND: "niemand in de samenwerking kan deze taak doen",
            Kwetsbaarheid.EEN_PERSOON: "maar één persoon in de hele samenwerking kan deze taak doen",
            Kwetsbaarheid.NIEMAND_IN_ORGANISATIE: (
                "niemand in de eigen organisatie kan deze taak doen; alleen partners"
            ),
        }[self]


@dataclass(frozen=True)
class Bevinding:
    need: Need
    soort: Kwetsbaarheid
    holders: tuple[int, ...]  # everybody in the cooperation who can do it


def _can_do(holders: Iterable[Holder], need: Need) -> list[Holder]:
    return [h for h in holders if h.skills.get(need.specialism, 0) >= need.min_level]


def kwetsbaarheden(holders: Sequence[Holder], needs: Iterable[Need]) -> list[Bevinding]:
    """The single points of failure, the most severe kind per task, most severe first."""
    found: list[Bevinding] = []
    for need in needs:
        able = _can_do(holders, need)
        ids = tuple(h.id for h in able)
        if not able:
            found.append(Bevinding(need, Kwetsbaarheid.NIEMAND, ids))
        elif len(able) == 1:
            found.append(Bevinding(need, Kwetsbaarheid.EEN_PERSOON, ids))
        elif not any(h.organisation == need.organisation for h in able):
            found.append(Bevinding(need, Kwetsbaarheid.NIEMAND_IN_ORGANISATIE, ids))
    order = list(Kwetsbaarheid)
    return sorted(found, key=lambda b: order.index(b.soort))


class Advies(enum.StrEnum):
    ONTWIKKELEN = "ontwikkelen"
    INZETTEN = "inzetten"
    WERVEN = "werven"

    @property
    def label(self) -> str:
        return {
            Advies.ONTWIKKELEN: "ontwikkelen: iemand van de eigen organisatie één niveau opleiden",
            Advies.INZETTEN: "inzetten: iemand van een partnergemeente laten invallen",
            Advies.WERVEN: "werven: niemand in de samenwerking komt in de buurt; aannemen of inhuren",
        }[self]


@dataclass(frozen=True)
class Tekort:
    need: Need
    own: tuple[int, ...]  # own people who can do it
    shortfall: int
    advies: Advies
    develop: tuple[int, ...] = field(default=())  # own people one level below the minimum
    deploy: tuple[int, ...] = field(default=())  # partner people who can do it


def tekorten(holders: Sequence[Holder], needs: Iterable[Need]) -> list[Tekort]:
    """Every task whose organisation has fewer able people than required, with a recommendation."""
    result: list[Tekort] = []
    for need in needs:
        able = _can_do(holders, need)
        own = tuple(h.id for h in able if h.organisation == need.organisation)
        shortfall = need.required - len(own)
        if shortfall <= 0:
            continue
        develop = tuple(
            h.id
            for h in holders
            if h.organisation == need.organisation
            and h.skills.get(need.specialism, 0) == need.min_level - 1
        )
        deploy = tuple(h.id for h in able if h.organisation != need.organisation)
        advies = Advies.ONTWIKKELEN if develop else Advies.INZETTEN if deploy else Advies.WERVEN
        result.append(Tekort(need, own, shortfall, advies, develop, deploy))
    return result
