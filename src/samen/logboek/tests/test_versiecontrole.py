"""Edits through forms never lose an update: a stale hidden version is refused, nothing stored."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from samen.logboek.versiecontrole import VERSIE_FOUT

pytestmark = pytest.mark.django_db


def _login(client, naam):
    client.force_login(get_user_model().objects.get(username=naam))


def test_employee_edit_refuses_a_stale_version(client, dsz_demo):
    from samen.kwaliteitskaart import services
    from samen.kwaliteitskaart.models import Medewerker

    m = Medewerker.objects.filter(organisatie__slug="dalfsen").order_by("pk").first()
    url = f"/kwaliteitskaart/medewerkers/{m.pk}/bewerken/"
    _login(client, "dalfsen-beheerder")
    form = client.get(url).context["form"]
    post = {k: ("" if v is None else v) for k, v in form.initial.items()}
    post["versie"] = form.fields["versie"].initial
    assert post["versie"]
    services.medewerker_update(medewerker=m, afdeling="Intussen gewijzigd")  # someone else
    response = client.post(url, {**post, "afdeling": "Mijn wijziging"})
    assert response.status_code == 200 and VERSIE_FOUT in response.content.decode()
    assert Medewerker.objects.get(pk=m.pk).afdeling == "Intussen gewijzigd"  # nothing stored
    verser = client.get(url).context["form"].fields["versie"].initial
    response = client.post(url, {**post, "versie": verser, "afdeling": "Mijn wijziging"})
    assert response.status_code == 302
    assert Medewerker.objects.get(pk=m.pk).afdeling == "Mijn wijziging"


def test_the_form_carries_the_version_and_a_post_without_one_is_not_checked(client, dsz_demo):
    from samen.kwaliteitskaart.models import Medewerker

    m = Medewerker.objects.filter(organisatie__slug="dalfsen").order_by("pk").first()
    url = f"/kwaliteitskaart/medewerkers/{m.pk}/bewerken/"
    _login(client, "dalfsen-beheerder")
    form = client.get(url).context["form"]
    post = {k: ("" if v is None else v) for k, v in form.initial.items()}
    assert 'type="hidden" name="versie"' in client.get(url).content.decode()
    response = client.post(url, {**post, "afdeling": "Zonder versie"})
    assert response.status_code == 302
    assert Medewerker.objects.get(pk=m.pk).afdeling == "Zonder versie"


def test_milestone_replan_refuses_when_someone_replanned_in_between(client, dsz_demo):
    from samen.terreinen import services
    from samen.terreinen.models import Mijlpaal

    mijlpaal = (
        Mijlpaal.objects.filter(werkelijke_datum__isnull=True, planningen__isnull=False)
        .select_related("terrein__samenwerkingsverband")
        .order_by("pk")
        .first()
    )
    t = mijlpaal.terrein
    url = f"/verbanden/{t.samenwerkingsverband.slug}/{t.slug}/mijlpalen/{mijlpaal.pk}/herplannen/"
    _login(client, "dalfsen-beheerder")
    response = client.get(url)
    assert response.status_code == 200, url
    versie = response.context["form"].fields["versie"].initial
    laatste = mijlpaal.planningen.order_by("vastgesteld_op", "id").last()
    vandaag = max(laatste.vastgesteld_op, dt.date(2012, 9, 1))
    services.mijlpaal_replan(
        mijlpaal=mijlpaal,
        vastgesteld_op=vandaag,
        geplande_datum=laatste.geplande_datum + dt.timedelta(days=30),
        reden="Collega",
    )
    aantal = mijlpaal.planningen.count()
    post = {
        "vastgesteld_op": vandaag.isoformat(),
        "geplande_datum": (laatste.geplande_datum + dt.timedelta(days=60)).isoformat(),
        "datumprecisie": "dag",
        "reden": "Ik",
        "versie": versie,
    }
    response = client.post(url, post)
    assert VERSIE_FOUT in response.content.decode()
    assert mijlpaal.planningen.count() == aantal
    post["versie"] = client.get(url).context["form"].fields["versie"].initial
    assert client.post(url, post).status_code == 302
    assert mijlpaal.planningen.count() == aantal + 1


def test_businesscase_service_and_yaml_editor_refuse_a_stale_version(client, dsz_demo):
    from samen.businesscase import services
    from samen.businesscase.demo import load_ict_case
    from samen.businesscase.models import Businesscase
    from samen.core.versie import versie_van
    from samen.logboek.versiecontrole import VersieConflict

    load_ict_case()
    bc = Businesscase.objects.order_by("-pk").first()
    gezien = versie_van(bc)
    services.businesscase_update(businesscase=bc, terrein=None, toelichting="collega")
    with pytest.raises(VersieConflict):
        services.businesscase_update(businesscase=bc, terrein=None, versie=gezien)
    _login(client, "dalfsen-beheerder")
    url = f"/businesscases/{bc.pk}/yaml/"
    yaml = client.get(url).context["form"].initial["yaml"]
    versies = bc.versies.count()
    response = client.post(url, {"yaml": yaml, "toelichting": "oud", "versie": gezien}, follow=True)
    assert VERSIE_FOUT in response.content.decode()
    assert bc.versies.count() == versies
    verse = client.get(url).context["versie"]
    assert (
        client.post(url, {"yaml": yaml, "toelichting": "nieuw", "versie": verse}).status_code == 302
    )
