"""API authentication: a per-user token that acts in one organisation with the role held there.

``Authorization: Bearer samen_…``. The token narrows the user's roles to that organisation, so
:func:`samen.accounts.authz.may` (the one place for permissions, shared with the UI) decides with
exactly the organisation and role the token carries.
"""

from __future__ import annotations

from typing import Any

from rest_framework import authentication, exceptions
from rest_framework.request import Request

from samen.accounts.models import Rol
from samen.api.models import ApiToken, sleutel_hash


class TokenAuthentication(authentication.BaseAuthentication):
    keywords = (b"bearer", b"token")

    def authenticate(self, request: Request) -> tuple[Any, ApiToken] | None:
        delen = authentication.get_authorization_header(request).split()
        if not delen or delen[0].lower() not in self.keywords:
            return None
        if len(delen) != 2:
            raise exceptions.AuthenticationFailed(
                "Geef precies één sleutel mee: Authorization: Bearer <sleutel>."
            )
        try:
            sleutel = delen[1].decode()
        except UnicodeError as exc:
            raise exceptions.AuthenticationFailed("De sleutel bevat ongeldige tekens.") from exc
        try:  # the hash is unique: get() needs no ordering, unlike first()
            token = ApiToken.objects.select_related("gebruiker", "organisatie").get(
                sleutel_hash=sleutel_hash(sleutel), ingetrokken_op__isnull=True
            )
        except ApiToken.DoesNotExist:
            token = None
        if token is None or not token.gebruiker.is_active:
            raise exceptions.AuthenticationFailed("Deze API-sleutel is onbekend of ingetrokken.")
        # Any: the per-request role cache and token are dynamic attributes read by authz.
        user: Any = token.gebruiker
        user._samen_rollen = list(
            Rol.objects.filter(gebruiker=user, organisatie=token.organisatie).select_related(
                "organisatie"
            )
        )
        user._samen_api_token = token
        return user, token

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="samen-api"'
