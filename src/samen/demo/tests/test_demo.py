"""The DSZ demo: what the two documents of Dalfsen say, as the register shows it on a peildatum."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import authenticate
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import models

from samen.accounts.models import Rol
from samen.bestuur.models import Besluit, Motie, Toezegging, Vergadering
from samen.bestuur.selectors import toezeggingen_op
from samen.bestuur.status import ToezeggingStatus
from samen.core.dates import DatumPrecisie, format_datum
from samen.demo import dsz_bestuur
from samen.demo.loader import DEMO_GEBRUIKERS, DEMO_PASSWORD, load_demo
from samen.organisaties.models import Inwonertal, Organisatie, Persoon
from samen.organisaties.selectors import lidmaatschappen_op, samenwerkingsverband_get
from samen.terreinen.models import Fasewijziging, Mijlpaalplanning, Voortgangsbericht
from samen.terreinen.selectors import terrein_get, terreinen_stand_op, werkgroepen_op

MAART = dt.date(2012, 3, 8)
SEPTEMBER = dt.date(2012, 9, 10)
NA_DECEMBER = dt.date(2013, 1, 2)

FASEN = {
    MAART: {
        "ict": "businesscase",
        "inkoop": "businesscase",
        "p-en-o": "businesscase",
        "facilitaire-zaken": "businesscase",
        "belastingen-geo": "businesscase",
        "financien": None,
        "sociale-zaken": None,
    },
    SEPTEMBER: {
        "ict": "uitvoering",
        "inkoop": "businesscase",
        "p-en-o": "businesscase",
        "facilitaire-zaken": "businesscase",
        "belastingen-geo": "uitvoering",
        "financien": "verkenning",
        "sociale-zaken": None,
    },
}


@pytest.fixture(autouse=True)
def _snelle_wachtwoorden(settings):
    """Nine demo users: hash their passwords fast in tests."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _fasen(verband: str, peildatum: dt.date) -> dict[str, str | None]:
    standen = terreinen_stand_op(
        samenwerkingsverband=samenwerkingsverband_get(slug=verband), peildatum=peildatum
    )
    return {s.terrein.slug: (s.fase.fase if s.fase else None) for s in standen}


def _aantallen() -> dict[str, int]:
    return {m._meta.label: m._default_manager.count() for m in apps.get_models()}


def _mijlpaal(verband: str, terrein: str, naam_begint: str, peildatum: dt.date):
    standen = terreinen_stand_op(
        samenwerkingsverband=samenwerkingsverband_get(slug=verband), peildatum=peildatum
    )
    stand = next(s for s in standen if s.terrein.slug == terrein)
    return next(m for m in stand.mijlpalen if m.mijlpaal.naam.startswith(naam_begint))


# Phases -------------------------------------------------------------------------------------


@pytest.mark.parametrize("peildatum", [MAART, SEPTEMBER])
def test_fasen_per_terrein_op_de_peildata_van_de_twee_notities(dsz_demo, peildatum):
    assert _fasen("dsz", peildatum) == FASEN[peildatum]


def test_fasen_vlak_voor_en_na_de_wijzigingen(dsz_demo):
    assert _fasen("dsz", dt.date(2012, 5, 14))["ict"] == "businesscase"
    assert _fasen("dsz", dt.date(2012, 5, 15))["ict"] == "besluitvorming"
    assert _fasen("dsz", dt.date(2012, 8, 31))["ict"] == "besluitvorming"
    assert _fasen("dsz", dt.date(2012, 6, 30))["belastingen-geo"] == "uitvoering"
    assert _fasen("dsz", dt.date(2012, 7, 2))["financien"] is None
    assert _fasen("dsz", dt.date(2011, 12, 31))["ict"] is None


def test_ssc_terreinen_verkennen_en_voeren_uit_na_het_convenant(dsz_demo):
    slugs = {"oprichting", "ict", "inkoop", "psa"}
    assert _fasen("ssc", MAART) == dict.fromkeys(slugs, "verkenning")
    assert _fasen("ssc", dt.date(2012, 6, 24)) == dict.fromkeys(slugs, "verkenning")
    assert _fasen("ssc", SEPTEMBER) == dict.fromkeys(slugs, "uitvoering")


