"""Bulk writes in the processing log.

``QuerySet.bulk_create`` and ``QuerySet.update`` send no model signals, so :mod:`signals` never
saw them (``bulk_update`` updates through ``update``; ``QuerySet.delete`` does send them). At
start-up both are wrapped: a bulk write to a followed model appends one line with the number of
records, their ids (at most :data:`MAX_IDS`) and, for an update, the fields it set. A value is
written as in a single change, so never a secret or a special category of personal data; a value
computed in the database (``F``, ``Case``) is written as "berekend".
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.db.models.expressions import Combinable, Expression

from samen.logboek.models import Regel
from samen.logboek.services import verwerking_vastleggen
from samen.logboek.signals import gevolgd, verborgen, waarde

MAX_IDS = 100

_bulk_create = QuerySet.bulk_create
_update = QuerySet.update


def _ids(ids: list[Any]) -> dict[str, Any]:
    return {"ids": [waarde(i) for i in ids[:MAX_IDS]], "ids_volledig": len(ids) <= MAX_IDS}


def bulk_create(self: QuerySet[Any], objs: Any, *args: Any, **kwargs: Any) -> Any:
    gemaakt = _bulk_create(self, objs, *args, **kwargs)
    if gemaakt and gevolgd(self.model):
        verwerking_vastleggen(
            actie=Regel.Actie.AANMAKEN,
            objecttype=self.model._meta.label_lower,
            object_omschrijving=f"{len(gemaakt)} records in één keer",
            wijzigingen={"aantal": len(gemaakt), **_ids([o.pk for o in gemaakt])},
        )
    return gemaakt


def update(self: QuerySet[Any], **kwargs: Any) -> int:
    if not gevolgd(self.model):
        return _update(self, **kwargs)
    ids = list(self.values_list("pk", flat=True)[: MAX_IDS + 1])  # before: the update may move them
    aantal = _update(self, **kwargs)
    if aantal:
        velden = {
            naam: "gewijzigd"
            if verborgen(self.model, naam)
            else "berekend"
            if isinstance(v, Expression | Combinable)
            else waarde(v)
            for naam, v in kwargs.items()
        }
        verwerking_vastleggen(
            actie=Regel.Actie.WIJZIGEN,
            objecttype=self.model._meta.label_lower,
            object_omschrijving=f"{aantal} records in één keer",
            wijzigingen={"aantal": aantal, "velden": velden, **_ids(ids)},
        )
    return int(aantal)


def verbind() -> None:
    """Wrap the two methods (once)."""
    QuerySet.bulk_create = bulk_create  # type: ignore[assignment,method-assign]
    QuerySet.update = update  # type: ignore[assignment,method-assign]
