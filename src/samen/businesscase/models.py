"""Business cases of an alliance, attached to a domain and to the decision taken on them.

The inputs of a case (partners, allocation keys, scenarios and their cost lines) are one
document in the documented case format (docs/businesscase.md), kept in ``inhoud`` and checked
by the engine (:mod:`samen.businesscase.engine`) on every save. Nothing is overwritten: every
save also stores a :class:`Businesscaseversie`, so earlier inputs can be read back.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from samen.core.models import Geregistreerd


class Businesscase(Geregistreerd):
    samenwerkingsverband = models.ForeignKey(
        "organisaties.Samenwerkingsverband",
        on_delete=models.PROTECT,
        related_name="businesscases",
        verbose_name="samenwerkingsverband",
    )
    naam = models.CharField("naam", max_length=200)
    slug = models.SlugField("korte naam")
    terrein = models.ForeignKey(
        "terreinen.Samenwerkingsterrein",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="businesscases",
        verbose_name="samenwerkingsterrein",
    )
    besluit = models.ForeignKey(
        "bestuur.Besluit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="businesscases",
        verbose_name="besluit",
        help_text="Het besluit dat op deze businesscase is genomen.",
    )
    inhoud = models.JSONField("inhoud", help_text="De invoer in het businesscaseformaat.")
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["samenwerkingsverband", "naam"]
        verbose_name = "businesscase"
        verbose_name_plural = "businesscases"
        constraints = [
            models.UniqueConstraint(
                fields=["samenwerkingsverband", "slug"],
                name="businesscase_slug_uniek_per_verband",
                violation_error_message="Dit samenwerkingsverband heeft al een businesscase met deze korte naam.",
            )
        ]

    def __str__(self) -> str:
        return self.naam


class Businesscaseversie(models.Model):
    """The inputs of a case as saved at one moment, with who saved them and why."""

    businesscase = models.ForeignKey(Businesscase, on_delete=models.CASCADE, related_name="versies")
    inhoud = models.JSONField("inhoud")
    opgeslagen_op = models.DateTimeField("opgeslagen op", auto_now_add=True)
    opgeslagen_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="opgeslagen door",
    )
    toelichting = models.CharField("toelichting", max_length=300, blank=True)

    class Meta:
        ordering = ["businesscase", "-opgeslagen_op", "-id"]
        verbose_name = "versie van een businesscase"
        verbose_name_plural = "versies van businesscases"

    def __str__(self) -> str:
        return f"{self.businesscase} ({self.opgeslagen_op:%Y-%m-%d %H:%M})"
