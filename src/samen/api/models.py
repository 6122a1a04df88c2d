"""Per-user API tokens. Only a hash of the key is stored; the key is shown once at creation."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models


def sleutel_hash(sleutel: str) -> str:
    """SHA-256 of a token key: keys are 256-bit random, so a fast hash is enough at rest."""
    return hashlib.sha256(sleutel.encode()).hexdigest()


class ApiToken(models.Model):
    """A token acts for one user in one of their organisations, with the role they hold there."""

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    organisatie = models.ForeignKey(
        "organisaties.Organisatie", on_delete=models.CASCADE, related_name="api_tokens"
    )
    naam = models.CharField("naam", max_length=100, help_text="Waarvoor de sleutel dient.")
    voorvoegsel = models.CharField("voorvoegsel", max_length=12, db_index=True)
    sleutel_hash = models.CharField("hash van de sleutel", max_length=64, unique=True)
    aangemaakt_op = models.DateTimeField("aangemaakt op", auto_now_add=True)
    ingetrokken_op = models.DateTimeField("ingetrokken op", null=True, blank=True)

    class Meta:
        ordering = ["gebruiker", "naam"]
        verbose_name = "API-sleutel"
        verbose_name_plural = "API-sleutels"

    def __str__(self) -> str:
        return f"{self.naam} ({self.voorvoegsel}…) van {self.gebruiker}"
