"""A user's role per organisation. Authorization itself lives in :mod:`samen.accounts.authz`."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Rol(models.Model):
    class Soort(models.TextChoices):
        BEHEERDER = "beheerder", "beheerder"
        REDACTEUR = "redacteur", "redacteur"
        LEZER = "lezer", "lezer"
        PERSONEELSFUNCTIONARIS = "personeelsfunctionaris", "personeelsfunctionaris"

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="rollen"
    )
    organisatie = models.ForeignKey(
        "organisaties.Organisatie", on_delete=models.CASCADE, related_name="rollen"
    )
    soort = models.CharField("rol", max_length=30, choices=Soort.choices)

    class Meta:
        ordering = ["gebruiker", "organisatie"]
        verbose_name = "rol"
        verbose_name_plural = "rollen"
        constraints = [
            models.UniqueConstraint(
                fields=["gebruiker", "organisatie"],
                name="rol_een_per_organisatie",
                violation_error_message="Deze gebruiker heeft al een rol bij deze organisatie.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.gebruiker} is {self.get_soort_display()} bij {self.organisatie}"
