"""Gunicorn's threaded worker, with new connections going to the process that has the fewest.

Gunicorn leaves it to the kernel which process accepts a connection. With keep-alive each
client stays with the process that accepted it, and the kernel's choice is uneven: with one
shared socket the process that wakes first takes most (15 of 20 clients in the API bench); with
a socket per process (``SO_REUSEPORT``) a hash decides, and 13 of 20 on one process is common.
The clients of the fuller process wait longer for every request, for as long as they stay.

:class:`GelijkVerdeeldeWorker` balances on the number of open connections, as a proxy's "least
connections" does. The processes share one listening socket and one small array in shared
memory (:class:`Verbindingen`) in which each process keeps its number of open connections. A
process listens for new connections only while it has no more than the fewest of the others;
the process with the fewest always listens. A process that is not listening looks again at
least every :data:`HERZIEN` seconds, so a connection never waits on a stale view of the others.
Slots are handed out by the arbiter before a fork and freed when the process exits or starts
to stop, so a stopped or stopping process never holds the others back.
"""

from __future__ import annotations

import gc
import multiprocessing
from typing import Any

from gunicorn.workers.gthread import ThreadWorker

#: Slot value of a process that is not (or no longer) serving.
VRIJ = -1

#: Seconds a process that leaves new connections to the others waits at most before it
#: looks again (Gunicorn's own loop looks once a second).
HERZIEN = 0.02


class Verbindingen:
    """Open connections per server process, in memory the arbiter shares with its forks."""

    def __init__(self, plaatsen: int) -> None:
        self._aantallen: Any = multiprocessing.RawArray("i", [VRIJ] * plaatsen)

    def plaats_nemen(self, bezet: set[int | None]) -> int | None:
        """A free slot for a new process (in the arbiter, before the fork); None when all are
        taken: that process then serves without balancing."""
        for plaats in range(len(self._aantallen)):
            if plaats not in bezet:
                self._aantallen[plaats] = 0
                return plaats
        return None

    def vrijgeven(self, plaats: int | None) -> None:
        if plaats is not None:
            self._aantallen[plaats] = VRIJ

    def zet(self, plaats: int | None, aantal: int) -> None:
        if plaats is not None:
            self._aantallen[plaats] = aantal

    def aantallen(self) -> list[int]:
        return list(self._aantallen)

    def minste_andere(self, plaats: int) -> int | None:
        """The fewest open connections of the other serving processes (None: there are none)."""
        andere = [n for i, n in enumerate(self._aantallen) if i != plaats and n != VRIJ]
        return min(andere) if andere else None


class GelijkVerdeeldeWorker(ThreadWorker):  # type: ignore[misc]
    """A gthread worker that takes new connections only while it has no more than the others."""

    #: Set on the class in the arbiter before the workers are forked.
    verbindingen: Verbindingen | None = None
    #: Set on each worker by :func:`voor_fork`.
    plaats: int | None = None

    @property
    def worker_connections(self) -> int:
        """Gunicorn's run loop accepts while ``nr_conns`` is below this."""
        grens: int = self._grens
        if self.verbindingen is None or self.plaats is None:
            return grens
        minste = self.verbindingen.minste_andere(self.plaats)
        return grens if minste is None else min(grens, minste + 1)

    @worker_connections.setter
    def worker_connections(self, waarde: int) -> None:  # Gunicorn's own setting
        self._grens = waarde

    def _meld(self) -> None:
        if self.verbindingen is not None:
            self.verbindingen.zet(self.plaats, self.nr_conns if self.alive else VRIJ)

    def notify(self) -> None:  # at the top of every round of Gunicorn's loop
        super().notify()
        self._meld()

    def accept(self, listener: Any) -> None:
        super().accept(listener)
        self._meld()

    def handle_exit(self, sig: int, frame: Any) -> None:
        super().handle_exit(sig, frame)
        self._meld()  # a stopping process holds no one back

    def wait_for_and_dispatch_events(self, timeout: float) -> None:
        if self.alive and not self._accepting:
            timeout = min(timeout, HERZIEN)
        super().wait_for_and_dispatch_events(timeout)


def voor_fork(server: Any, worker: Any) -> None:
    """Gunicorn's ``pre_fork`` hook (in the arbiter): give the new process a slot."""
    verbindingen = GelijkVerdeeldeWorker.verbindingen
    if verbindingen is not None:
        bezet = {getattr(w, "plaats", None) for w in server.WORKERS.values()}
        worker.plaats = verbindingen.plaats_nemen(bezet)


def na_afloop(server: Any, worker: Any) -> None:
    """Gunicorn's ``child_exit`` hook (in the arbiter): free the slot of a process that ended."""
    if GelijkVerdeeldeWorker.verbindingen is not None:
        GelijkVerdeeldeWorker.verbindingen.vrijgeven(getattr(worker, "plaats", None))


def na_start(worker: Any) -> None:
    """Gunicorn's ``post_worker_init`` hook (in the new process, its application loaded): load
    the URL configuration too, then move everything loaded so far out of the garbage
    collector's sight (``gc.freeze``). A full collection then checks what requests leave
    behind, not the 150,000 objects of Django and Samen: 4 ms instead of 64 ms, a pause every
    request in the process would otherwise wait for."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports every app's URLs and views, now
    gc.collect()
    gc.freeze()


def bij_stop(server: Any, worker: Any) -> None:
    """Gunicorn's ``worker_exit`` hook (in the stopping process): thaw what :func:`na_start`
    froze, so that Python frees it on exit as usual (DuckDB's bindings otherwise report every
    object of theirs still alive as a leak)."""
    gc.unfreeze()
