"""Shared test fixtures."""

from __future__ import annotations

import pytest


@pytest.fixture
def dsz_demo(db):
    """The DSZ demo, loaded into the test database."""
    from samen.demo.loader import load_demo

    load_demo()
