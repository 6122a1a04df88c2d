"""Uploads and key files of these tests go to a temporary directory, not the project's var/."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _eigen_var_dir(settings, tmp_path_factory):  # type: ignore[no-untyped-def]
    settings.VAR_DIR = tmp_path_factory.mktemp("var")
