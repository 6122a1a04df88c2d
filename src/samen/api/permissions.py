"""The API's one permission class: it asks :func:`samen.accounts.authz.may`, as the UI does."""

from __future__ import annotations

from typing import Any

from rest_framework import permissions
from rest_framework.request import Request

from samen.accounts.authz import may

# --- permissions --------------------------------------------------------------------------------


class MagPermission(permissions.BasePermission):
    """Every request asks :func:`samen.accounts.authz.may`, as the UI does (default deny)."""

    def has_permission(self, request: Request, view: Any) -> bool:
        return may(request.user, view.actie_voor(request))

    def has_object_permission(self, request: Request, view: Any, obj: Any) -> bool:
        return may(request.user, view.actie_voor(request), view.authz_object(obj))
