"""Writing the processing log. Changes of records are logged by :mod:`samen.logboek.signals`;
views and exports of personal data call :func:`verwerking_vastleggen` (or
:func:`inzage_vastleggen` for several records at once)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from typing import Any

from django.db import connection, transaction

from samen.logboek.context import Actor, huidig_doel, huidige_actor
from samen.logboek.models import Regel
from samen.logboek.triggers import bewaartermijn_opruimen, verlopen

#: How long lines about personal data are kept (ISO 8601); see docs/verwerkingenlogging.md.
BEWAARTERMIJN_PERSOONSGEGEVENS = "P2Y"
#: Object types that hold personal data, with the VNG "soortObjectId" of their id.
PERSOONSGEGEVENS: dict[str, str] = {
    "kwaliteitskaart.medewerker": "medewerker-id",
    "kwaliteitskaart.vaardigheid": "vaardigheid-id",
    "kwaliteitskaart.afwezigheid": "afwezigheid-id",
    "kwaliteitskaart.vervangingsplan": "vervangingsplan-id",
    "auth.user": "gebruiker-id",
    "accounts.rol": "rol-id",
}
_KORT = {
    "medewerker": "kwaliteitskaart.medewerker",
    "vaardigheid": "kwaliteitskaart.vaardigheid",
    "afwezigheid": "kwaliteitskaart.afwezigheid",
    "vervangingsplan": "kwaliteitskaart.vervangingsplan",
}


def actor_velden(actor: Actor | None = None) -> dict[str, Any]:
    actor = actor if actor is not None else huidige_actor()
    if actor is None:
        return {"herkomst": Regel.Herkomst.SYSTEEM, "gebruikersnaam": ""}
    return {
        "herkomst": actor.herkomst,
        "gebruiker_id": actor.gebruiker_id,
        "gebruikersnaam": actor.gebruikersnaam[:150],
        "organisatie_id": actor.organisatie_id,
        "adres": actor.adres[:45],
    }


def _label(objecttype: str) -> str:
    return _KORT.get(objecttype, objecttype)


def verwerking_vastleggen(
    *,
    actie: str,
    objecttype: str,
    object_id: Any = "",
    object_omschrijving: str = "",
    organisatie_id: int | None = None,
    resultaat: str = Regel.Resultaat.GELUKT,
    omschrijving: str = "",
    wijzigingen: dict[str, Any] | None = None,
    doel: str | None = None,
    actie_id: uuid.UUID | None = None,
    actor: Actor | None = None,
) -> Regel:
    """Append one line. Personal data (see :data:`PERSOONSGEGEVENS`) gets the VNG fields."""
    velden = actor_velden(actor)
    if organisatie_id is not None:
        velden["organisatie_id"] = organisatie_id
    label = _label(objecttype)
    persoonlijk = label in PERSOONSGEGEVENS
    regel = Regel(
        actie=actie,
        objecttype=label[:80],
        object_id=str(object_id if object_id is not None else "")[:64],
        object_omschrijving=object_omschrijving[:200],
        resultaat=resultaat,
        omschrijving=omschrijving[:300],
        wijzigingen=wijzigingen or {},
        doel=(huidig_doel() if doel is None else doel)[:300],
        actie_id=actie_id or uuid.uuid4(),
        **velden,
    )
    if persoonlijk:
        regel.persoonsgegevens = True
        regel.vertrouwelijkheid = Regel.Vertrouwelijkheid.VERTROUWELIJK
        regel.bewaartermijn = BEWAARTERMIJN_PERSOONSGEGEVENS
        regel.verwerkte_objecten = [
            {
                "objecttype": label.split(".")[-1],
                "soortObjectId": PERSOONSGEGEVENS[label],
                "objectId": regel.object_id,
            }
        ]
    regel.save()
    return regel


def inzage_vastleggen(
    *,
    objecten: Iterable[tuple[int | None, str, Any]],
    actie: str = Regel.Actie.INZIEN,
    omschrijving: str = "",
    doel: str | None = None,
    actor: Actor | None = None,
) -> int:
    """Log a view or export of several records as one action (one actieId), one line each
    (``(organisatie_id, objecttype, id)``), in one query."""
    velden = actor_velden(actor)
    actie_id = uuid.uuid4()
    regels = []
    for organisatie_id, objecttype, pk in objecten:
        label = _label(objecttype)
        object_id = str(pk if pk is not None else "")[:64]
        persoonlijk = label in PERSOONSGEGEVENS
        regels.append(
            Regel(
                actie=actie,
                objecttype=label[:80],
                object_id=object_id,
                omschrijving=omschrijving[:300],
                doel=(huidig_doel() if doel is None else doel)[:300],
                actie_id=actie_id,
                persoonsgegevens=persoonlijk,
                vertrouwelijkheid=(
                    Regel.Vertrouwelijkheid.VERTROUWELIJK
                    if persoonlijk
                    else Regel.Vertrouwelijkheid.NORMAAL
                ),
                bewaartermijn=BEWAARTERMIJN_PERSOONSGEGEVENS if persoonlijk else "",
                verwerkte_objecten=(
                    [
                        {
                            "objecttype": label.split(".")[-1],
                            "soortObjectId": PERSOONSGEGEVENS[label],
                            "objectId": object_id,
                        }
                    ]
                    if persoonlijk
                    else []
                ),
                **{**velden, "organisatie_id": organisatie_id or velden.get("organisatie_id")},
            )
        )
    Regel.objects.bulk_create(regels)
    return len(regels)


def regels_opruimen(*, batch: int = 1000, voortgang: Callable[[int], None] | None = None) -> int:
    """Delete the lines whose retention period (``bewaartermijn``) has passed; a line without one
    stays. The database's append-only trigger lets these deletes, and only these, through (see
    :mod:`samen.logboek.triggers`). Logs one line itself, with the number removed."""
    weg, vanaf = 0, 0
    while True:
        kandidaten = list(
            Regel.objects.exclude(bewaartermijn="")
            .filter(id__gt=vanaf)
            .order_by("id")
            .values_list("id", "tijdstip", "bewaartermijn")[:batch]
        )
        if not kandidaten:
            break
        vanaf = kandidaten[-1][0]
        ids = [pk for pk, tijdstip, termijn in kandidaten if _verlopen(tijdstip, termijn)]
        if ids:
            with transaction.atomic(), bewaartermijn_opruimen(), connection.cursor() as cursor:
                if connection.vendor == "postgresql":
                    cursor.execute("SET LOCAL samen.logboek_opruimen = 'aan'")
                plek = ", ".join(["%s"] * len(ids))
                cursor.execute(f"DELETE FROM logboek_regel WHERE id IN ({plek})", ids)
                weg += cursor.rowcount
        if voortgang is not None:
            voortgang(len(kandidaten))
    verwerking_vastleggen(
        actie=Regel.Actie.VERWIJDEREN,
        objecttype="logboek.regel",
        object_omschrijving=f"{weg} regels na hun bewaartermijn",
        wijzigingen={"aantal": weg},
    )
    return weg


def _verlopen(tijdstip: Any, termijn: str) -> bool:
    try:
        return verlopen(tijdstip, termijn)
    except ValueError:
        return False  # an unreadable period: the line stays
