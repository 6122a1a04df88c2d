"""The admin shows reports read-only once published, and publications and their files always."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from samen.core.admin import SamenModelAdmin
from samen.rapportage.models import Publicatie, Publicatiebestand, Rapport, Sectie


class SectieInline(admin.StackedInline):
    model = Sectie
    extra = 0
    fields = ["deel", "titel", "tekst"]
    readonly_fields = ["deel", "titel"]

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return obj is None or not obj.is_gepubliceerd

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Rapport)
class RapportAdmin(SamenModelAdmin):
    list_display = ["__str__", "organisatie", "soort", "peildatum", "vanaf", "status"]
    list_filter = ["soort", "status", "organisatie"]
    inlines = [SectieInline]
    readonly_fields = ["organisatie", "soort", "peildatum", "vanaf", "status", "gegenereerd_op"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # a draft is written from the register on the report pages

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and obj.is_gepubliceerd:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and obj.is_gepubliceerd:
            return False
        return super().has_delete_permission(request, obj)

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # would bypass the check on published reports
        return actions


class AlleenLezen(SamenModelAdmin):
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class PublicatiebestandInline(admin.StackedInline):
    model = Publicatiebestand
    fields = ["formaat", "bestandsnaam", "grootte", "sha256"]
    readonly_fields = ["formaat", "bestandsnaam", "grootte", "sha256"]
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Publicatie)
class PublicatieAdmin(AlleenLezen):
    list_display = ["registratienummer", "organisatie", "soort", "peildatum", "publicatiedatum"]
    list_filter = ["soort", "organisatie"]
    search_fields = ["registratienummer"]
    inlines = [PublicatiebestandInline]
