"""The processing log (verwerkingenlogging): one append-only table, :class:`Regel`.

Every line carries the six fields the BIO asks of a log line (actie, object, resultaat, herkomst,
actor, tijdstip). Lines about personal data also carry the fields of the VNG standard
Verwerkingenlogging (actieId, vertrouwelijkheid, tijdstip, tijdstipRegistratie, the processed
objects with objecttype, soortObjectId and objectId, and bewaartermijn). Append-only on three
levels: the model refuses save-on-existing and delete, its QuerySet refuses update and delete, and
database triggers (migration 0002) refuse UPDATE and DELETE for any client. See
docs/verwerkingenlogging.md.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

WIJZIGEN_VERBODEN = "Het logboek is alleen-toevoegen: een regel kan niet worden gewijzigd."
WISSEN_VERBODEN = "Het logboek is alleen-toevoegen: een regel kan niet worden gewist."


class AlleenToevoegenError(PermissionError):
    """An attempt to change or remove a line of the processing log."""


class RegelQuerySet(models.QuerySet["Regel"]):
    def update(self, **kwargs: Any) -> int:
        raise AlleenToevoegenError(WIJZIGEN_VERBODEN)

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AlleenToevoegenError(WISSEN_VERBODEN)

    def bulk_update(self, *args: Any, **kwargs: Any) -> int:
        raise AlleenToevoegenError(WIJZIGEN_VERBODEN)

    def update_or_create(self, *args: Any, **kwargs: Any) -> Any:
        raise AlleenToevoegenError(WIJZIGEN_VERBODEN)


class Regel(models.Model):
    """One processing: who did what to which record, when, from where, with what result."""

    class Actie(models.TextChoices):
        AANMAKEN = "aanmaken", _("aanmaken")
        WIJZIGEN = "wijzigen", _("wijzigen")
        VERWIJDEREN = "verwijderen", _("verwijderen")
        INZIEN = "inzien", _("inzien")
        EXPORTEREN = "exporteren", _("exporteren")
        IMPORTEREN = "importeren", _("importeren")

    class Resultaat(models.TextChoices):
        GELUKT = "gelukt", _("gelukt")
        GEWEIGERD = "geweigerd", _("geweigerd")
        MISLUKT = "mislukt", _("mislukt")

    class Herkomst(models.TextChoices):
        WEB = "web", _("web")
        API = "api", _("API")
        CLI = "cli", _("opdrachtregel")
        TAAK = "taak", _("achtergrondtaak")
        SYSTEEM = "systeem", _("systeem")

    class Vertrouwelijkheid(models.TextChoices):
        NORMAAL = "normaal", _("normaal")
        VERTROUWELIJK = "vertrouwelijk", _("vertrouwelijk")
        OPGEHEVEN = "opgeheven", _("opgeheven")

    # BIO: tijdstip, actie, object, resultaat, herkomst, actor
    tijdstip = models.DateTimeField(_("tijdstip"), default=timezone.now, db_index=True)
    tijdstip_registratie = models.DateTimeField(_("tijdstip registratie"), default=timezone.now)
    actie = models.CharField(_("actie"), max_length=12, choices=Actie.choices, db_index=True)
    objecttype = models.CharField(_("objecttype"), max_length=80, db_index=True)
    object_id = models.CharField(_("object-id"), max_length=64, blank=True)
    object_omschrijving = models.CharField(_("object"), max_length=200, blank=True)
    resultaat = models.CharField(
        _("resultaat"), max_length=10, choices=Resultaat.choices, default=Resultaat.GELUKT
    )
    herkomst = models.CharField(_("herkomst"), max_length=8, choices=Herkomst.choices)
    # The actor as plain values, no foreign keys: a line outlives the user and the organisation.
    gebruiker_id = models.IntegerField(_("gebruiker-id"), null=True, blank=True)
    gebruikersnaam = models.CharField(_("actor"), max_length=150, blank=True)
    organisatie_id = models.IntegerField(_("organisatie-id"), null=True, blank=True, db_index=True)
    adres = models.CharField(_("adres"), max_length=45, blank=True)
    doel = models.CharField(_("doel"), max_length=300, blank=True)
    omschrijving = models.CharField(_("omschrijving"), max_length=300, blank=True)
    #: For changes: {field: [old, new]}; for link changes {field: {"+": [...], "-": [...]}}.
    wijzigingen = models.JSONField(_("wijzigingen"), default=dict, blank=True)
    # VNG Verwerkingenlogging (for processing of personal data)
    persoonsgegevens = models.BooleanField(_("persoonsgegevens"), default=False, db_index=True)
    actie_id = models.UUIDField(_("actieId"), default=uuid.uuid4, db_index=True)
    vertrouwelijkheid = models.CharField(
        _("vertrouwelijkheid"),
        max_length=14,
        choices=Vertrouwelijkheid.choices,
        default=Vertrouwelijkheid.NORMAAL,
    )
    bewaartermijn = models.CharField(
        _("bewaartermijn"), max_length=20, blank=True, help_text=_("ISO 8601-duur, bijv. P2Y")
    )
    #: [{"objecttype": ..., "soortObjectId": ..., "objectId": ...}, ...]
    verwerkte_objecten = models.JSONField(_("verwerkte objecten"), default=list, blank=True)

    objects = RegelQuerySet.as_manager()

    class Meta:
        ordering = ["-tijdstip", "-id"]
        verbose_name = _("logregel")
        verbose_name_plural = _("logboek")

    def __str__(self) -> str:
        return (
            f"{self.tijdstip:%Y-%m-%d %H:%M:%S} {self.gebruikersnaam or self.herkomst} "
            f"{self.actie} {self.objecttype} {self.object_id} ({self.resultaat})"
        )

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding or kwargs.get("force_update") or kwargs.get("update_fields"):
            raise AlleenToevoegenError(WIJZIGEN_VERBODEN)
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AlleenToevoegenError(WISSEN_VERBODEN)

    def wijzigingen_lijst(self) -> list[tuple[str, str]]:
        """The changes as (field, readable text) for the log page."""

        def tekst(v: Any) -> str:
            return gettext("(leeg)") if v in (None, "") else str(v)

        lijst = []
        for veld, w in (self.wijzigingen or {}).items():
            if isinstance(w, list) and len(w) == 2:
                lijst.append((veld, f"{tekst(w[0])} → {tekst(w[1])}"))
            elif isinstance(w, dict):
                lijst.append((veld, "; ".join(f"{k}: {tekst(v)}" for k, v in w.items())))
            else:
                lijst.append((veld, tekst(w)))
        return lijst

    def vng(self) -> dict[str, Any]:
        """This line in the shape of the VNG Verwerkingenlogging API (a 'verwerkingsactie')."""
        return {
            "actieId": str(self.actie_id),
            "actienaam": self.actie,
            "handelingsnaam": self.omschrijving,
            "verwerkingsnaam": self.doel,
            "vertrouwelijkheid": self.vertrouwelijkheid,
            "bewaartermijn": self.bewaartermijn,
            "uitvoerder": self.gebruikersnaam,
            "tijdstip": self.tijdstip.isoformat(),
            "tijdstipRegistratie": self.tijdstip_registratie.isoformat(),
            "verwerkteObjecten": list(self.verwerkte_objecten),
        }
