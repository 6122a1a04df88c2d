"""The lock-out check of django-axes as an authentication backend.

Axes refuses ``authenticate()`` calls without a request; the login page always passes one. Calls
without a request (the test client's ``login()``, scripts on the server) cannot be throttled by
address anyway, so this backend lets them through to the next backend instead of failing.
"""

from __future__ import annotations

from typing import Any

from axes.backends import AxesStandaloneBackend


class SamenAxesBackend(AxesStandaloneBackend):  # type: ignore[misc]
    def authenticate(
        self, request: Any, username: str | None = None, password: str | None = None, **kwargs: Any
    ) -> Any:
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
