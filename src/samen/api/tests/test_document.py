"""The OpenAPI document: committed equals generated, Spectral with the government's ruleset finds
no errors, and it is served as JSON and YAML (GET only, open to every origin)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.utils import translation

from samen.api.document import COMMAND, committed_path, openapi_yaml

ROOT = Path(__file__).resolve().parents[4]
RULESET = ROOT / "api-design-rules" / "linter.yaml"


def test_committed_document_is_current() -> None:
    committed = committed_path().read_text(encoding="utf-8")
    assert committed == openapi_yaml(), (
        f"openapi.yaml is niet actueel; maak het opnieuw met `{COMMAND}` en commit het."
    )
    with translation.override("en"):  # one document, whatever language is active
        assert openapi_yaml() == committed


@pytest.mark.django_db
def test_the_served_document_is_the_committed_one_for_an_english_client(client: Any) -> None:
    served = client.get("/api/v1/openapi.yaml", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert yaml.safe_load(served) == yaml.safe_load(committed_path().read_text(encoding="utf-8"))


def test_ruleset_is_the_published_one_unchanged() -> None:
    shared = ROOT.parent / "shared" / "api-design-rules" / "linter.yaml"
    if shared.exists():
        assert RULESET.read_bytes() == shared.read_bytes()
    assert "nlgov:missing-version-header" in RULESET.read_text()


def test_spectral_finds_no_errors() -> None:
    spectral = ROOT / "node_modules" / ".bin" / "spectral"
    if not spectral.exists() or shutil.which("node") is None:
        reden = "Spectral ontbreekt (node_modules/.bin/spectral); draai `npm ci`."
        if os.environ.get("SAMEN_REQUIRE_PARTS") == "1":
            pytest.fail(reden)
        pytest.skip(reden)
    result = subprocess.run(
        [str(spectral), "lint", "openapi.yaml", "--ruleset", str(RULESET), "--format", "json",
         "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    bevindingen = json.loads(result.stdout or "[]")
    fouten = [b for b in bevindingen if b["severity"] == 0]
    assert not fouten, "\n".join(f"{b['code']}: {b['message']} @ {b['path']}" for b in fouten)
    assert result.returncode == 0, result.stderr


def test_document_basics() -> None:
    doc = yaml.safe_load(committed_path().read_text(encoding="utf-8"))
    assert doc["info"]["contact"]["email"]
    assert doc["servers"][0]["url"].endswith("/api/v1")
    for pad, item in doc["paths"].items():
        assert not pad.endswith("/")
        for methode, op in item.items():
            enkel = "{id}" in pad and "{formaat}" not in pad
            if methode == "get" and enkel and not pad.endswith(("historie", "regels", "evaluate")):
                assert "ETag" in op["responses"]["200"]["headers"], pad
            for code, resp in op["responses"].items():
                if code.startswith(("4", "5")):
                    assert list(resp["content"]) == ["application/problem+json"]


@pytest.mark.django_db
@pytest.mark.parametrize("formaat", ["json", "yaml"])
def test_document_is_served(client: Any, formaat: str) -> None:
    response = client.get(f"/api/v1/openapi.{formaat}")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["API-Version"] == "1.0.0"
    inhoud = response.content.decode()
    doc = json.loads(inhoud) if formaat == "json" else yaml.safe_load(inhoud)
    assert doc["info"]["version"] == "1.0.0"
    assert "/organisaties" in doc["paths"]
    assert client.post(f"/api/v1/openapi.{formaat}").status_code == 405


@pytest.mark.django_db
def test_docs_page_for_humans(client: Any) -> None:
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    assert b"swagger" in response.content.lower()
    assert b"<script>" not in response.content  # no inline script (CSP)
