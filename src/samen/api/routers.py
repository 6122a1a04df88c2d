"""One router for every app's API resources: no trailing slashes (API Design Rules)."""

from __future__ import annotations

from rest_framework.routers import SimpleRouter

router = SimpleRouter(trailing_slash=False)
