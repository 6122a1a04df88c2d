"""Business cases of an alliance, attached to a domain and to the decision taken on them.

The inputs of a case (partners, allocation keys, scenarios and their cost lines) are one
document in the documented case format (docs/businesscase.md), kept in ``inhoud`` and checked
by the engine (:mod:`samen.businesscase.engine`) on every save. Nothing is overwritten: every
save also stores a :class:`Businesscaseversie`, so earlier inputs can be read back.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from samen.core.models import Geregistreerd


class Businesscase(Geregistreerd):
    samenwerkingsverband = models.ForeignKey(
        "organisaties.Samenwerkingsverband",
        on_delete=models.PROTECT,
        related_name="businesscases",
        verbose_name=_("samenwerkingsverband"),
    )
    naam = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("korte naam"))
    terrein = models.ForeignKey(
        "terreinen.Samenwerkingsterrein",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="businesscases",
        verbose_name=_("samenwerkingsterrein"),
    )
    besluit = models.ForeignKey(
        "bestuur.Besluit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="businesscases",
        verbose_name=_("besluit"),
        help_text=_("Het besluit dat op deze businesscase is genomen."),
    )
    inhoud = models.JSONField(_("inhoud"), help_text=_("De invoer in het businesscaseformaat."))
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["samenwerkingsverband", "naam"]
        verbose_name = _("businesscase")
        verbose_name_plural = _("businesscases")
        constraints = [
            models.UniqueConstraint(
                fields=["samenwerkingsverband", "slug"],
                name="businesscase_slug_uniek_per_verband",
                violation_error_message=_(
                    "Dit samenwerkingsverband heeft al een businesscase met deze korte naam."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.naam


class Businesscaseversie(models.Model):
    """The inputs of a case as saved at one moment, with who saved them and why."""

    businesscase = models.ForeignKey(Businesscase, on_delete=models.CASCADE, related_name="versies")
    inhoud = models.JSONField(_("inhoud"))
    opgeslagen_op = models.DateTimeField(_("opgeslagen op"), auto_now_add=True)
    opgeslagen_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("opgeslagen door"),
    )
    toelichting = models.CharField(_("toelichting"), max_length=300, blank=True)

    class Meta:
        ordering = ["businesscase", "-opgeslagen_op", "-id"]
        verbose_name = _("versie van een businesscase")
        verbose_name_plural = _("versies van businesscases")

    def __str__(self) -> str:
        return f"{self.businesscase} ({self.opgeslagen_op:%Y-%m-%d %H:%M})"
