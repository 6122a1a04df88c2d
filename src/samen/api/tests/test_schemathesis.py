"""Schemathesis (property-based API fuzzing) against a live test server with the demo data and an
API token: every operation, checked for server errors, status codes, content types, headers and
response schema conformance. Bounded: a few examples per operation."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[4]
CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
    ]
)


def _schemathesis() -> str | None:
    naast = Path(sys.executable).parent / "schemathesis"
    return str(naast) if naast.exists() else shutil.which("schemathesis")


@pytest.mark.django_db(transaction=True)
def test_schemathesis_finds_no_failures(live_server: Any, dsz_demo: Any, tmp_path: Path) -> None:
    from django.contrib.auth import get_user_model

    from samen.api.services import api_token_create
    from samen.organisaties.models import Organisatie

    cli = _schemathesis()
    if cli is None:
        if os.environ.get("SAMEN_REQUIRE_PARTS") == "1":
            pytest.fail("schemathesis ontbreekt")
        pytest.skip("schemathesis ontbreekt")
    gebruiker = get_user_model().objects.get(username="dalfsen-beheerder")
    _, sleutel = api_token_create(
        gebruiker=gebruiker, organisatie=Organisatie.objects.get(slug="dalfsen"), naam="fuzz"
    )
    voorbeelden = os.environ.get("SAMEN_SCHEMATHESIS_EXAMPLES", "3")
    result = subprocess.run(
        [
            cli, "run", str(ROOT / "openapi.yaml"),
            "--url", f"{live_server.url}/api/v1",
            "-H", f"Authorization: Bearer {sleutel}",
            "--checks", CHECKS,
            "--max-examples", voorbeelden,
            "--mode", "all",
            "--phases", "coverage,fuzzing",
            "--no-shrink",
            "--seed", "20121001",
            "--warnings", "off",
            "--report-dir", str(tmp_path),
        ],
        capture_output=True, text=True, timeout=1200, check=False, cwd=tmp_path,
        env={**os.environ, "NO_COLOR": "1", "SCHEMATHESIS_HOOKS": ""},
    )  # fmt: skip
    uitvoer = result.stdout[-6000:] + result.stderr[-2000:]
    assert result.returncode == 0, uitvoer
    assert "passed" in result.stdout and "failed" not in result.stdout, uitvoer
