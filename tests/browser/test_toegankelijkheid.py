"""Accessibility and the Content-Security-Policy, in a real Chromium, on every page of the demo.

The pages are found by following every same-origin link from the overview (breadth first,
bounded), as a redacteur and as a beheerder, plus the public pages as an anonymous visitor.
On every HTML page axe-core (``node_modules/axe-core``, see package.json) checks the WCAG 2.1 A
and AA rules, and a listener counts Content-Security-Policy violations (the policy is enforced:
axe is injected through the DevTools protocol, which the policy does not govern).

Without axe-core the axe test is skipped with the reason; with ``SAMEN_REQUIRE_BROWSER=1`` or
``SAMEN_REQUIRE_PARTS=1`` it fails instead.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urlsplit

import pytest
from django.urls import Resolver404, resolve

from samen.demo.loader import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
MAX_PAGINAS = 80
#: Pages of one URL pattern (another organisation, scenario or peildatum) share their template:
#: at most this many per pattern.
MAX_VARIANTEN = 1
#: Not crawled: leaving, the admin (test_beheer_toegankelijkheid checks it), the API, files and
#: background tasks.
OVERSLAAN = ("/account/uitloggen/", "/beheer/", "/api/", "/static/", "/media/")
BESTANDEN = (".csv", ".xlsx", ".pdf", ".docx", ".yaml", ".md", ".json", ".zip", ".ics")

CSP_LUISTERAAR = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile || ''}:${e.lineNumber || ''})`);
});
"""

#: The crawl of one role is shared by the axe and the CSP test (it is the slow part).
_CRAWLS: dict[str, dict[str, dict[str, Any]]] = {}


def _axe_bron() -> str:
    if not AXE.exists():
        reden = f"axe-core ontbreekt ({AXE}): installeer het met 'npm ci' in de hoofdmap"
        if "1" in (os.environ.get("SAMEN_REQUIRE_BROWSER"), os.environ.get("SAMEN_REQUIRE_PARTS")):
            pytest.fail(reden + " (SAMEN_REQUIRE_BROWSER/SAMEN_REQUIRE_PARTS=1)")
        pytest.skip(reden)
    return AXE.read_text(encoding="utf-8")


def inloggen(page: Any, username: str) -> None:
    page.goto("/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/")


def _normaal(url: str, basis: str) -> str | None:
    url, _ = urldefrag(url)
    if not url.startswith(basis):
        return None
    pad = urlsplit(url).path
    if pad.startswith(OVERSLAAN) or pad.endswith(BESTANDEN) or "/download" in pad:
        return None
    return url


def _zonder_argumenten() -> list[str]:
    """Every page URL pattern without arguments (so pages outside the menu are checked too)."""
    from django.urls import URLPattern, URLResolver, get_resolver, reverse

    namen: list[str] = []

    def loop(resolver: URLResolver, ns: str) -> None:
        for p in resolver.url_patterns:
            if isinstance(p, URLResolver):
                loop(p, f"{ns}:{p.namespace}" if ns and p.namespace else (p.namespace or ns))
            elif isinstance(p, URLPattern) and p.name and not p.pattern.regex.groups:
                namen.append(f"{ns}:{p.name}" if ns else p.name)

    loop(get_resolver(), "")
    paden = []
    for naam in namen:
        pad = reverse(naam)
        if _normaal("http://x" + pad, "http://x") is not None and "gezondheid" not in pad:
            paden.append(pad)
    return paden


def _detailpaginas() -> list[str]:
    """Detail pages the links may not reach within the bound (one of each kind)."""
    from samen.businesscase.models import Businesscase
    from samen.kwaliteitskaart.models import Medewerker, Vervangingsplan

    paden = _zonder_argumenten()
    case = Businesscase.objects.first()
    if case is not None:
        paden += [f"/businesscases/{case.pk}/", f"/businesscases/{case.pk}/vergelijken/"]
    medewerker = Medewerker.objects.filter(organisatie__slug="dalfsen").first()
    if medewerker is not None:
        paden.append(f"/kwaliteitskaart/medewerkers/{medewerker.pk}/")
    plan = Vervangingsplan.objects.first()
    if plan is not None:
        paden.append(f"/kwaliteitskaart/vervanging/{plan.pk}/")
    return paden


def _controleer(page: Any, axe: str | None) -> dict[str, Any]:
    uitkomst: dict[str, Any] = {"csp": page.evaluate("window.__csp || []"), "axe": []}
    if axe is not None:
        page.evaluate(axe)
        resultaat = page.evaluate(
            "async (tags) => { const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});"
            " return {violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
            " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})), rules: r.passes.length"
            " + r.violations.length + r.incomplete.length + r.inapplicable.length}; }",
            WCAG_TAGS,
        )
        uitkomst["axe"] = resultaat["violations"]
        uitkomst["regels"] = resultaat["rules"]
    return uitkomst


