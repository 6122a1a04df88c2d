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
_doel: ContextVar[str] = ContextVar("samen_doel", default="")
_stil: ContextVar[bool] = ContextVar("samen_logboek_stil", default=False)


def huidige_actor() -> Actor | None:
    return _actor.get()


@contextmanager
def als_actor(actor: Actor) -> Iterator[Actor]:
    token = _actor.set(actor)
    try:
        yield actor
    finally:
        _actor.reset(token)


def huidig_doel() -> str:
    """The purpose (doel) the current action gave, or ""."""
    return _doel.get()


@contextmanager
def met_doel(doel: str) -> Iterator[str]:
    """Record ``doel`` as the purpose of every processing logged inside this block."""
    token = _doel.set(doel)
    try:
        yield doel
    finally:
        _doel.reset(token)


def logging_onderdrukt() -> bool:
    return _stil.get()


@contextmanager
def als_een_handeling() -> Iterator[None]:
    """Log nothing per record inside this block: the caller logs the whole as one line.

    Only for restoring an archive (``samen import``), whose records already carry their own
    history in the restored log."""
    token = _stil.set(True)
    try:
        yield
    finally:
        _stil.reset(token)


def gebruiker_binden(gebruiker_id: int | None, gebruikersnaam: str, herkomst: str = "api") -> None:
    """Name the user of the current request once it is known after the middleware (the API's
    token authentication). Keeps the address and is undone when the middleware's block ends."""
    vorige = _actor.get()
    _actor.set(
        Actor(
            gebruiker_id=gebruiker_id,
            gebruikersnaam=gebruikersnaam,
            herkomst=herkomst,
            organisatie_id=vorige.organisatie_id if vorige else None,
            adres=vorige.adres if vorige else "",
        )
    )
