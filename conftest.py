"""Shared test fixtures."""

from __future__ import annotations

import pytest


@pytest.fixture
def dsz_demo(db):
    """The DSZ demo, loaded into the test database."""
    from samen.demo.loader import load_demo

    load_demo()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Tests log in often; a real hash costs half a second each (production keeps it)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def pytest_report_header(config):  # type: ignore[no-untyped-def]
    from django.conf import settings

    db = settings.DATABASES["default"]
    return f"samen: database {db['ENGINE'].rsplit('.', 1)[-1]} {db.get('HOST') or db['NAME']}"