def test_ruwe_datums_hebben_hun_precisie(dsz_demo):
    def fase(terrein: str, fase: str) -> Fasewijziging:
        return Fasewijziging.objects.get(
            terrein__samenwerkingsverband__slug="dsz", terrein__slug=terrein, fase=fase
        )

    ict = fase("ict", "besluitvorming")
    assert format_datum(ict.datum, ict.datumprecisie) == "medio mei 2012"
    ict_start = fase("ict", "uitvoering")
    assert (ict_start.datum, ict_start.datumprecisie) == (dt.date(2012, 9, 1), "begin_maand")
    financien = fase("financien", "verkenning")
    assert format_datum(financien.datum, financien.datumprecisie) == "begin juli 2012"
    plan, akkoord = fase("belastingen-geo", "besluitvorming"), fase("belastingen-geo", "uitvoering")
    assert plan.datum < akkoord.datum
    assert {plan.datum.month, akkoord.datum.month} == {6}
    assert plan.datumprecisie == akkoord.datumprecisie == DatumPrecisie.MAAND
    precisies = {v.datum: v.datumprecisie for v in Vergadering.objects.all()}
    assert precisies[dt.date(2012, 5, 15)] == "medio_maand"
    assert precisies[dt.date(2012, 6, 19)] == "maand"
    assert precisies[dt.date(2012, 7, 3)] == "begin_maand"


# Loading ------------------------------------------------------------------------------------


def test_tweede_keer_laden_verandert_niets(dsz_demo):
    voor = _aantallen()
    assert voor["organisaties.Organisatie"] == 8
    assert load_demo() is False
    assert _aantallen() == voor


def test_laden_is_een_transactie(db, monkeypatch):
    def weigert(**kwargs):
        raise ValidationError("kapot")

    monkeypatch.setattr(dsz_bestuur, "toezegging_fulfil", weigert)
    voor = _aantallen()
    with pytest.raises(ValidationError):
        load_demo()
    assert _aantallen() == voor


def test_organisaties_met_cbs_code_en_inwonertallen(dsz_demo):
    codes = dict(Organisatie.objects.values_list("slug", "cbs_code"))
    assert codes == {
        "dalfsen": "GM0148",
        "staphorst": "GM1708",
        "zwartewaterland": "GM1896",
        "zwolle": "GM0193",
        "kampen": "GM0166",
        "provincie-overijssel": "PV23",
        "ommen": "GM0175",
        "hardenberg": "GM0160",
    }
    assert Organisatie.objects.get(slug="provincie-overijssel").soort == "provincie"
    for org in Organisatie.objects.all():
        jaren = set(org.inwonertallen.values_list("jaar", flat=True))
        assert jaren == {2011, 2012}, org
    assert set(Inwonertal.objects.values_list("bron", flat=True)) == {"CBS, afgerond (demo)"}


def test_personen_van_dalfsen_uit_het_voorstel_en_de_rest_fictief(dsz_demo):
    noten = Persoon.objects.get(achternaam="Noten")
    assert noten.formele_naam == "drs. H.C.P. Noten"
    assert noten.roepnaam == "Han"
    zwart = Persoon.objects.get(achternaam="Zwart")
    assert (zwart.email, zwart.telefoon) == ("H.Zwart@dalfsen.nl", "(0529) 48 83 01")
    van_oene = Persoon.objects.get(achternaam="Oene")
    assert van_oene.naam == "Saskia van Oene"
    assert van_oene.formele_naam == "E.S. van Oene"
    assert (van_oene.email, van_oene.telefoon) == ("E.S.vanOene@dalfsen.nl", "(0529) 43 89 28")
    echt = {noten.pk, zwart.pk, van_oene.pk}
    for persoon in Persoon.objects.exclude(pk__in=echt):
        assert "(fictief, demo)" in persoon.functie, persoon
    for gemeente in ("staphorst", "zwartewaterland"):
        functies = " ".join(
            Persoon.objects.filter(organisatie__slug=gemeente).values_list("functie", flat=True)
        )
        assert "burgemeester" in functies and "gemeentesecretaris" in functies


