"""Background task: validate an uploaded file (django-tasks, worked off by ``samen db_worker``)."""

from __future__ import annotations

from django_tasks import task

from samen.logboek.context import Actor, als_actor


@task()
def valideer_upload(run_id: int) -> str:
    from samen.gegevensbeheer.models import Validatierun
    from samen.gegevensbeheer.services import validatierun_uitvoeren

    run = Validatierun.objects.select_related("ingediend_door").get(pk=run_id)
    door = run.ingediend_door
    actor = Actor(
        gebruiker_id=door.pk if door else None,
        gebruikersnaam=door.get_username() if door else "",
        herkomst="taak",
        organisatie_id=run.organisatie_id,
    )
    with als_actor(actor):
        run = validatierun_uitvoeren(run_id=run_id)
    return str(run.status)
