"""The admin refuses to overwrite a record that changed after its change form was shown."""

from __future__ import annotations

import pytest
from django.urls import reverse

from samen.bestuur.models import Motie
from samen.logboek.versiecontrole import VERSIE_FOUT


def _formulier(response) -> dict:  # type: ignore[no-untyped-def]
    form = response.context["adminform"].form
    data = {}
    for naam in form.fields:
        waarde = form[naam].value()
        if waarde is not None:
            data[naam] = waarde
    return data


@pytest.mark.django_db
def test_admin_change_form_refuses_a_stale_version_and_stores_nothing(dsz_demo, admin_client):
    motie = Motie.objects.first()
    url = reverse("admin:bestuur_motie_change", args=[motie.pk])
    getoond = admin_client.get(url)
    assert getoond.status_code == 200
    versie = getoond.context["samen_versie"]
    assert f'name="_samen_versie" value="{versie}"' in getoond.content.decode()

    # Someone else changes the motion after the form was shown.
    Motie.objects.filter(pk=motie.pk).update(titel="Gewijzigd door een collega")

    data = {**_formulier(getoond), "titel": "Mijn wijziging", "_samen_versie": versie}
    geweigerd = admin_client.post(url, data)
    assert geweigerd.status_code == 200
    assert VERSIE_FOUT in geweigerd.content.decode()
    assert Motie.objects.get(pk=motie.pk).titel == "Gewijzigd door een collega"

    # With the version of the record as it is now, the same change is saved.
    opnieuw = admin_client.get(url)
    data["_samen_versie"] = opnieuw.context["samen_versie"]
    bewaard = admin_client.post(url, data)
    assert bewaard.status_code == 302
    assert Motie.objects.get(pk=motie.pk).titel == "Mijn wijziging"
