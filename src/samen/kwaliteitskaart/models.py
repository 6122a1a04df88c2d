"""The kwaliteitskaart (skills map) and vervanging (substitution).

- A catalogue: domains (ICT, Belastingen & Geo) with their specialisms; levels 1-4.
- Employees (medewerkers) of an organisation with their skills (vaardigheden): personal data,
  shown per the privacy rule in :mod:`samen.accounts.authz` (see :mod:`.selectors`).
- The required profile of an organisation: its critical tasks (kritieke taken).
- Absences (afwezigheden): type and period only. There is deliberately no free-text field, so no
  medical detail can ever be stored.
- Substitution plans (vervangingsplannen): the stored result of the planner.
- An append-only log of every access to and change of personal data (:class:`Toegangslog`).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from samen.core.models import Geregistreerd, Tijdvak


class Niveau(models.IntegerChoices):
    BASIS = 1, _("1 – basis")
    ZELFSTANDIG = 2, _("2 – zelfstandig")
    SPECIALIST = 3, _("3 – specialist")
    EXPERT = 4, _("4 – expert")


class Domein(Geregistreerd):
    naam = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(_("korte naam"), unique=True)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["volgorde", "naam"]
        verbose_name = _("domein")
        verbose_name_plural = _("domeinen")

    def __str__(self) -> str:
        return self.naam


class Specialisme(Geregistreerd):
    domein = models.ForeignKey(Domein, on_delete=models.PROTECT, related_name="specialismen")
    naam = models.CharField(_("naam"), max_length=150)
    slug = models.SlugField(_("korte naam"), unique=True)
    omschrijving = models.TextField(_("omschrijving"), blank=True)

    class Meta:
        ordering = ["domein__volgorde", "domein__naam", "naam"]
        verbose_name = _("specialisme")
        verbose_name_plural = _("specialismen")
        constraints = [
            models.UniqueConstraint(
                fields=["domein", "naam"],
                name="specialisme_uniek_per_domein",
                violation_error_message="Dit domein heeft al een specialisme met deze naam.",
            )
        ]

    def __str__(self) -> str:
        return self.naam


class Standplaats(Geregistreerd):
    """Where an organisation's town hall is, for the travel time of a substitute."""

    organisatie = models.OneToOneField(
        "organisaties.Organisatie", on_delete=models.CASCADE, related_name="standplaats"
    )
    omschrijving = models.CharField(
        _("omschrijving"), max_length=200, help_text=_("Bijvoorbeeld het adres.")
    )
    breedtegraad = models.DecimalField(
        _("breedtegraad"), max_digits=8, decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )  # fmt: skip
    lengtegraad = models.DecimalField(
        _("lengtegraad"), max_digits=8, decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )  # fmt: skip

    class Meta:
        verbose_name = _("standplaats")
        verbose_name_plural = _("standplaatsen")

    def __str__(self) -> str:
        return f"{self.organisatie}: {self.omschrijving}"


class Medewerker(Geregistreerd, Tijdvak):
    """An employee, in service from ``begindatum`` until the day before ``einddatum``."""

    organisatie = models.ForeignKey(
        "organisaties.Organisatie", on_delete=models.PROTECT, related_name="medewerkers"
    )
    personeelsnummer = models.CharField(_("personeelsnummer"), max_length=30)
    naam = models.CharField(_("naam"), max_length=200)
    afdeling = models.CharField(_("afdeling"), max_length=200)
    functie = models.CharField(_("functie"), max_length=200, blank=True)
    uren_per_week = models.DecimalField(
        _("uren per week"), max_digits=4, decimal_places=1,
        validators=[MinValueValidator(1), MaxValueValidator(40)],
    )  # fmt: skip
    fictief = models.BooleanField(
        _("fictief"),
        default=False,
        help_text=_("Een verzonnen medewerker voor de demo (synthetisch)."),
    )

    class Meta:
        ordering = ["organisatie__naam", "naam"]
        verbose_name = _("medewerker")
        verbose_name_plural = _("medewerkers")
        constraints = [
            models.UniqueConstraint(
                fields=["organisatie", "personeelsnummer"],
                name="medewerker_personeelsnummer_uniek",
                violation_error_message="Deze organisatie heeft al een medewerker met dit personeelsnummer.",
            ),
            models.CheckConstraint(
                condition=Q(einddatum__isnull=True) | Q(einddatum__gt=F("begindatum")),
                name="medewerker_einde_na_begin",
                violation_error_message="De einddatum moet na de begindatum liggen.",
            ),
        ]

    def __str__(self) -> str:
        return self.weergavenaam

    @property
    def weergavenaam(self) -> str:
        """The name, marked when the person is made up for the demo."""
        return f"{self.naam} (fictief)" if self.fictief else self.naam


