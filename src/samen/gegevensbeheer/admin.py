from django.contrib import admin

from samen.core.admin import SamenModelAdmin
from samen.gegevensbeheer.models import Bevinding, Definitieset, Tabel, Validatierun, Veld


class VeldInline(admin.StackedInline):
    model = Veld
    extra = 0


@admin.register(Definitieset)
class DefinitiesetAdmin(SamenModelAdmin):
    list_display = ("naam", "versie", "titel", "aangemaakt_op")


@admin.register(Tabel)
class TabelAdmin(SamenModelAdmin):
    list_display = ("naam", "definitieset")
    inlines = [VeldInline]


class BevindingInline(admin.StackedInline):
    model = Bevinding
    extra = 0


@admin.register(Validatierun)
class ValidatierunAdmin(SamenModelAdmin):
    list_display = (
        "bestandsnaam",
        "organisatie",
        "tabel",
        "status",
        "conformiteit",
        "ingediend_op",
    )
    list_filter = ("status", "organisatie")
    inlines = [BevindingInline]
