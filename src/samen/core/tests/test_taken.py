"""The state of a background task as pages show it (samen.core.taken), with the real worker."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.test import RequestFactory
from django_tasks import task

from samen.core.taken import ALGEMENE_FOUT, TaakFout, foutmelding, taak_status

pytestmark = pytest.mark.django_db


@task()
def optellen(a: int, b: int) -> int:
    return a + b


@task()
def weigeren(bericht: str) -> None:
    raise TaakFout.uit(ValidationError(bericht))


@task()
def crashen() -> None:
    raise RuntimeError("geheim detail uit de stacktrace")


def test_the_states_in_dutch_from_queue_to_done(run_tasks):
    result = optellen.enqueue(2, 3)
    wacht = taak_status(result.id)
    assert (wacht.status, wacht.label, wacht.wacht, wacht.afgelopen) == (
        "READY",
        "in de wachtrij",
        True,
        False,
    )
    run_tasks()
    klaar = taak_status(result.id)
    assert (klaar.label, klaar.gelukt, klaar.afgelopen, klaar.fout) == ("klaar", True, True, "")
    assert klaar.klaar_op is not None and klaar.gestart_op is not None
    assert optellen.get_result(result.id).return_value == 5


def test_a_refusal_shows_its_own_dutch_message_and_a_crash_a_generic_one(run_tasks):
    bericht = "De peildatum ligt na vandaag:\nkies een eerdere datum."
    geweigerd = weigeren.enqueue(bericht)
    gecrasht = crashen.enqueue()
    run_tasks()
    g = taak_status(geweigerd.id)
    assert (g.status, g.label, g.mislukt) == ("FAILED", "mislukt", True)
    assert g.fout == bericht
    c = taak_status(gecrasht.id)
    assert c.mislukt and c.fout == ALGEMENE_FOUT and "geheim" not in c.fout


def test_an_unknown_or_malformed_id_is_reported_not_raised():
    for taak_id in ("00000000-0000-0000-0000-000000000000", "geen-uuid", ""):
        status = taak_status(taak_id)
        assert (
            status.status == "ONBEKEND" and status.mislukt and "niet (meer) bekend" in status.fout
        )


def test_foutmelding_only_trusts_taakfout():
    tb = "Traceback...\nValueError: samen.core.taken.TaakFout: nep"
    assert foutmelding("builtins.ValueError", tb) == ALGEMENE_FOUT
    assert (
        foutmelding("samen.core.taken.TaakFout", "x\nsamen.core.taken.TaakFout: echt\n") == "echt"
    )


def test_the_partial_offers_refresh_while_waiting_and_the_link_when_done(run_tasks):
    request = RequestFactory().get("/iets/?a=1")
    result = optellen.enqueue(1, 1)
    context = {"request": request, "status_url": "/status/", "klaar_url": "/bestand/"}
    html = render_to_string("samen/taak_status.html", {**context, "taak": taak_status(result.id)})
    assert 'data-taak-afgelopen="false"' in html and 'href="/iets/?a=1"' in html
    assert "in de wachtrij" in html and "/bestand/" not in html and "samen/taak.js" in html
    run_tasks()
    html = render_to_string("samen/taak_status.html", {**context, "taak": taak_status(result.id)})
    assert 'data-taak-afgelopen="true"' in html and 'href="/bestand/"' in html
    assert "Vernieuwen" not in html