class Vaardigheid(Geregistreerd):
    medewerker = models.ForeignKey(
        Medewerker, on_delete=models.CASCADE, related_name="vaardigheden"
    )
    specialisme = models.ForeignKey(
        Specialisme, on_delete=models.PROTECT, related_name="vaardigheden"
    )
    niveau = models.PositiveSmallIntegerField(_("niveau"), choices=Niveau.choices)

    class Meta:
        ordering = ["specialisme__domein__volgorde", "specialisme__naam"]
        verbose_name = _("vaardigheid")
        verbose_name_plural = _("vaardigheden")
        constraints = [
            models.UniqueConstraint(
                fields=["medewerker", "specialisme"],
                name="vaardigheid_uniek",
                violation_error_message="Deze medewerker heeft dit specialisme al; pas het niveau aan.",
            )
        ]

    def __str__(self) -> str:
        # The processing log stores this text in Samen's own language (samen.logboek.signals).
        return f"{self.specialisme} ({self.get_niveau_display()})"


class KritiekeTaak(Geregistreerd):
    """A critical task in an organisation's required profile."""

    organisatie = models.ForeignKey(
        "organisaties.Organisatie", on_delete=models.PROTECT, related_name="kritieke_taken"
    )
    naam = models.CharField(_("naam"), max_length=200)
    specialisme = models.ForeignKey(
        Specialisme, on_delete=models.PROTECT, related_name="kritieke_taken"
    )
    minimum_niveau = models.PositiveSmallIntegerField(_("minimumniveau"), choices=Niveau.choices)
    aantal_personen = models.PositiveSmallIntegerField(
        _("aantal personen"), default=2, validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_("Hoeveel eigen medewerkers deze taak moeten kunnen doen."),
    )  # fmt: skip
    omschrijving = models.TextField(_("omschrijving"), blank=True)

    class Meta:
        ordering = ["organisatie__naam", "specialisme__domein__volgorde", "naam"]
        verbose_name = _("kritieke taak")
        verbose_name_plural = _("kritieke taken")
        constraints = [
            models.UniqueConstraint(
                fields=["organisatie", "naam"],
                name="kritieke_taak_uniek",
                violation_error_message="Deze organisatie heeft al een kritieke taak met deze naam.",
            )
        ]

    def __str__(self) -> str:
        return self.naam


class Afwezigheid(Geregistreerd):
    """An absence: type and period, nothing else (no medical details, no free text)."""

    class Soort(models.TextChoices):
        VERLOF = "verlof", "verlof"
        ZIEK = "ziek", "ziek"
        OVERIG = "overig", "overig"

    medewerker = models.ForeignKey(
        Medewerker, on_delete=models.CASCADE, related_name="afwezigheden"
    )
    soort = models.CharField(_("soort"), max_length=10, choices=Soort.choices)
    eerste_dag = models.DateField(_("eerste dag"))
    laatste_dag = models.DateField(
        _("laatste dag"), help_text=_("De laatste dag van de afwezigheid (tot en met).")
    )

    class Meta:
        ordering = ["eerste_dag", "medewerker__naam"]
        verbose_name = _("afwezigheid")
        verbose_name_plural = _("afwezigheden")
        constraints = [
            models.CheckConstraint(
                condition=Q(laatste_dag__gte=F("eerste_dag")),
                name="afwezigheid_einde_na_begin",
                violation_error_message="De laatste dag mag niet vóór de eerste dag liggen.",
            )
        ]

    def __str__(self) -> str:
        return f"afwezig {self.eerste_dag} t/m {self.laatste_dag}"


class Vervangingsplan(Geregistreerd):
    """A computed substitution plan for an alliance and a period (van up to and including tot)."""

    samenwerkingsverband = models.ForeignKey(
        "organisaties.Samenwerkingsverband",
        on_delete=models.CASCADE,
        related_name="vervangingsplannen",
    )
    van = models.DateField(_("van"))
    tot = models.DateField(_("tot en met"))
    taakuren = models.DecimalField(_("uren per taakdag"), max_digits=3, decimal_places=1, default=2)
    berekend_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    rekentijd_ms = models.PositiveIntegerField(_("rekentijd (ms)"), default=0)
    aantal_taakdagen = models.PositiveIntegerField(_("taakdagen"), default=0)
    aantal_gedekt = models.PositiveIntegerField(_("gedekte taakdagen"), default=0)
    kosten = models.BigIntegerField(_("kosten (punten)"), default=0)

    class Meta:
        ordering = ["-geregistreerd_op"]
        verbose_name = _("vervangingsplan")
        verbose_name_plural = _("vervangingsplannen")

    def __str__(self) -> str:
        return f"Vervangingsplan {self.samenwerkingsverband} {self.van} t/m {self.tot}"


