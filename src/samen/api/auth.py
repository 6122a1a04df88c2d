"""API authentication: a per-user token that acts in one organisation with the role held there.

``Authorization: Bearer samen_…``. The token narrows the user's roles to that organisation, so
:func:`samen.accounts.authz.may` (the one place for permissions, shared with the UI) decides with
exactly the organisation and role the token carries.

Every request checks the token against the database, with one small query (:data:`_STAND_SQL`)
that returns everything access depends on: whether the token is revoked, the user's flags and
name, and their role in the token's organisation. When that equals what this process saw before,
the token, user and role objects it loaded then are reused (as a copy); any difference (a revoked
token, a deactivated user, a changed role) loads them afresh. So a change takes effect on the
next request, in every server process, without the two ORM queries each request used to cost.
"""

from __future__ import annotations

import copy
import threading
from typing import Any

from django.contrib.auth import get_user_model
from django.db import connection
from rest_framework import authentication, exceptions
from rest_framework.request import Request

from samen.accounts.models import Rol
from samen.api.models import ApiToken, sleutel_hash


def _stand_sql() -> str:
    q = connection.ops.quote_name
    token, user, rol = ApiToken._meta.db_table, get_user_model()._meta.db_table, Rol._meta.db_table
    return (
        f"SELECT t.id, t.ingetrokken_op IS NULL, u.is_active, u.is_superuser, u.is_staff, "
        f"u.{q(get_user_model().USERNAME_FIELD)}, r.id, r.soort "
        f"FROM {q(token)} t JOIN {q(user)} u ON u.id = t.gebruiker_id "
        f"LEFT JOIN {q(rol)} r ON r.gebruiker_id = t.gebruiker_id "
        f"AND r.organisatie_id = t.organisatie_id "
        f"WHERE t.sleutel_hash = %s"
    )


#: sleutel_hash -> (the state row, token, user, roles) as last loaded by this process.
_GEZIEN: dict[str, tuple[tuple[Any, ...], ApiToken, Any, list[Rol]]] = {}
_SLOT = threading.Lock()
_MAX_GEZIEN = 10_000


def _laad(hash_: str) -> tuple[ApiToken, Any, list[Rol]] | None:
    try:  # the hash is unique: get() needs no ordering, unlike first()
        token = ApiToken.objects.select_related("gebruiker", "organisatie").get(
            sleutel_hash=hash_, ingetrokken_op__isnull=True
        )
    except ApiToken.DoesNotExist:
        return None
    rollen = list(
        Rol.objects.filter(gebruiker=token.gebruiker, organisatie=token.organisatie).select_related(
            "organisatie"
        )
    )
    return token, token.gebruiker, rollen


def token_gebruiker(sleutel: str) -> tuple[Any, ApiToken] | None:
    """The (user, token) a key stands for, or None when it is unknown, revoked or its user is
    inactive. The user carries the token and its roles in the token's organisation."""
    hash_ = sleutel_hash(sleutel)
    with connection.cursor() as cursor:
        cursor.execute(_stand_sql(), [hash_])
        rijen = cursor.fetchall()
    if len(rijen) != 1 or not rijen[0][1] or not rijen[0][2]:
        return None  # unknown (no row), revoked or inactive
    stand = tuple(rijen[0])
    gezien = _GEZIEN.get(hash_)
    if gezien is not None and gezien[0] == stand:
        _, token, user, rollen = gezien
    else:
        geladen = _laad(hash_)
        if geladen is None:
            return None
        token, user, rollen = geladen
        with _SLOT:
            if len(_GEZIEN) >= _MAX_GEZIEN:
                _GEZIEN.clear()
            _GEZIEN[hash_] = (stand, token, user, rollen)
    # A copy per request: request code sets attributes on the user (and authz caches on it).
    user = copy.copy(user)
    user._state = copy.copy(user._state)  # its own cache of related objects (fields_cache)
    user._samen_rollen = list(rollen)
    user._samen_api_token = token
    return user, token


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
        gevonden = token_gebruiker(sleutel)
        if gevonden is None:
            raise exceptions.AuthenticationFailed("Deze API-sleutel is onbekend of ingetrokken.")
        return gevonden

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="samen-api"'