def test_elk_dsz_terrein_heeft_een_werkgroep_met_trekker_en_leden(dsz_demo):
    dsz = samenwerkingsverband_get(slug="dsz")
    for stand in terreinen_stand_op(samenwerkingsverband=dsz, peildatum=SEPTEMBER):
        (werkgroep,) = werkgroepen_op(terrein=stand.terrein, peildatum=SEPTEMBER)
        assert werkgroep.naam == f"DSZ-werkgroep {stand.terrein.naam}"
        assert werkgroep.trekker is not None
        gemeenten = {lid.persoon.organisatie.slug for lid in werkgroep.leden_op}
        assert gemeenten == {"dalfsen", "staphorst", "zwartewaterland"}
        assert werkgroep.trekker.slug in gemeenten


# Memberships --------------------------------------------------------------------------------


def _status(verband: str, org: str, peildatum: dt.date) -> str | None:
    lm = lidmaatschappen_op(
        peildatum=peildatum,
        samenwerkingsverband=samenwerkingsverband_get(slug=verband),
        organisatie=Organisatie.objects.get(slug=org),
    ).first()
    return lm.status if lm else None


def test_ssc_lidmaatschappen_voor_en_na_het_convenant(dsz_demo):
    assert _status("ssc", "zwolle", dt.date(2012, 6, 1)) == "verkent"
    assert _status("ssc", "zwolle", dt.date(2012, 6, 25)) == "lid"
    assert _status("ssc", "zwolle", SEPTEMBER) == "lid"
    assert _status("ssc", "provincie-overijssel", SEPTEMBER) == "lid"
    assert _status("ssc", "dalfsen", SEPTEMBER) == "volgt"
    assert _status("ssc", "dalfsen", MAART) == "volgt"
    assert _status("ssc", "staphorst", SEPTEMBER) == "volgt"
    assert _status("ssc", "dalfsen", dt.date(2012, 3, 7)) is None


def test_dsz_en_ommen_hardenberg(dsz_demo):
    for org in ("dalfsen", "staphorst", "zwartewaterland"):
        assert _status("dsz", org, dt.date(2011, 11, 28)) == "lid"
    assert _status("ommen-hardenberg", "dalfsen", MAART) == "sluit_niet_aan"
    assert _status("ommen-hardenberg", "ommen", SEPTEMBER) == "lid"
    assert _status("ommen-hardenberg", "hardenberg", SEPTEMBER) == "lid"


# Milestones and updates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("terrein", "reden"),
    [
        ("inkoop", "contacten gehad met Zwolle, Kampen en Provincie"),
        ("p-en-o", "verschillende visies van de werkgroepleden"),
    ],
)
def test_businessplannen_inkoop_en_po_verschoven_naar_24_september(dsz_demo, terrein, reden):
    op_datum = _mijlpaal("dsz", terrein, "Businessplan", SEPTEMBER)
    stand = op_datum.stand
    assert stand.geplande_datum == dt.date(2012, 9, 24)
    assert stand.verschoven and not stand.te_laat and not stand.bereikt
    assert reden in stand.herplanningen[-1].reden
    assert "vakanties" in stand.herplanningen[-1].reden
    assert "Aanname" in op_datum.mijlpaal.omschrijving
    in_maart = _mijlpaal("dsz", terrein, "Businessplan", MAART).stand
    assert not in_maart.verschoven and in_maart.geplande_datum < dt.date(2012, 9, 24)


