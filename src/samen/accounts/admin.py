from django.contrib import admin

from samen.accounts.models import Rol
from samen.core.admin import SamenModelAdmin


@admin.register(Rol)
class RolAdmin(SamenModelAdmin):
    list_display = ["gebruiker", "organisatie", "soort"]
    list_filter = ["soort", "organisatie"]
    search_fields = ["gebruiker__username", "organisatie__naam"]
