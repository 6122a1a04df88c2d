"""A user's role per organisation. Authorization itself lives in :mod:`samen.accounts.authz`."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Rol(models.Model):
    class Soort(models.TextChoices):
        BEHEERDER = "beheerder", _("beheerder")
        REDACTEUR = "redacteur", _("redacteur")
        LEZER = "lezer", _("lezer")
        PERSONEELSFUNCTIONARIS = "personeelsfunctionaris", _("personeelsfunctionaris")

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="rollen"
    )
    organisatie = models.ForeignKey(
        "organisaties.Organisatie", on_delete=models.CASCADE, related_name="rollen"
    )
    soort = models.CharField(_("rol"), max_length=30, choices=Soort.choices)

    class Meta:
        ordering = ["gebruiker", "organisatie"]
        verbose_name = _("rol")
        verbose_name_plural = _("rollen")
        constraints = [
            models.UniqueConstraint(
                fields=["gebruiker", "organisatie"],
                name="rol_een_per_organisatie",
                violation_error_message=_("Deze gebruiker heeft al een rol bij deze organisatie."),
            )
        ]

    def __str__(self) -> str:
        # The value, not the (translated) label: this text is stored in the processing log.
        return f"{self.gebruiker} is {self.soort} bij {self.organisatie}"