def crawl(
    browser: Any, live_server: Any, username: str | None, axe: str | None
) -> dict[str, dict[str, Any]]:
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    context.set_default_timeout(20_000)
    context.add_init_script(CSP_LUISTERAAR)
    page = context.new_page()
    console: list[str] = []
    page.on(
        "console", lambda m: console.append(m.text) if "Content Security Policy" in m.text else None
    )
    basis = live_server.url
    try:
        if username:
            inloggen(page, username)
            te_doen = ["/", *_detailpaginas()]
        else:
            te_doen = ["/account/inloggen/", "/toegankelijkheid/"]
        gezien: set[str] = set()
        varianten: dict[str, int] = {}
        pagina_s: dict[str, dict[str, Any]] = {}
        while te_doen and len(pagina_s) < MAX_PAGINAS:
            url = _normaal(
                basis + te_doen.pop(0) if te_doen[0].startswith("/") else te_doen.pop(0), basis
            )
            if url is None or url in gezien:
                continue
            gezien.add(url)
            try:
                patroon = resolve(urlsplit(url).path).view_name
            except Resolver404:
                patroon = urlsplit(url).path
            if varianten.get(patroon, 0) >= MAX_VARIANTEN:
                continue
            varianten[patroon] = varianten.get(patroon, 0) + 1
            console.clear()
            response = page.goto(url)
            if response is None or "text/html" not in (response.headers.get("content-type") or ""):
                continue
            uitkomst = _controleer(page, axe)
            uitkomst["status"] = response.status
            if not uitkomst["csp"]:  # the listener saw nothing: what the console reports
                uitkomst["csp"] = list(console)
            uitkomst["csp"] = sorted(set(uitkomst["csp"]))
            pagina_s[url[len(basis) :]] = uitkomst
            if username:
                for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
                    kandidaat = _normaal(href, basis)
                    if kandidaat and kandidaat not in gezien:
                        te_doen.append(kandidaat)
        if os.environ.get("SAMEN_A11Y_RAPPORT"):
            import json

            rapport = Path(os.environ["SAMEN_A11Y_RAPPORT"]) / f"{username or 'anoniem'}.json"
            rapport.write_text(json.dumps(pagina_s, indent=1, ensure_ascii=False))
        return pagina_s
    finally:
        context.close()


def _resultaten(rol: str, browser: Any, live_server: Any) -> dict[str, dict[str, Any]]:
    if rol not in _CRAWLS:
        axe = _axe_bron() if AXE.exists() else None
        _CRAWLS[rol] = crawl(
            browser, live_server, None if rol == "anoniem" else f"dalfsen-{rol}", axe
        )
    return _CRAWLS[rol]


@pytest.mark.parametrize("rol", ["redacteur", "beheerder", "anoniem"])
def test_geen_wcag_21_aa_overtredingen(browser, live_server, dsz_demo, rol):  # type: ignore[no-untyped-def]
    _axe_bron()
    pagina_s = _resultaten(rol, browser, live_server)
    assert len(pagina_s) >= (2 if rol == "anoniem" else 15), sorted(pagina_s)
    assert all(p.get("regels", 0) > 20 for p in pagina_s.values())  # axe really ran its rules
    fouten = [
        f"{url}: {v['id']} ({v['impact']}) {v['help']} bij {', '.join(v['nodes'])}"
        for url, p in sorted(pagina_s.items())
        for v in p["axe"]
    ]
    assert not fouten, f"WCAG 2.1 A/AA-overtredingen op {len(pagina_s)} pagina's:\n" + "\n".join(
        fouten
    )


@pytest.mark.parametrize("rol", ["redacteur", "beheerder", "anoniem"])
def test_geen_csp_overtredingen(browser, live_server, dsz_demo, rol):  # type: ignore[no-untyped-def]
    pagina_s = _resultaten(rol, browser, live_server)
    assert pagina_s
    fouten = [f"{url}: {c}" for url, p in sorted(pagina_s.items()) for c in p["csp"]]
    assert not fouten, "Content-Security-Policy-overtredingen:\n" + "\n".join(fouten)


def test_csp_luisteraar_ziet_een_overtreding(page, dsz_demo):  # type: ignore[no-untyped-def]
    """The listener works: an inline style added to the page is blocked and reported."""
    page.context.add_init_script(CSP_LUISTERAAR)
    page.goto("/toegankelijkheid/")
    page.evaluate(
        "() => { const s = document.createElement('style'); s.textContent = 'p{color:red}'; document.head.appendChild(s); }"
    )
    page.wait_for_function("window.__csp.length > 0")
    assert "style-src" in page.evaluate("window.__csp[0]")


def _actief(page: Any) -> dict[str, Any]:
    return page.evaluate(
        "() => { const a = document.activeElement; return {tag: a.tagName, id: a.id, text: (a.innerText || a.value || '').trim(),"
        " nav: !!a.closest('nav[aria-label=\"Hoofdmenu\"]'), main: !!a.closest('main'), type: a.type || ''}; }"
    )


def test_toetsenbord_skiplink_menu_en_formulier(page, dsz_demo):  # type: ignore[no-untyped-def]
    inloggen(page, "dalfsen-redacteur")
    page.goto("/")
    page.keyboard.press("Tab")
    eerste = _actief(page)
    assert eerste["text"] == "Naar de inhoud"
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'inhoud'")

    page.goto("/")
    menu = []
    for _ in range(15):
        page.keyboard.press("Tab")
        actief = _actief(page)
        if actief["nav"]:
            menu.append(actief["text"])
    assert "Overzicht" in menu and "Planning" in menu and "Kwaliteitskaart" in menu

    page.goto("/verbanden/dsz/ict/voortgang/nieuw/")
    for _ in range(60):
        page.keyboard.press("Tab")
        actief = _actief(page)
        if actief["main"] and actief["tag"] == "BUTTON" and actief["type"] == "submit":
            break
    else:
        pytest.fail("De verzendknop van het formulier is niet met Tab bereikbaar")
    assert actief["text"] == "Opslaan"


def test_toegankelijkheidsverklaring_openbaar_en_in_de_voettekst(page, dsz_demo):  # type: ignore[no-untyped-def]
    page.goto("/account/inloggen/")
    page.get_by_role("contentinfo").get_by_role("link", name="Toegankelijkheid").click()
    page.wait_for_url("**/toegankelijkheid/")
    assert page.get_by_role("heading", level=1).inner_text() == "Toegankelijkheidsverklaring"
    for kop in ("Nalevingsstatus", "Onderzoek", "Bekende problemen", "Contact en feedback"):
        assert page.get_by_role("heading", name=kop).is_visible()
