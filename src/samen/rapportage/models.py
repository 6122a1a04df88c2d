"""Reports: a draft (``Rapport``) with its editable sections, and the frozen publication.

A draft belongs to one organisation and covers the period (``vanaf``, ``peildatum``]. Its sections
hold the text the editor approved; the cover's facts are fields. Publishing renders every format
once and stores the files with their SHA-256 hash under a registration number
(``SAMEN-DALFSEN-2012-0001``). A published note never changes: :meth:`save` and :meth:`delete`
refuse it here, the querysets refuse bulk updates and deletes, the services check it first and
the admin shows it read-only.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from samen.core.models import Geregistreerd
from samen.rapportage.samenstellen import STANDAARD_ONDERWERP

BEVROREN = "Een gepubliceerde notitie verandert niet meer: zij is bevroren en gearchiveerd."


class BevrorenFout(ValidationError):
    """A change to a published report (or its files) was attempted."""

    def __init__(self, bericht: str = BEVROREN) -> None:
        super().__init__(bericht, code="bevroren")


class RapportQuerySet(models.QuerySet):
    def gepubliceerd(self) -> RapportQuerySet:
        return self.filter(status=Rapport.Status.GEPUBLICEERD)

    def concepten(self) -> RapportQuerySet:
        return self.filter(status=Rapport.Status.CONCEPT)

    def update(self, **kwargs: Any) -> int:
        if self.gepubliceerd().exists():
            raise BevrorenFout()
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        if self.gepubliceerd().exists():
            raise BevrorenFout()
        return super().delete()


class Rapport(Geregistreerd):
    """A status note or newsletter of one organisation: a draft until it is published."""

    class Soort(models.TextChoices):
        STAND_VAN_ZAKEN = "stand_van_zaken", _("stand van zaken")
        NIEUWSBRIEF = "nieuwsbrief", _("nieuwsbrief")

    class Status(models.TextChoices):
        CONCEPT = "concept", _("concept")
        GEPUBLICEERD = "gepubliceerd", _("gepubliceerd")

    organisatie = models.ForeignKey(
        "organisaties.Organisatie", on_delete=models.PROTECT, related_name="rapporten"
    )
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    peildatum = models.DateField(_("peildatum"))
    vanaf = models.DateField(
        "vanaf",
        null=True,
        blank=True,
        help_text=_("De periode loopt van na deze datum tot en met de peildatum."),
    )
    onderwerp = models.CharField(_("onderwerp"), max_length=300, default=STANDAARD_ONDERWERP)
    datum = models.DateField(_("datum op het voorblad"), null=True, blank=True)
    agendapunt = models.CharField(_("agendapunt"), max_length=40, blank=True)
    documentnummer = models.CharField(
        "documentnummer",
        max_length=60,
        blank=True,
        help_text=_("Het nummer in het documentmanagementsysteem, zoals een Decosnummer."),
    )
    portefeuillehouder = models.ForeignKey(
        "organisaties.Persoon",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("portefeuillehouder"),
    )
    informanten = models.ManyToManyField(
        "organisaties.Persoon", blank=True, related_name="+", verbose_name=_("informanten")
    )
    burgemeester = models.ForeignKey(
        "organisaties.Persoon",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("burgemeester (ondertekening)"),
    )
    secretaris = models.ForeignKey(
        "organisaties.Persoon",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("secretaris (ondertekening)"),
    )
    status = models.CharField(
        "status", max_length=20, choices=Status.choices, default=Status.CONCEPT
    )
    aangemaakt_door = models.CharField(_("aangemaakt door"), max_length=150, blank=True)
    gegenereerd_op = models.DateTimeField(_("tekst gegenereerd op"), null=True, blank=True)

    objects = RapportQuerySet.as_manager()

    class Meta:
        ordering = ["organisatie", "-peildatum", "-id"]
        verbose_name = _("rapport")
        verbose_name_plural = _("rapporten")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(vanaf__isnull=True) | models.Q(vanaf__lt=models.F("peildatum")),
                name="rapport_vanaf_voor_peildatum",
                violation_error_message=_("De begindatum (vanaf) moet vóór de peildatum liggen."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {self.organisatie} op {self.peildatum}"

    @property
    def is_gepubliceerd(self) -> bool:
        return self.status == self.Status.GEPUBLICEERD

    def _opgeslagen_gepubliceerd(self) -> bool:
        if self.pk is None:
            return False
        return Rapport.objects.filter(pk=self.pk, status=self.Status.GEPUBLICEERD).exists()

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self._opgeslagen_gepubliceerd():
            raise BevrorenFout()
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        if self.is_gepubliceerd or self._opgeslagen_gepubliceerd():
            raise BevrorenFout()
        return super().delete(*args, **kwargs)


@receiver(m2m_changed, sender=Rapport.informanten.through)
def _informanten_bevroren(sender: Any, instance: Any, action: str, **kwargs: Any) -> None:
    bewerkt = action.startswith("pre_") and isinstance(instance, Rapport)
    if bewerkt and instance._opgeslagen_gepubliceerd():
        raise BevrorenFout()


class SectieQuerySet(models.QuerySet):
    def _bevroren(self) -> bool:
        return self.filter(rapport__status=Rapport.Status.GEPUBLICEERD).exists()

    def update(self, **kwargs: Any) -> int:
        if self._bevroren():
            raise BevrorenFout()
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        if self._bevroren():
            raise BevrorenFout()
        return super().delete()


class Sectie(models.Model):
    """One section of a draft: the text as generated and as the editor left it."""

    rapport = models.ForeignKey(Rapport, on_delete=models.CASCADE, related_name="secties")
    deel = models.CharField(_("deel"), max_length=20)  # voorblad, notitie, nieuwsbrief
    sleutel = models.CharField(_("sleutel"), max_length=40)
    titel = models.CharField(_("titel"), max_length=200)
    tekst = models.TextField(_("tekst"), blank=True)
    gegenereerd = models.TextField(_("gegenereerde tekst"), blank=True)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    objects = SectieQuerySet.as_manager()

    class Meta:
        ordering = ["rapport", "volgorde"]
        verbose_name = _("sectie")
        verbose_name_plural = _("secties")
        constraints = [
            models.UniqueConstraint(fields=["rapport", "sleutel"], name="sectie_uniek_per_rapport")
        ]

    def __str__(self) -> str:
        return self.titel

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self._bevroren():
            raise BevrorenFout()
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        if self._bevroren():
            raise BevrorenFout()
        return super().delete(*args, **kwargs)

    @property
    def bewerkt(self) -> bool:
        """Whether the editor changed the generated text."""
        return self.tekst.strip() != self.gegenereerd.strip()

    def _bevroren(self) -> bool:
        return Rapport.objects.filter(
            pk=self.rapport_id, status=Rapport.Status.GEPUBLICEERD
        ).exists()


class AlleenToevoegenQuerySet(models.QuerySet):
    """Rows that may be added, never changed or removed, not even in bulk."""

    def update(self, **kwargs: Any) -> int:
        raise BevrorenFout()

    def delete(self) -> tuple[int, dict[str, int]]:
        raise BevrorenFout()


class AlleenToevoegen(models.Model):
    objects = AlleenToevoegenQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise BevrorenFout()
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise BevrorenFout()


class Publicatie(AlleenToevoegen):
    """A published report: registration number, publication date and its frozen files."""

    rapport = models.OneToOneField(Rapport, on_delete=models.PROTECT, related_name="publicatie")
    organisatie = models.ForeignKey(
        "organisaties.Organisatie", on_delete=models.PROTECT, related_name="publicaties"
    )
    soort = models.CharField(_("soort"), max_length=20, choices=Rapport.Soort.choices)
    titel = models.CharField(_("titel"), max_length=300)
    peildatum = models.DateField(_("peildatum"))
    vanaf = models.DateField(_("vanaf"), null=True, blank=True)
    jaar = models.PositiveSmallIntegerField(_("jaar"))
    volgnummer = models.PositiveIntegerField(_("volgnummer"))
    registratienummer = models.CharField(_("registratienummer"), max_length=80, unique=True)
    publicatiedatum = models.DateField(_("publicatiedatum"))
    gepubliceerd_op = models.DateTimeField(_("gepubliceerd op"))
    gepubliceerd_door = models.CharField(_("gepubliceerd door"), max_length=150, blank=True)

    class Meta:
        ordering = ["organisatie", "-peildatum", "-volgnummer"]
        verbose_name = _("publicatie")
        verbose_name_plural = _("publicaties")
        constraints = [
            models.UniqueConstraint(
                fields=["organisatie", "jaar", "volgnummer"],
                name="publicatie_volgnummer_uniek_per_organisatie_en_jaar",
                violation_error_message=_("Dit volgnummer is dit jaar al gebruikt."),
            )
        ]

    def __str__(self) -> str:
        return self.registratienummer


class Publicatiebestand(AlleenToevoegen):
    """One rendered file of a publication, with the SHA-256 hash of its bytes."""

    publicatie = models.ForeignKey(Publicatie, on_delete=models.PROTECT, related_name="bestanden")
    deel = models.CharField(
        "deel",
        max_length=10,
        default="notitie",
        help_text=_("notitie, of bijlage: de volledige ontwikkelingen bij een beknopte notitie"),
    )
    formaat = models.CharField(_("formaat"), max_length=10)
    bestandsnaam = models.CharField(_("bestandsnaam"), max_length=200)
    inhoud = models.BinaryField(_("inhoud"))
    sha256 = models.CharField("SHA-256", max_length=64)
    grootte = models.PositiveIntegerField(_("grootte in bytes"))

    class Meta:
        ordering = ["publicatie", "-deel", "formaat"]
        verbose_name = _("bestand van een publicatie")
        verbose_name_plural = _("bestanden van publicaties")
        constraints = [
            models.UniqueConstraint(
                fields=["publicatie", "deel", "formaat"],
                name="publicatiebestand_uniek_per_deel_en_formaat",
            )
        ]

    def __str__(self) -> str:
        return self.bestandsnaam


class Opdracht(models.Model):
    """Background work on a draft: one file (PDF, DOCX) made, or the note published.

    The task itself lives in the django-tasks store (``taak_id``); this row says what was asked,
    for which version of the draft, by whom, and holds the file once it is made. A file made for
    an older version of the draft (edited since) is not offered any more.
    """

    class Soort(models.TextChoices):
        BESTAND = "bestand", _("bestand maken")
        PUBLICEREN = "publiceren", _("publiceren")

    rapport = models.ForeignKey(Rapport, on_delete=models.CASCADE, related_name="opdrachten")
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    deel = models.CharField(_("deel"), max_length=10, default="notitie")  # notitie or bijlage
    formaat = models.CharField(_("formaat"), max_length=10, blank=True)
    publicatiedatum = models.DateField(_("publicatiedatum"), null=True, blank=True)
    versie = models.CharField(_("versie van het concept"), max_length=40)
    taak_id = models.CharField(_("taak"), max_length=64, blank=True)
    paginas = models.PositiveIntegerField(_("geschat aantal pagina's"), default=0)
    aangevraagd_door = models.CharField(_("aangevraagd door"), max_length=150, blank=True)
    aangevraagd_op = models.DateTimeField(_("aangevraagd op"), auto_now_add=True)
    bestandsnaam = models.CharField(_("bestandsnaam"), max_length=200, blank=True)
    inhoud = models.BinaryField(_("inhoud"), null=True, blank=True)

    class Meta:
        ordering = ["-aangevraagd_op", "-id"]
        verbose_name = _("achtergrondopdracht")
        verbose_name_plural = _("achtergrondopdrachten")

    def __str__(self) -> str:
        wat = self.formaat.upper() if self.soort == self.Soort.BESTAND else "publiceren"
        return f"{wat}: {self.rapport}"
