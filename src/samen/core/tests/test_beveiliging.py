"""Security headers, the production deployment check and secrets from files (issue 8)."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

PROJECT_DIR = Path(__file__).resolve().parents[4]


def _csp(response) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    kop = response.headers["Content-Security-Policy"]
    richtlijnen = {}
    for deel in kop.split(";"):
        woorden = deel.split()
        if woorden:
            richtlijnen[woorden[0]] = woorden[1:]
    return richtlijnen


@pytest.mark.django_db
@pytest.mark.parametrize("naam", ["accounts:login", "core:toegankelijkheid", "core:gezondheid"])
def test_beveiligingsheaders_op_elke_pagina(client, naam):
    response = client.get(reverse(naam))
    assert response.status_code == 200
    csp = _csp(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin"
    beleid = response.headers["Permissions-Policy"]
    for functie in ("camera=()", "microphone=()", "geolocation=()"):
        assert functie in beleid


@pytest.mark.django_db
def test_sessie_en_csrf_cookies(client, dsz_demo, settings):
    from samen.demo.loader import DEMO_PASSWORD

    assert settings.SESSION_COOKIE_AGE <= 8 * 60 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    assert settings.SESSION_SAVE_EVERY_REQUEST  # idle sessions expire
    client.get(reverse("accounts:login"))
    response = client.post(
        reverse("accounts:login"), {"username": "dalfsen-lezer", "password": DEMO_PASSWORD}
    )
    assert response.status_code == 302
    sessie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert sessie["httponly"]
    assert sessie["samesite"] == "Lax"
    # a form without its CSRF token is refused
    from django.test import Client

    strikt = Client(enforce_csrf_checks=True)
    assert (
        strikt.post(reverse("accounts:login"), {"username": "x", "password": "y"}).status_code
        == 403
    )


def _productie_omgeving(tmp_path: Path) -> dict[str, str]:
    geheim = tmp_path / "geheim"
    geheim.write_text(secrets.token_urlsafe(50) + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SAMEN_", "DJANGO_"))}
    env.update(
        SAMEN_ENV="production",
        SAMEN_SECRET_KEY_FILE=str(geheim),  # secrets come from a file, never from the repository
        SAMEN_ALLOWED_HOSTS="samen.example.nl",
        SAMEN_VAR_DIR=str(tmp_path / "var"),
        DJANGO_SETTINGS_MODULE="samen.settings",
    )
    return env


def _samen(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "samen.cli", *args],
        env=env,
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_schoon_met_productie_instellingen(tmp_path):
    resultaat = _samen(
        _productie_omgeving(tmp_path), "check", "--deploy", "--fail-level", "WARNING"
    )
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    assert "no issues" in resultaat.stdout


def test_productie_instellingen(tmp_path):
    code = (
        "from django.conf import settings as s;"
        "from django.contrib.auth.hashers import make_password;"
        "print('UITKOMST', make_password('een lange zin als wachtwoord').split('$')[0],"
        " s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT,"
        " s.SECURE_HSTS_SECONDS >= 31536000, s.SAMEN_2FA_BEHEERDERS, s.DEBUG)"
    )
    resultaat = _samen(_productie_omgeving(tmp_path), "shell", "-c", code)
    assert resultaat.returncode == 0, resultaat.stderr
    regel = next(r for r in resultaat.stdout.splitlines() if r.startswith("UITKOMST"))
    hasher, vlaggen = regel.split()[1], regel.split()[2:]
    assert hasher == "argon2"
    assert vlaggen == ["True", "True", "True", "True", "True", "False"]


def test_productie_weigert_zonder_geheime_sleutel(tmp_path):
    env = _productie_omgeving(tmp_path)
    del env["SAMEN_SECRET_KEY_FILE"]
    resultaat = _samen(env, "check")
    assert resultaat.returncode != 0
    assert "SAMEN_SECRET_KEY" in resultaat.stderr
