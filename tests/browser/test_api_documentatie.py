"""In a real browser: the API page (Swagger UI) shows the operations of the API and runs under
Samen's Content Security Policy without a single violation."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.test_toegankelijkheid import CSP_LUISTERAAR, inloggen

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_de_api_pagina_toont_de_operaties_zonder_csp_schending(
    browser: Any, live_server: Any, dsz_demo: Any
) -> None:
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    context.set_default_timeout(20_000)
    context.add_init_script(CSP_LUISTERAAR)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text))
    try:
        inloggen(page, "dalfsen-lezer")
        page.goto("/api/v1/docs")
        page.locator(".opblock").first.wait_for()  # Swagger UI read the document and rendered
        operaties = page.locator(".opblock-summary-path")
        assert operaties.count() > 30
        page.locator(".opblock-summary").first.click()
        page.locator(".opblock-body").first.wait_for()
        assert page.locator(".opblock-body .parameters-container").first.is_visible()
        assert page.evaluate("window.__csp") == []
        assert [m for m in console if "Content Security Policy" in m] == []
    finally:
        context.close()
