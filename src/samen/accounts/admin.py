from django.contrib import admin

from samen.accounts.models import Rol


@admin.register(Rol)
class RolAdmin(admin.ModelAdmin):
    list_display = ["gebruiker", "organisatie", "soort"]
    list_filter = ["soort", "organisatie"]
    search_fields = ["gebruiker__username", "organisatie__naam"]
