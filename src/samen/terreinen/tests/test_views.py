"""The pages on the DSZ demo: what each role sees, the peildatum, and bad input in forms."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from samen.terreinen.models import Mijlpaal, Mijlpaalplanning, Voortgangsbericht

pytestmark = pytest.mark.django_db


def login(client, username: str) -> None:  # type: ignore[no-untyped-def]
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username=username))


def fasen(html: str) -> dict[str, str]:
    return dict(re.findall(r'data-terrein="([^"]+)">.*?data-fase="([^"]+)"', html, re.S))


@pytest.mark.parametrize(
    "url",
    ["/", "/planning/", "/verbanden/dsz/ict/", "/bestuur/toezeggingen/", "/organisaties/dalfsen/"],
)
def test_pages_require_login(client, dsz_demo, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/account/inloggen/")


def test_overview_shows_the_phases_of_the_september_and_march_notes(client, dsz_demo):
    login(client, "dalfsen-lezer")
    september = fasen(client.get("/?peildatum=2012-09-10").content.decode())
    maart = fasen(client.get("/?peildatum=2012-03-08").content.decode())
    assert september == {
        "ict": "uitvoering",
        "inkoop": "businesscase",
        "p-en-o": "businesscase",
        "facilitaire-zaken": "businesscase",
        "belastingen-geo": "uitvoering",
        "financien": "verkenning",
        "sociale-zaken": "geen",
    }
    assert maart["ict"] == "businesscase"
    assert maart["belastingen-geo"] == "businesscase"
    assert maart["financien"] == "geen"


def test_overview_hides_what_happened_after_the_peildatum(client, dsz_demo):
    login(client, "dalfsen-lezer")
    maart = client.get("/?peildatum=2012-03-08").content.decode()
    september = client.get("/?peildatum=2012-09-10").content.decode()
    assert "24 september 2012" not in maart
    assert "Verschoven" in september and "24 september 2012" in september
    assert "latere gebeurtenissen zijn verborgen" in maart


def test_bad_peildatum_gets_a_dutch_message_and_todays_state(client, dsz_demo):
    login(client, "dalfsen-lezer")
    response = client.get("/?peildatum=10-13-2012")
    assert response.status_code == 200
    assert "geen geldige datum" in response.content.decode()
    assert "JJJJ-MM-DD" in response.content.decode()


def test_domain_page_shows_timeline_with_delay_and_replanning(client, dsz_demo):
    login(client, "staphorst-lezer")
    html = client.get("/verbanden/dsz/inkoop/?peildatum=2012-09-10").content.decode()
    assert "Vertraging" in html or "vertraging" in html
    assert "vakanties" in html
    assert "naar 24 september 2012" in html


def test_lezer_cannot_open_or_post_the_update_form(client, dsz_demo):
    login(client, "dalfsen-lezer")
    voor = Voortgangsbericht.objects.count()
    assert client.get("/verbanden/dsz/ict/voortgang/nieuw/").status_code == 403
    response = client.post(
        "/verbanden/dsz/ict/voortgang/nieuw/",
        {"datum": "2012-09-01", "datumprecisie": "dag", "titel": "x", "tekst": "y"},
    )
    assert response.status_code == 403
    assert Voortgangsbericht.objects.count() == voor


def test_redacteur_of_a_non_member_cannot_edit_a_domain(client, dsz_demo):
    from django.contrib.auth import get_user_model

    from samen.accounts.services import rol_assign
    from samen.organisaties.selectors import organisatie_get

    user = get_user_model().objects.create_user("zwolle-redacteur", password="x" * 16)
    rol_assign(gebruiker=user, organisatie=organisatie_get(slug="zwolle"), soort="redacteur")
    client.force_login(user)
    assert client.get("/verbanden/dsz/ict/").status_code == 200  # may read
    assert client.get("/verbanden/dsz/ict/voortgang/nieuw/").status_code == 403


def test_redacteur_posts_an_update_that_shows_on_the_domain_page(client, dsz_demo):
    login(client, "dalfsen-redacteur")
    response = client.post(
        "/verbanden/dsz/ict/voortgang/nieuw/",
        {
            "datum": "2012-10-01",
            "datumprecisie": "dag",
            "titel": "Kwaliteitskaart ICT opgesteld",
            "tekst": "De afdelingshoofden ICT hebben de kwaliteitskaart vastgesteld.",
            "vertraging": "",
        },
    )
    assert response.status_code == 302
    bericht = Voortgangsbericht.objects.get(titel="Kwaliteitskaart ICT opgesteld")
    assert bericht.auteur.username == "dalfsen-redacteur"
    assert bericht.datum == dt.date(2012, 10, 1)
    page = client.get("/verbanden/dsz/ict/").content.decode()
    assert "Kwaliteitskaart ICT opgesteld" in page
    # ... and not on the state of before it happened.
    assert (
        "Kwaliteitskaart ICT opgesteld"
        not in client.get("/verbanden/dsz/ict/?peildatum=2012-09-30").content.decode()
    )


@pytest.mark.parametrize(
    ("datum", "fout"),
    [
        ("2012-13-01", "geen geldige datum"),
        ("13-2012-01", "JJJJ-MM-DD"),
        ("", "Dit veld is verplicht"),
        ("2999-01-01", "toekomst"),
    ],
)
def test_update_form_rejects_bad_dates_in_dutch_and_stores_nothing(client, dsz_demo, datum, fout):
    login(client, "dalfsen-redacteur")
    voor = Voortgangsbericht.objects.count()
    response = client.post(
        "/verbanden/dsz/ict/voortgang/nieuw/",
        {"datum": datum, "datumprecisie": "dag", "titel": "t", "tekst": "x"},
    )
    assert response.status_code == 200
    assert fout in response.content.decode()
    assert Voortgangsbericht.objects.count() == voor


def _open_mijlpaal() -> Mijlpaal:
    return Mijlpaal.objects.filter(
        terrein__slug="belastingen-geo", werkelijke_datum__isnull=True
    ).first()


def test_replanning_keeps_history_and_requires_a_reason(client, dsz_demo):
    login(client, "zwartewaterland-redacteur")
    mijlpaal = _open_mijlpaal()
    url = f"/verbanden/dsz/belastingen-geo/mijlpalen/{mijlpaal.pk}/herplannen/"
    planningen = Mijlpaalplanning.objects.filter(mijlpaal=mijlpaal).count()
    geen_reden = client.post(
        url,
        {
            "vastgesteld_op": "2012-10-15",
            "geplande_datum": "2012-11-30",
            "datumprecisie": "dag",
            "reden": "",
        },
    )
    assert "Dit veld is verplicht" in geen_reden.content.decode()
    assert Mijlpaalplanning.objects.filter(mijlpaal=mijlpaal).count() == planningen
    ok = client.post(
        url,
        {
            "vastgesteld_op": "2012-10-15",
            "geplande_datum": "2012-11-30",
            "datumprecisie": "dag",
            "reden": "Gegevens van Kampen later beschikbaar",
        },
    )
    assert ok.status_code == 302
    assert Mijlpaalplanning.objects.filter(mijlpaal=mijlpaal).count() == planningen + 1
    html = client.get("/verbanden/dsz/belastingen-geo/").content.decode()
    assert "Gegevens van Kampen later beschikbaar" in html


def test_milestone_cannot_be_finished_before_it_started(client, dsz_demo):
    login(client, "dalfsen-redacteur")
    mijlpaal = _open_mijlpaal()
    mijlpaal.startdatum = dt.date(2012, 9, 1)
    mijlpaal.save()
    response = client.post(
        f"/verbanden/dsz/belastingen-geo/mijlpalen/{mijlpaal.pk}/gereed/",
        {"werkelijke_datum": "2012-08-01"},
    )
    assert "niet gereed zijn vóór de start" in response.content.decode()
    mijlpaal.refresh_from_db()
    assert mijlpaal.werkelijke_datum is None


def test_planning_page_has_svg_and_text_alternative(client, dsz_demo):
    login(client, "dalfsen-lezer")
    html = client.get("/planning/?peildatum=2012-09-10").content.decode()
    assert '<svg class="planning-svg"' in html and 'role="img"' in html
    assert "Planning in tabelvorm" in html
    assert html.count("<polygon") >= 5


def test_stand_command_prints_the_state(capsys, dsz_demo):
    call_command(
        "stand", "--verband", "dsz", "--peildatum", "2012-09-10", "--organisatie", "dalfsen"
    )
    out = capsys.readouterr().out
    assert "stand op 10 september 2012" in out
    assert re.search(r"ICT\s+uitvoering", out)
    assert "volgt: Shared Service Center" in out


@pytest.mark.parametrize(
    ("args", "fout"),
    [
        (["--organisatie", "atlantis"], "Onbekende organisatie 'atlantis'"),
        (["--verband", "nergens"], "Onbekend samenwerkingsverband 'nergens'"),
        (["--peildatum", "10/09/2012"], "geen geldige datum"),
    ],
)
def test_stand_command_rejects_bad_options(dsz_demo, args, fout):
    with pytest.raises(CommandError, match=fout) as exc:
        call_command("stand", *args)
    assert exc.value.returncode == 2
