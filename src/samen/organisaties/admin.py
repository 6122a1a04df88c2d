from django.contrib import admin

from samen.core.admin import SamenModelAdmin
from samen.organisaties.models import (
    Inwonertal,
    Lidmaatschap,
    Organisatie,
    Persoon,
    Samenwerkingsverband,
)


class InwonertalInline(admin.StackedInline):
    model = Inwonertal
    extra = 0


@admin.register(Organisatie)
class OrganisatieAdmin(SamenModelAdmin):
    list_display = ["naam", "soort", "cbs_code"]
    list_filter = ["soort"]
    search_fields = ["naam", "cbs_code"]
    prepopulated_fields = {"slug": ["naam"]}
    inlines = [InwonertalInline]


@admin.register(Persoon)
class PersoonAdmin(SamenModelAdmin):
    list_display = ["naam", "organisatie", "functie", "begindatum", "einddatum"]
    list_filter = ["organisatie"]
    search_fields = ["achternaam", "roepnaam", "functie"]


class LidmaatschapInline(admin.StackedInline):
    model = Lidmaatschap
    extra = 0


@admin.register(Samenwerkingsverband)
class SamenwerkingsverbandAdmin(SamenModelAdmin):
    list_display = ["naam", "afkorting", "opgericht_op"]
    prepopulated_fields = {"slug": ["naam"]}
    inlines = [LidmaatschapInline]


@admin.register(Lidmaatschap)
class LidmaatschapAdmin(SamenModelAdmin):
    list_display = ["organisatie", "samenwerkingsverband", "status", "begindatum", "einddatum"]
    list_filter = ["samenwerkingsverband", "status"]
