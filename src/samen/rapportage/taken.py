"""Background tasks of the status note: a large draft's PDF or DOCX, and publishing a large note.

Enqueued by :mod:`.services` (``opdracht_*``) and worked off by ``samen db_worker`` (which
``samen serve`` starts). A web request never waits for them; the pages show their state through
:func:`samen.core.taken.taak_status`. A refusal by a service (a Dutch ``ValidationError``) ends the
task as *mislukt* with that message (:class:`samen.core.taken.TaakFout`).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import translation
from django_tasks import task

from samen.core.taken import TaakFout
from samen.logboek.context import Actor, als_actor


def _actor(opdracht: object) -> Actor:
    return Actor(
        gebruiker_id=None, gebruikersnaam=getattr(opdracht, "aangevraagd_door", ""), herkomst="taak"
    )


@task()
def maak_bestand(opdracht_id: int) -> int:
    """Render the draft of the opdracht in its format and keep the file on the opdracht."""
    from samen.rapportage import achtergrond
    from samen.rapportage.models import Opdracht

    opdracht = Opdracht.objects.select_related("rapport").get(pk=opdracht_id)
    with als_actor(_actor(opdracht)), translation.override("nl"):  # the note is Dutch
        try:
            achtergrond.opdracht_bestand_maken(opdracht=opdracht)
        except ValidationError as exc:
            raise TaakFout.uit(exc) from exc
    return len(opdracht.inhoud or b"")


@task()
def publiceer(opdracht_id: int) -> str:
    """Publish the draft of the opdracht; returns the registration number."""
    from samen.rapportage import services
    from samen.rapportage.models import Opdracht

    opdracht = Opdracht.objects.select_related("rapport").get(pk=opdracht_id)
    with als_actor(_actor(opdracht)), translation.override("nl"):  # the note is Dutch
        try:
            publicatie = services.rapport_publish(
                rapport=opdracht.rapport,
                gebruiker=None,
                publicatiedatum=opdracht.publicatiedatum,
                door=opdracht.aangevraagd_door,
            )
        except ValidationError as exc:
            raise TaakFout.uit(exc) from exc
    return publicatie.registratienummer
