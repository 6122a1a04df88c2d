from django.contrib import admin

from samen.bestuur.models import Besluit, Motie, Orgaan, Toezegging, Vergadering
from samen.core.admin import SamenModelAdmin


@admin.register(Orgaan)
class OrgaanAdmin(SamenModelAdmin):
    list_display = ["naam", "soort", "organisatie", "samenwerkingsverband"]
    list_filter = ["soort"]
    prepopulated_fields = {"slug": ["naam"]}


class BesluitInline(admin.StackedInline):
    model = Besluit
    extra = 0


@admin.register(Vergadering)
class VergaderingAdmin(SamenModelAdmin):
    list_display = ["__str__", "datum"]
    date_hierarchy = "datum"
    # a plain multiple choice: the two-pane widget's icons break WCAG (aria-label on a span)
    inlines = [BesluitInline]


@admin.register(Besluit)
class BesluitAdmin(SamenModelAdmin):
    list_display = ["onderwerp", "uitkomst", "terrein", "vergadering"]
    list_filter = ["uitkomst", "terrein"]
    search_fields = ["onderwerp", "tekst"]


@admin.register(Motie)
class MotieAdmin(SamenModelAdmin):
    list_display = ["titel", "orgaan", "datum"]


@admin.register(Toezegging)
class ToezeggingAdmin(SamenModelAdmin):
    list_display = ["omschrijving", "orgaan", "aan", "gedaan_op", "vervaldatum", "nagekomen_op"]
    list_filter = ["orgaan"]
