"""The shares of an allocation key per partner, as exact fractions.

Pure Python, no Django. A key mixes bases with percentages that add up to 100; the share of a
partner is ``sum(percentage_b / 100 * share_b(partner))`` over the bases b, where, among the
participating partners (``deelnemers``, default all):

- ``gelijk``: 1/n for each of the n participants;
- ``inwoners``: the partner's inhabitants in the reference year (or the latest earlier year
  known) divided by the participants' total;
- ``gebruik``: the partner's usage units divided by the participants' total;
- ``aandelen``: the agreed percentage of the partner divided by 100.

The shares of a key add up to exactly 1. The inputs are checked by :mod:`.validate`; here a
broken key raises ``ValueError``.
"""

from __future__ import annotations

from fractions import Fraction

from samen.businesscase.engine.model import Case, Grondslag, Verdeelsleutel


def participants(case: Case, key: Verdeelsleutel) -> list[str]:
    if key.deelnemers:
        return [p.sleutel for p in case.partners if p.sleutel in key.deelnemers]
    return [p.sleutel for p in case.partners]


def _basis_shares(case: Case, key: Verdeelsleutel, basis: Grondslag) -> dict[str, Fraction]:
    members = participants(case, key)
    if not members:
        raise ValueError(f"key {key.naam!r} has no participants")
    if basis == Grondslag.GELIJK:
        return {p: Fraction(1, len(members)) for p in members}
    if basis == Grondslag.INWONERS:
        if key.peiljaar is None:
            raise ValueError(f"key {key.naam!r} has no reference year")
        counts: dict[str, Fraction] = {}
        for p in case.partners:
            if p.sleutel in members:
                aantal = p.inwoners_op(key.peiljaar)
                if aantal is None:
                    raise ValueError(f"partner {p.sleutel!r} has no inhabitants")
                counts[p.sleutel] = Fraction(aantal)
        return _normalised(key, counts)
    if basis == Grondslag.GEBRUIK:
        units = dict(key.eenheden)
        return _normalised(key, {p: Fraction(units.get(p, 0)) for p in members})
    shares = dict(key.aandelen)
    return {p: Fraction(shares.get(p, 0)) / 100 for p in members}


def _normalised(key: Verdeelsleutel, values: dict[str, Fraction]) -> dict[str, Fraction]:
    total = sum(values.values(), Fraction(0))
    if total <= 0:
        raise ValueError(f"key {key.naam!r} has nothing to share by")
    return {p: v / total for p, v in values.items()}


def key_shares(case: Case, key: Verdeelsleutel) -> list[Fraction]:
    """The share of each partner of the case (in the case's order) under ``key``."""
    shares = {p.sleutel: Fraction(0) for p in case.partners}
    for basis, percentage in key.grondslag:
        weight = Fraction(percentage) / 100
        for partner, share in _basis_shares(case, key, basis).items():
            shares[partner] += weight * share
    return [shares[p.sleutel] for p in case.partners]