def test_overige_mijlpalen(dsz_demo):
    ict = _mijlpaal("dsz", "ict", "Businessplan ICT", SEPTEMBER).stand
    assert ict.bereikt_op == dt.date(2012, 5, 15)
    start = _mijlpaal("dsz", "ict", "Start", SEPTEMBER).stand
    assert start.bereikt_op == dt.date(2012, 9, 1)
    fz = _mijlpaal("dsz", "facilitaire-zaken", "Businessplan", SEPTEMBER)
    assert fz.stand.te_laat and not fz.stand.herplanningen
    assert "Aanname" in fz.mijlpaal.omschrijving
    rapportage = _mijlpaal("dsz", "belastingen-geo", "Voortgangsrapportage", SEPTEMBER).stand
    assert rapportage.geplande_datum == dt.date(2012, 11, 1) and not rapportage.te_laat
    planning = Mijlpaalplanning.objects.get(mijlpaal__naam__startswith="Voortgangsrapportage")
    assert format_datum(planning.geplande_datum, planning.datumprecisie) == "begin november 2012"
    assert _mijlpaal("ssc", "oprichting", "Convenant", SEPTEMBER).stand.bereikt_op == dt.date(
        2012, 6, 25
    )
    operationeel = _mijlpaal("ssc", "oprichting", "Shared Service Center", SEPTEMBER).stand
    assert operationeel.geplande_datum == dt.date(2013, 1, 1) and not operationeel.bereikt


def test_vertragingen_staan_in_de_voortgangsberichten(dsz_demo):
    def vertragingen(terrein: str) -> str:
        return " ".join(
            Voortgangsbericht.objects.filter(
                terrein__samenwerkingsverband__slug="dsz", terrein__slug=terrein
            ).values_list("vertraging", flat=True)
        )

    assert "Zwolle, Kampen en Provincie" in vertragingen("inkoop")
    assert "vakanties" in vertragingen("inkoop")
    assert "verschillende visies" in vertragingen("p-en-o")
    assert "drie maanden" in vertragingen("facilitaire-zaken")
    assert vertragingen("ict").strip() == ""
    dsz = samenwerkingsverband_get(slug="dsz")
    for stand in terreinen_stand_op(samenwerkingsverband=dsz, peildatum=MAART):
        assert stand.laatste_bericht is not None, stand.terrein
        assert stand.laatste_bericht.datum == MAART
    sociale_zaken = terrein_get(samenwerkingsverband_slug="dsz", slug="sociale-zaken")
    assert "later stadium" in sociale_zaken.voortgangsberichten.get(datum=MAART).tekst


# Governance ---------------------------------------------------------------------------------


def test_besluiten_van_stuurgroep_en_burgemeesters(dsz_demo):
    besluiten = {
        (b.vergadering.datum, b.terrein.slug if b.terrein else None, b.uitkomst)
        for b in Besluit.objects.select_related("vergadering", "terrein")
    }
    assert (dt.date(2012, 5, 15), "ict", "afgewezen") in besluiten
    assert (dt.date(2012, 5, 15), "ict", "opdracht") in besluiten
    assert (dt.date(2012, 5, 15), "facilitaire-zaken", "opdracht") in besluiten
    assert (dt.date(2012, 6, 19), "belastingen-geo", "akkoord") in besluiten
    assert (dt.date(2012, 6, 19), "belastingen-geo", "opdracht") in besluiten
    assert (dt.date(2012, 7, 3), "financien", "opdracht") in besluiten
    ict = Besluit.objects.get(uitkomst="afgewezen")
    assert "€ 200.000" in ict.tekst and "€ 600.000" in ict.tekst
    assert "geen ICT-pool" in ict.tekst
    mei = Vergadering.objects.get(datum=dt.date(2012, 5, 15))
    assert {o.slug for o in mei.organen.all()} == {"stuurgroep-dsz", "burgemeesters-dsz"}
    commissie = Vergadering.objects.get(datum=MAART)
    assert "agendapunt 7" in commissie.omschrijving


