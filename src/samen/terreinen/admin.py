from django.contrib import admin

from samen.core.admin import SamenModelAdmin
from samen.terreinen.models import (
    Fasewijziging,
    Mijlpaal,
    Mijlpaalplanning,
    Samenwerkingsterrein,
    Voortgangsbericht,
    Werkgroep,
    Werkgroeplid,
)


class FasewijzigingInline(admin.StackedInline):
    model = Fasewijziging
    extra = 0


class WerkgroepInline(admin.StackedInline):
    model = Werkgroep
    extra = 0


@admin.register(Samenwerkingsterrein)
class SamenwerkingsterreinAdmin(SamenModelAdmin):
    list_display = ["naam", "samenwerkingsverband", "volgorde"]
    list_filter = ["samenwerkingsverband"]
    prepopulated_fields = {"slug": ["naam"]}
    inlines = [WerkgroepInline, FasewijzigingInline]


class WerkgroeplidInline(admin.StackedInline):
    model = Werkgroeplid
    extra = 0


@admin.register(Werkgroep)
class WerkgroepAdmin(SamenModelAdmin):
    list_display = ["naam", "terrein", "trekker", "begindatum", "einddatum"]
    inlines = [WerkgroeplidInline]


@admin.register(Voortgangsbericht)
class VoortgangsberichtAdmin(SamenModelAdmin):
    list_display = ["titel", "terrein", "datum", "auteur"]
    list_filter = ["terrein__samenwerkingsverband", "terrein"]
    search_fields = ["titel", "tekst"]
    date_hierarchy = "datum"


class MijlpaalplanningInline(admin.StackedInline):
    model = Mijlpaalplanning
    extra = 0


@admin.register(Mijlpaal)
class MijlpaalAdmin(SamenModelAdmin):
    list_display = ["naam", "terrein", "startdatum", "werkelijke_datum"]
    list_filter = ["terrein__samenwerkingsverband", "terrein"]
    inlines = [MijlpaalplanningInline]
