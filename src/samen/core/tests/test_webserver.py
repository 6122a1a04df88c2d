"""The shared connection counts behind the balancing Gunicorn worker (samen.core.webserver)."""

from __future__ import annotations

import gc
import sys
from types import SimpleNamespace

from samen.core import webserver
from samen.core.webserver import VRIJ, Verbindingen


def test_a_slot_is_handed_out_once_and_freed_when_its_process_ends():
    verbindingen = Verbindingen(3)
    assert verbindingen.aantallen() == [VRIJ, VRIJ, VRIJ]
    assert verbindingen.plaats_nemen(set()) == 0
    assert verbindingen.plaats_nemen({0}) == 1
    assert verbindingen.plaats_nemen({0, 1}) == 2
    assert verbindingen.plaats_nemen({0, 1, 2}) is None  # full: that process is not balanced
    assert verbindingen.aantallen() == [0, 0, 0]
    verbindingen.vrijgeven(1)
    assert verbindingen.aantallen() == [0, VRIJ, 0]
    verbindingen.vrijgeven(None)  # a process without a slot: nothing to free
    assert verbindingen.aantallen() == [0, VRIJ, 0]


def test_the_fewest_of_the_others_leaves_out_the_process_itself_and_free_slots():
    verbindingen = Verbindingen(4)
    for plaats, aantal in enumerate([5, 3, VRIJ, 7]):
        verbindingen.zet(plaats, aantal)
    assert verbindingen.minste_andere(0) == 3
    assert verbindingen.minste_andere(1) == 5
    assert verbindingen.minste_andere(3) == 3
    alleen = Verbindingen(2)
    alleen.zet(0, 4)
    assert alleen.minste_andere(0) is None  # the only serving process is never held back


def test_the_hooks_give_each_new_process_a_free_slot_and_free_it_on_exit(monkeypatch):
    verbindingen = Verbindingen(4)
    monkeypatch.setattr(webserver.GelijkVerdeeldeWorker, "verbindingen", verbindingen)
    arbiter = SimpleNamespace(WORKERS={})
    eerste, tweede, derde = SimpleNamespace(), SimpleNamespace(), SimpleNamespace()
    for pid, worker in [(11, eerste), (12, tweede)]:
        webserver.voor_fork(arbiter, worker)
        arbiter.WORKERS[pid] = worker
    assert (eerste.plaats, tweede.plaats) == (0, 1)
    verbindingen.zet(0, 9)
    del arbiter.WORKERS[11]  # Gunicorn reaps the first process, then calls child_exit
    webserver.na_afloop(arbiter, eerste)
    assert verbindingen.aantallen()[0] == VRIJ
    webserver.voor_fork(arbiter, derde)  # its replacement takes the freed slot, from zero
    assert derde.plaats == 0 and verbindingen.aantallen()[0] == 0


def test_a_new_process_freezes_what_it_loaded_out_of_the_collectors_sight():
    gc.unfreeze()
    try:
        webserver.na_start(SimpleNamespace())
        bevroren = gc.get_freeze_count()
        assert bevroren > 10_000  # Django, Samen and the URL configuration
        assert "samen.api.urls" in sys.modules
        # a full collection no longer walks them
        assert len(gc.get_objects(generation=2)) < bevroren
    finally:
        gc.unfreeze()
