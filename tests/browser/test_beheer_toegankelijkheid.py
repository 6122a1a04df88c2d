"""In a real browser: the admin (/beheer/, Django's pages with Samen's models) as a beheerder
uses it, every list, every add form and the first record of each list, checked with axe-core
(WCAG 2.1 A/AA) and for CSP violations, as test_toegankelijkheid does for the rest of Samen."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.test_toegankelijkheid import CSP_LUISTERAAR, _axe_bron, _controleer, inloggen

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _paginas(page: Any, axe: str) -> dict[str, dict[str, Any]]:
    page.goto("/beheer/")
    te_doen = page.eval_on_selector_all(
        "#content-main a[href^='/beheer/'][href$='/']",
        "els => els.map(e => e.getAttribute('href'))",
    )
    te_doen.insert(0, "/beheer/")
    uitkomsten: dict[str, dict[str, Any]] = {}
    while te_doen:
        pad = te_doen.pop(0)
        if pad in uitkomsten:
            continue
        page.goto(pad)
        uitkomsten[pad] = _controleer(page, axe)
        if pad.count("/") == 4 and not pad.endswith("add/"):  # a list: its first record too
            eerste = page.locator("#result_list tbody a[href^='/beheer/']").first
            if eerste.count():
                te_doen.append(eerste.get_attribute("href"))
    return uitkomsten


def test_beheer_zonder_wcag_en_csp_overtredingen(
    browser: Any, live_server: Any, dsz_demo: Any
) -> None:
    axe = _axe_bron()
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    context.set_default_timeout(20_000)
    context.add_init_script(CSP_LUISTERAAR)
    page = context.new_page()
    try:
        inloggen(page, "dalfsen-beheerder")
        uitkomsten = _paginas(page, axe)
    finally:
        context.close()
    assert len(uitkomsten) >= 40, sorted(uitkomsten)
    assert any("/change/" in pad for pad in uitkomsten)  # records with their inlines
    assert all(u["regels"] > 20 for u in uitkomsten.values())  # axe really ran its rules
    fouten = [
        f"{pad}: {v['id']} ({v['impact']}) {v['help']} bij {', '.join(v['nodes'])}"
        for pad, u in sorted(uitkomsten.items())
        for v in u["axe"]
    ] + [f"{pad}: CSP {c}" for pad, u in sorted(uitkomsten.items()) for c in u["csp"]]
    assert not fouten, "\n".join(fouten)
