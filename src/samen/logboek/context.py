"""Who is acting right now: bound per web request, API call, command or task.

The processing log (verwerkingenlogging) reads the actor from here, so services need no extra
parameter to record who did what. Bind with ``als_actor``; read with ``huidige_actor``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    gebruiker_id: int | None
    gebruikersnaam: str
    herkomst: str  # "web", "api", "cli", "taak" or "systeem"
    organisatie_id: int | None = None
    adres: str = ""  # the client's IP address, where there is one


_actor: ContextVar[Actor | None] = ContextVar("samen_actor", default=None)


def huidige_actor() -> Actor | None:
    return _actor.get()


@contextmanager
def als_actor(actor: Actor) -> Iterator[Actor]:
    token = _actor.set(actor)
    try:
        yield actor
    finally:
        _actor.reset(token)
