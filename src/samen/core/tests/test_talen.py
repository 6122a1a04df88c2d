"""Dutch by default, English on request (the browser's language or the choice in the footer), and
the English catalog complete and compiled."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import pytest

import samen

PAKKET = Path(samen.__file__).resolve().parent
CATALOGUS = PAKKET / "locale" / "en" / "LC_MESSAGES"
VERTAALD = re.compile(r'{%\s*translate\s+"((?:[^"\\]|\\.)*)"')


def _po(pad: Path) -> dict[str, dict[str, str]]:
    """msgid -> its fields (msgstr, or msgid_plural and msgstr[0], msgstr[1]) of a .po file."""
    entries: dict[str, dict[str, str]] = {}
    huidig: dict[str, str] = {}
    deel = ""
    for regel in [*pad.read_text(encoding="utf-8").splitlines(), ""]:
        if regel.startswith("msg"):
            deel, _, tekst = regel.partition(" ")
            huidig[deel] = ast.literal_eval(tekst)
        elif regel.startswith('"'):
            huidig[deel] += ast.literal_eval(regel)
        elif not regel.strip():
            if huidig.get("msgid"):
                entries[huidig["msgid"]] = huidig
            huidig = {}
    return entries


def _vertaling(entry: dict[str, str]) -> str:
    return entry.get("msgstr", entry.get("msgstr[0]", ""))


def test_every_translated_text_has_its_english_and_the_catalog_is_compiled() -> None:
    po = _po(CATALOGUS / "django.po")
    in_templates = {  # as makemessages writes them: a % as %%
        tekst.replace("%", "%%")
        for sjabloon in PAKKET.rglob("templates/**/*.html")
        for tekst in VERTAALD.findall(sjabloon.read_text(encoding="utf-8"))
    }
    assert len(in_templates) >= 20
    assert in_templates - set(po) == set(), "django-admin makemessages -l en vergeten?"
    assert [m for m, e in po.items() if not _vertaling(e) or not e.get("msgstr[1]", "-")] == []
    with (CATALOGUS / "django.mo").open("rb") as f:
        mo = gettext.GNUTranslations(f)
    gecompileerd = {
        m: mo.ngettext(m, e["msgid_plural"], 1) if "msgid_plural" in e else mo.gettext(m)
        for m, e in po.items()
    }
    assert gecompileerd == {m: _vertaling(e) for m, e in po.items()}, "msgfmt -o django.mo …"


@pytest.mark.django_db
def test_dutch_by_default_english_for_an_english_browser(client) -> None:  # type: ignore[no-untyped-def]
    nl = client.get("/account/inloggen/").content.decode()
    assert '<html lang="nl">' in nl and "Inloggen bij Samen" in nl and "Wachtwoord" in nl
    en = client.get("/account/inloggen/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="en">' in en and "Log in to Samen" in en and "Password" in en
    assert "Inloggen bij Samen" not in en


@pytest.mark.django_db
def test_the_language_choice_in_the_footer_holds_for_the_next_pages(client, dsz_demo) -> None:  # type: ignore[no-untyped-def]
    from samen.demo.loader import DEMO_PASSWORD

    assert client.login(username="dalfsen-redacteur", password=DEMO_PASSWORD)
    pagina = client.get("/").content.decode()
    assert ">Overzicht</a>" in pagina and 'name="language"' in pagina
    antwoord = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert antwoord.status_code == 302 and antwoord["Location"] == "/"
    pagina = client.get("/").content.decode()
    assert (
        ">Overview</a>" in pagina and ">Log out</button>" in pagina and ">Skills map</a>" in pagina
    )
    assert '<option value="en" lang="en" selected>' in pagina
    client.post("/i18n/setlang/", {"language": "nl", "next": "/"})
    assert ">Overzicht</a>" in client.get("/").content.decode()


@pytest.mark.django_db
def test_texts_built_in_python_follow_the_language_but_the_log_stays_dutch(
    client, dsz_demo
) -> None:  # type: ignore[no-untyped-def]
    from django.utils import translation

    from samen.accounts.models import Rol
    from samen.demo.loader import DEMO_PASSWORD
    from samen.logboek.models import Regel
    from samen.organisaties.models import Lidmaatschap

    with translation.override("en"):
        assert str(Rol.Soort.BEHEERDER.label) == "administrator"
    assert str(Rol.Soort.BEHEERDER.label) == "beheerder"
    assert client.login(username="dalfsen-beheerder", password=DEMO_PASSWORD)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    pagina = client.get("/logboek/").content.decode()  # the search form's labels and choices
    assert "Object type" in pagina and "all actions" in pagina and "Soort object" not in pagina
    # a change made in English is logged in Dutch: the log is a record, not a page
    lid = Lidmaatschap.objects.filter(status="lid").first()
    assert lid is not None
    with translation.override("en"):
        assert " member " in str(lid)
        lid.save()
    regel = Regel.objects.filter(objecttype="organisaties.lidmaatschap", object_id=str(lid.pk))
    omschrijving = regel.order_by("-id").first().object_omschrijving  # type: ignore[union-attr]
    assert " lid " in omschrijving and " member " not in omschrijving
