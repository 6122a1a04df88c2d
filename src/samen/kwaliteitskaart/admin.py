"""The catalogue, town halls and required profiles in the admin. Staff, skills, absences and the
access log are deliberately not here: they are personal data, kept through the pages (which apply
the privacy rule and log every access) and the CSV import."""

from django.contrib import admin

from samen.core.admin import SamenModelAdmin
from samen.kwaliteitskaart.models import Domein, KritiekeTaak, Specialisme, Standplaats


class SpecialismeInline(admin.StackedInline):
    model = Specialisme
    extra = 0
    prepopulated_fields = {"slug": ("naam",)}


@admin.register(Domein)
class DomeinAdmin(SamenModelAdmin):
    list_display = ("naam", "volgorde")
    prepopulated_fields = {"slug": ("naam",)}
    inlines = [SpecialismeInline]


@admin.register(KritiekeTaak)
class KritiekeTaakAdmin(SamenModelAdmin):
    list_display = ("naam", "organisatie", "specialisme", "minimum_niveau", "aantal_personen")
    list_filter = ("organisatie", "specialisme__domein")
    search_fields = ("naam",)


@admin.register(Standplaats)
class StandplaatsAdmin(SamenModelAdmin):
    list_display = ("organisatie", "omschrijving", "breedtegraad", "lengtegraad")
