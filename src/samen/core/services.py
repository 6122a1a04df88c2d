"""Helpers for the write services of every app."""

from __future__ import annotations

from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db import models

M = TypeVar("M", bound=models.Model)


def save_validated(instance: M, *, exclude: list[str] | None = None) -> M:
    """Validate every field and constraint (Dutch messages), then save. Stores nothing on error."""
    instance.full_clean(exclude=exclude)
    instance.save()
    return instance


def fout(veld: str, bericht: str) -> ValidationError:
    return ValidationError({veld: [bericht]})