def test_motie_en_toezeggingen(dsz_demo):
    motie = Motie.objects.get()
    assert (motie.datum, motie.titel, motie.orgaan.slug) == (
        dt.date(2011, 11, 28),
        "Sterker Dichtbij",
        "raad-dalfsen",
    )
    assert "regelmatig te informeren" in motie.verzoek
    assert Toezegging.objects.filter(motie=motie).count() == 2

    def statussen(peildatum: dt.date) -> dict[int, ToezeggingStatus]:
        return {
            s.toezegging.vervaldatum.month: s.status for s in toezeggingen_op(peildatum=peildatum)
        }

    assert statussen(MAART) == {9: ToezeggingStatus.OPEN}
    assert statussen(SEPTEMBER) == {9: ToezeggingStatus.NAGEKOMEN, 12: ToezeggingStatus.OPEN}
    assert statussen(NA_DECEMBER) == {9: ToezeggingStatus.NAGEKOMEN, 12: ToezeggingStatus.TE_LAAT}
    december = Toezegging.objects.get(vervaldatum=dt.date(2012, 12, 31))
    assert "tenzij er eerder een aanleiding is" in december.omschrijving
    assert december.vervaldatum_precisie == "maand"
    september = Toezegging.objects.get(vervaldatum=dt.date(2012, 9, 30))
    assert september.nagekomen_op == SEPTEMBER
    assert "Aanname" in september.nagekomen_toelichting


def test_niets_is_gedateerd_na_2012(dsz_demo):
    """Only a plan may point beyond 2012: the SSC is to be operational on 1 January 2013."""
    laat = []
    for model in apps.get_models():
        velden = [
            f.name
            for f in model._meta.concrete_fields
            if isinstance(f, models.DateField) and not isinstance(f, models.DateTimeField)
        ]
        for veld in velden:
            for pk, waarde in model._default_manager.filter(
                **{f"{veld}__gt": dt.date(2012, 12, 31)}
            ).values_list("pk", veld):
                laat.append((model._meta.label, veld, pk, waarde))
    ssc = Mijlpaalplanning.objects.get(mijlpaal__naam="Shared Service Center operationeel")
    assert laat == [("terreinen.Mijlpaalplanning", "geplande_datum", ssc.pk, dt.date(2013, 1, 1))]


# The command and the demo users -------------------------------------------------------------


def test_commando_laadt_de_demo_en_toont_alle_logins(db):
    out = StringIO()
    call_command("demo", stdout=out)
    tekst = out.getvalue()
    assert "DSZ-demo geladen." in tekst
    assert "alleen voor de demo" in tekst
    for gebruiker in DEMO_GEBRUIKERS:
        assert gebruiker.username in tekst
    assert len(DEMO_GEBRUIKERS) == 12  # four roles in each of the three municipalities
    assert "dalfsen-personeelsfunctionaris" in tekst
    assert tekst.count(DEMO_PASSWORD) >= 1
    user = authenticate(username="dalfsen-redacteur", password=DEMO_PASSWORD)
    assert user is not None
    assert Rol.objects.get(gebruiker=user).soort == "redacteur"
    assert Rol.objects.get(gebruiker=user).organisatie.slug == "dalfsen"
    beheerder = authenticate(username="zwartewaterland-beheerder", password=DEMO_PASSWORD)
    assert beheerder is not None and beheerder.is_staff
    assert authenticate(username="dalfsen-redacteur", password="fout") is None

    out = StringIO()
    call_command("demo", stdout=out)
    assert "DSZ-demo was al geladen; niets gewijzigd." in out.getvalue()
    assert "staphorst-lezer" in out.getvalue()


def test_commando_weigert_in_productie(db, settings):
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="productie"):
        call_command("demo", stdout=StringIO())
    assert not Organisatie.objects.exists()
    out = StringIO()
    call_command("demo", "--force", stdout=out)
    assert "DSZ-demo geladen." in out.getvalue()


def test_commando_meldt_een_botsing_en_wijzigt_niets(db):
    from samen.organisaties.services import organisatie_create

    organisatie_create(naam="Dalfsen", slug="dalfsen", soort="gemeente", cbs_code="GM0148")
    voor = _aantallen()
    with pytest.raises(CommandError, match="niets gewijzigd"):
        call_command("demo", stdout=StringIO())
    assert _aantallen() == voor
