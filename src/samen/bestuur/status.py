"""The status of a commitment (toezegging) on a peildatum, computed from its dates.

Pure Python, no Django import. Nothing about the status is stored by hand.
"""

from __future__ import annotations

import datetime as dt
import enum


class ToezeggingStatus(enum.StrEnum):
    NOG_NIET_GEDAAN = "nog_niet_gedaan"
    OPEN = "open"
    NAGEKOMEN = "nagekomen"
    TE_LAAT = "te_laat"

    @property
    def label(self) -> str:
        return {
            ToezeggingStatus.NOG_NIET_GEDAAN: "nog niet gedaan",
            ToezeggingStatus.OPEN: "open",
            ToezeggingStatus.NAGEKOMEN: "nagekomen",
            ToezeggingStatus.TE_LAAT: "te laat",
        }[self]


def toezegging_status(
    *,
    gedaan_op: dt.date,
    vervaldatum: dt.date,
    nagekomen_op: dt.date | None,
    peildatum: dt.date,
) -> ToezeggingStatus:
    """Open until the due date has passed (the due date itself still counts), then te laat."""
    if peildatum < gedaan_op:
        return ToezeggingStatus.NOG_NIET_GEDAAN
    if nagekomen_op is not None and nagekomen_op <= peildatum:
        return ToezeggingStatus.NAGEKOMEN
    if peildatum > vervaldatum:
        return ToezeggingStatus.TE_LAAT
    return ToezeggingStatus.OPEN


def nagekomen_na_vervaldatum(*, vervaldatum: dt.date, nagekomen_op: dt.date | None) -> bool:
    return nagekomen_op is not None and nagekomen_op > vervaldatum
