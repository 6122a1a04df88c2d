"""API tokens in the admin: a beheerder sees and revokes them; new keys come from the command
line (`samen api_token`) or from the API token service, as the key is shown only once."""

from __future__ import annotations

from django.contrib import admin

from samen.api.models import ApiToken
from samen.core.admin import SamenModelAdmin


@admin.register(ApiToken)
class ApiTokenAdmin(SamenModelAdmin):
    list_display = [
        "naam",
        "gebruiker",
        "organisatie",
        "voorvoegsel",
        "aangemaakt_op",
        "ingetrokken_op",
    ]
    readonly_fields = ["gebruiker", "organisatie", "voorvoegsel", "sleutel_hash", "aangemaakt_op"]
    fields = [*readonly_fields, "naam", "ingetrokken_op"]

    def has_add_permission(self, request: object) -> bool:
        return False
