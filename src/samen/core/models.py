"""Building blocks shared by the domain apps: registration timestamps and validity periods."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from samen.core.dates import DatumPrecisie


class Geregistreerd(models.Model):
    """When a record was entered and last changed in Samen (registration time, not validity)."""

    geregistreerd_op = models.DateTimeField(_("geregistreerd op"), auto_now_add=True)
    gewijzigd_op = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        abstract = True


PRECISIE_CHOICES = [(p.value, p.label) for p in DatumPrecisie]


class TijdvakQuerySet(models.QuerySet):
    """Records valid on a peildatum: ``begindatum <= peildatum < einddatum`` (einddatum open)."""

    def op(self, peildatum: dt.date) -> TijdvakQuerySet:
        return self.filter(begindatum__lte=peildatum).filter(
            Q(einddatum__isnull=True) | Q(einddatum__gt=peildatum)
        )

    def overlappend(self, begindatum: dt.date, einddatum: dt.date | None) -> TijdvakQuerySet:
        qs = self.filter(Q(einddatum__isnull=True) | Q(einddatum__gt=begindatum))
        if einddatum is not None:
            qs = qs.filter(begindatum__lt=einddatum)
        return qs


class Tijdvak(models.Model):
    """A validity period. As in StUF, ``einddatum`` is the first day it no longer holds."""

    begindatum = models.DateField(_("begindatum"))
    einddatum = models.DateField(
        _("einddatum"),
        null=True,
        blank=True,
        help_text=_("De eerste dag waarop dit niet meer geldt."),
    )

    objects = TijdvakQuerySet.as_manager()

    class Meta:
        abstract = True

    def geldig_op(self, peildatum: dt.date) -> bool:
        return self.begindatum <= peildatum and (
            self.einddatum is None or peildatum < self.einddatum
        )