class Inzet(models.Model):
    plan = models.ForeignKey(Vervangingsplan, on_delete=models.CASCADE, related_name="inzet")
    datum = models.DateField(_("datum"))
    taak = models.ForeignKey(KritiekeTaak, on_delete=models.CASCADE, related_name="+")
    medewerker = models.ForeignKey(Medewerker, on_delete=models.CASCADE, related_name="+")
    niveau = models.PositiveSmallIntegerField(_("niveau"), choices=Niveau.choices)
    kosten = models.PositiveIntegerField(_("kosten (punten)"), default=0)

    class Meta:
        ordering = ["datum", "taak"]
        verbose_name = _("inzet")
        verbose_name_plural = _("inzet")
        indexes = [models.Index(fields=["plan", "datum"])]

    def __str__(self) -> str:
        return f"{self.datum}: {self.taak} door {self.medewerker}"


class OngedekteTaakdag(models.Model):
    class Reden(models.TextChoices):
        NIEMAND_BEVOEGD = (
            "niemand_bevoegd",
            "niemand in de samenwerking heeft het specialisme op niveau",
        )
        ALLEN_AFWEZIG = "allen_afwezig", "iedereen die het kan is afwezig"
        ALLEN_VOLGEBOEKT = "allen_volgeboekt", "wie het kan en aanwezig is, is volgeboekt"

    plan = models.ForeignKey(Vervangingsplan, on_delete=models.CASCADE, related_name="ongedekt")
    datum = models.DateField(_("datum"))
    taak = models.ForeignKey(KritiekeTaak, on_delete=models.CASCADE, related_name="+")
    reden = models.CharField(_("reden"), max_length=20, choices=Reden.choices)

    class Meta:
        ordering = ["datum", "taak"]
        verbose_name = _("ongedekte taakdag")
        verbose_name_plural = _("ongedekte taakdagen")

    def __str__(self) -> str:
        return f"{self.datum}: {self.taak} ongedekt ({self.get_reden_display()})"


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs: Any) -> int:
        raise PermissionError("Het toegangslog kan niet worden gewijzigd.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise PermissionError("Het toegangslog kan niet worden gewist.")


class Toegangslog(models.Model):
    """Who saw or changed which personal data of which organisation, and when. Append-only."""

    class Actie(models.TextChoices):
        INZIEN = "inzien", _("inzien")
        AANMAKEN = "aanmaken", _("aanmaken")
        WIJZIGEN = "wijzigen", _("wijzigen")
        VERWIJDEREN = "verwijderen", _("verwijderen")
        EXPORTEREN = "exporteren", _("exporteren")

    tijdstip = models.DateTimeField(_("tijdstip"), auto_now_add=True, db_index=True)
    # No database constraint and no cascade: the log outlives a deleted user (the name stays).
    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
    )
    gebruikersnaam = models.CharField(
        _("gebruikersnaam"), max_length=150, help_text=_("Bewaard, ook als de gebruiker later verdwijnt; "
        "'opdrachtregel' voor de command line.")
    )  # fmt: skip
    organisatie = models.ForeignKey(
        "organisaties.Organisatie", on_delete=models.PROTECT, related_name="+"
    )
    objecttype = models.CharField(_("soort gegeven"), max_length=40)
    object_id = models.CharField(_("object"), max_length=40, blank=True)
    actie = models.CharField(_("actie"), max_length=12, choices=Actie.choices)
    omschrijving = models.CharField(_("omschrijving"), max_length=300, blank=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["-tijdstip", "-id"]
        verbose_name = _("toegangslogregel")
        verbose_name_plural = _("toegangslog")

    def __str__(self) -> str:
        return f"{self.tijdstip:%Y-%m-%d %H:%M} {self.gebruikersnaam} {self.actie} {self.objecttype} {self.object_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise PermissionError("Het toegangslog kan niet worden gewijzigd.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise PermissionError("Het toegangslog kan niet worden gewist.")
