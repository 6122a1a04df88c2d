"""The second factor for beheerders (BIO 9.4.2): TOTP via django-otp.

With ``SAMEN_2FA_BEHEERDERS`` on (the default in production), a user who manages anything (a
beheerder role, admin access, or a superuser) and has not confirmed a TOTP code in this session is
sent to the setup page (no device yet) or the verify page, whatever page they ask for. Login,
logout, the two second-factor pages, the static files, the health check and the accessibility
statement stay reachable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from samen.accounts.models import Rol


def heeft_tweede_factor_nodig(user: Any) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if getattr(user, "is_superuser", False) or getattr(user, "is_staff", False):
        return True
    return Rol.objects.filter(gebruiker=user, soort=Rol.Soort.BEHEERDER).exists()


class TweedeFactorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def _vrij(self, path: str) -> bool:
        vrij = [
            reverse("accounts:login"),
            reverse("accounts:logout"),
            reverse("accounts:tweede-factor-instellen"),
            reverse("accounts:tweede-factor-controleren"),
            reverse("core:gezondheid"),
            reverse("core:toegankelijkheid"),
            settings.STATIC_URL,
        ]
        return any(path.startswith(p) for p in vrij)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if getattr(settings, "SAMEN_2FA_BEHEERDERS", False):
            user = request.user
            verified = getattr(user, "is_verified", lambda: False)()
            if not verified and not self._vrij(request.path) and heeft_tweede_factor_nodig(user):
                from django_otp import user_has_device

                naam = "controleren" if user_has_device(user) else "instellen"
                doel = reverse(f"accounts:tweede-factor-{naam}")
                return HttpResponseRedirect(
                    f"{doel}?{urlencode({'next': request.get_full_path()})}"
                )
        return self.get_response(request)
