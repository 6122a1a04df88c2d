"""The state of a background task, for pages that show it: a small reusable piece.

Samen runs long work (a PDF of hundreds of pages, publishing a large note, an upload to check) as
a django-tasks task on the database backend, worked off by ``samen db_worker`` (started by
``samen serve``). A web request only enqueues and keeps ``result.id`` on its own record; pages
then show the state with :func:`taak_status`:

    from samen.core.taken import taak_status
    status = taak_status(opdracht.taak_id)   # a TaakStatus, never raises for an unknown id
    status.label                              # "in de wachtrij", "bezig", "klaar", "mislukt"

Showing it: include ``samen/taak_status.html`` with ``taak`` (a :class:`TaakStatus`),
``status_url`` (a JSON endpoint that returns :meth:`TaakStatus.als_json`) and optionally
``klaar_url`` / ``klaar_tekst`` (the link shown when the task is done). The partial loads
``samen/taak.js``, which polls the endpoint and reloads the page when the task has finished;
without JavaScript the partial offers a plain "Vernieuwen" link.

A task that fails for a reason the user should read raises :class:`TaakFout` with a Dutch
message; any other exception shows a generic message (the traceback stays in the task store for
the administrator).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError

#: Dutch labels of the django-tasks states, as the UI shows them.
LABELS = {
    "READY": "in de wachtrij",
    "RUNNING": "bezig",
    "SUCCESSFUL": "klaar",
    "FAILED": "mislukt",
    "ONBEKEND": "onbekend",
}

ALGEMENE_FOUT = (
    "Er ging iets mis bij het uitvoeren van deze taak. Probeer het opnieuw; lukt het weer niet, "
    "meld het dan bij de beheerder."
)


class TaakFout(Exception):
    """A task failed for a reason the user should read: the message is shown as it is (Dutch)."""

    @classmethod
    def uit(cls, exc: ValidationError) -> TaakFout:
        """The Dutch message(s) of a service's ValidationError as a TaakFout."""
        return cls(" ".join(exc.messages))


@dataclass(frozen=True)
class TaakStatus:
    """What a page needs to show about one task."""

    id: str
    status: str  # READY, RUNNING, SUCCESSFUL, FAILED or ONBEKEND (no such task)
    label: str
    ingepland_op: dt.datetime | None = None
    gestart_op: dt.datetime | None = None
    klaar_op: dt.datetime | None = None
    fout: str = ""

    @property
    def wacht(self) -> bool:
        return self.status == "READY"

    @property
    def bezig(self) -> bool:
        return self.status == "RUNNING"

    @property
    def gelukt(self) -> bool:
        return self.status == "SUCCESSFUL"

    @property
    def mislukt(self) -> bool:
        return self.status in ("FAILED", "ONBEKEND")

    @property
    def afgelopen(self) -> bool:
        """Finished, well or not: the page need not poll any longer."""
        return self.gelukt or self.mislukt

    def als_json(self, **extra: Any) -> dict[str, Any]:
        """The state for a JSON status endpoint (what ``taak.js`` reads), plus ``extra``."""
        return {
            "id": self.id,
            "status": self.status,
            "label": self.label,
            "afgelopen": self.afgelopen,
            "fout": self.fout,
            **extra,
        }


def foutmelding(exception_class_path: str, traceback: str) -> str:
    """The message for the user of a failed task: a TaakFout's own text, else a generic one."""
    naam = f"{TaakFout.__module__}.{TaakFout.__qualname__}"
    if exception_class_path == naam:
        kop = f"{naam}: "
        plek = traceback.rfind(kop)
        if plek >= 0:
            return traceback[plek + len(kop) :].strip() or ALGEMENE_FOUT
    return ALGEMENE_FOUT


def taak_status(taak_id: str) -> TaakStatus:
    """The state of the task with this result id; an unknown id is ``ONBEKEND`` (mislukt)."""
    from django_tasks_db.models import DBTaskResult

    try:
        r = DBTaskResult.objects.get(pk=taak_id)
    except (DBTaskResult.DoesNotExist, ValidationError, ValueError):
        return TaakStatus(
            id=str(taak_id),
            status="ONBEKEND",
            label=LABELS["ONBEKEND"],
            fout="Deze taak is niet (meer) bekend. Start haar opnieuw.",
        )
    status = str(r.status)
    return TaakStatus(
        id=str(r.pk),
        status=status,
        label=LABELS.get(status, status.lower()),
        ingepland_op=r.enqueued_at,
        gestart_op=r.started_at,
        klaar_op=r.finished_at,
        fout=foutmelding(r.exception_class_path, r.traceback) if status == "FAILED" else "",
    )
