"""Lock-out after failed logins, the breached-password check and the second factor (issue 8)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.server
import struct
import threading
import time
from collections.abc import Iterator

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from samen.accounts.wachtwoorden import GelekteWachtwoordenValidator, in_hibp
from samen.demo.loader import DEMO_PASSWORD

LOGIN = "accounts:login"


# --- lock-out (django-axes) -----------------------------------------------------------------------


def _poging(client: Client, wachtwoord: str, gebruiker: str = "dalfsen-redacteur"):  # type: ignore[no-untyped-def]
    return client.post(reverse(LOGIN), {"username": gebruiker, "password": wachtwoord})


@pytest.mark.django_db
def test_vijf_foute_pogingen_vergrendelen_het_account(dsz_demo, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _poging(client, "fout-wachtwoord").status_code == 200  # the form with its error
    # the fifth failure locks; from then on even the right password is refused
    assert _poging(client, "fout-wachtwoord").status_code == 429
    response = _poging(client, DEMO_PASSWORD)
    assert response.status_code == 429
    assert "tijdelijk geblokkeerd" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # another user from the same address is not locked out (the pair username + address is)
    assert _poging(client, DEMO_PASSWORD, "dalfsen-lezer").status_code == 302


@pytest.mark.django_db
def test_geslaagde_login_telt_opnieuw(dsz_demo, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        _poging(client, "fout-wachtwoord")
    assert _poging(client, DEMO_PASSWORD).status_code == 302
    client.post(reverse("accounts:logout"))
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _poging(client, "fout-wachtwoord").status_code == 200
    assert _poging(client, DEMO_PASSWORD).status_code == 302


@pytest.mark.django_db
def test_testclient_login_blijft_werken(dsz_demo):
    client = Client()
    assert client.login(username="dalfsen-lezer", password=DEMO_PASSWORD)
    assert not client.login(username="dalfsen-lezer", password="fout")


# --- passwords ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "wachtwoord",
    [
        "Welkom2026!",
        "P@ssw0rd123",
        "wachtwoord",
        "Zomer2025",
        "123Dalfsen!!",
        "qwerty123456",
        "W3lk0m!!",
    ],
)
def test_gelekte_en_afgeleide_wachtwoorden_geweigerd(wachtwoord):
    with pytest.raises(ValidationError) as fout:
        GelekteWachtwoordenValidator().validate(wachtwoord)
    assert fout.value.error_list[0].code == "password_breached"


@pytest.mark.parametrize(
    "wachtwoord", ["kraanvogel-over-het-vechtdal-1492", "Drie fietsen en een roeiboot"]
)
def test_eigen_zinnen_toegestaan(wachtwoord):
    GelekteWachtwoordenValidator().validate(wachtwoord)
    validate_password(wachtwoord)  # the whole chain of settings.AUTH_PASSWORD_VALIDATORS


def test_validatorketen_bevat_de_controle():
    with pytest.raises(ValidationError) as fout:
        validate_password("Welkom2026!!!")
    assert "password_breached" in {e.code for e in fout.value.error_list}


class _Bereik(http.server.BaseHTTPRequestHandler):
    """A stand-in for the HIBP range API: answers with the real SHA-1 suffixes it is given."""

    bekend: set[str] = set()

    def do_GET(self) -> None:
        prefix = self.path.rsplit("/", 1)[-1]
        regels = [f"{h[5:]}:42" for h in self.bekend if h.startswith(prefix)]
        regels.append("0" * 35 + ":0")  # padding, as the real API adds
        body = "\r\n".join(regels).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def hibp() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Bereik)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/range/"
    server.shutdown()


def test_hibp_k_anonimiteit(hibp, settings):
    gelekt = "kraanvogel-over-het-vechtdal-1492"
    _Bereik.bekend = {hashlib.sha1(gelekt.encode()).hexdigest().upper()}
    assert in_hibp(gelekt, url=hibp) is True
    assert in_hibp("een heel andere zin", url=hibp) is False
    settings.SAMEN_HIBP_CONTROLE = True
    settings.SAMEN_HIBP_URL = hibp
    with pytest.raises(ValidationError):
        GelekteWachtwoordenValidator().validate(gelekt)
    settings.SAMEN_HIBP_CONTROLE = False
    GelekteWachtwoordenValidator().validate(gelekt)  # off by default: only the offline list


def test_hibp_onbereikbaar_blokkeert_niet(settings):
    settings.SAMEN_HIBP_CONTROLE = True
    settings.SAMEN_HIBP_URL = "http://127.0.0.1:9/range/"  # discard port: nothing listens
    assert in_hibp("iets", url=settings.SAMEN_HIBP_URL, timeout=0.5) is None
    GelekteWachtwoordenValidator().validate("kraanvogel-over-het-vechtdal-1492")


# --- second factor (TOTP) -------------------------------------------------------------------------


def totp(sleutel_hex: str, tijd: float | None = None) -> str:
    """RFC 6238 TOTP (SHA-1, 30 s, 6 digits), computed here independently of django-otp."""
    teller = int((time.time() if tijd is None else tijd) // 30)
    mac = hmac.new(bytes.fromhex(sleutel_hex), struct.pack(">Q", teller), hashlib.sha1).digest()
    start = mac[-1] & 0x0F
    getal = struct.unpack(">I", mac[start : start + 4])[0] & 0x7FFFFFFF
    return f"{getal % 1_000_000:06d}"


@pytest.fixture
def met_2fa(settings):
    settings.SAMEN_2FA_BEHEERDERS = True
    return settings


@pytest.mark.django_db
def test_beheerder_moet_tweede_factor_instellen_en_gebruiken(dsz_demo, met_2fa):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    client = Client()
    assert _poging(client, DEMO_PASSWORD, "dalfsen-beheerder").status_code == 302
    overzicht = reverse("terreinen:overzicht")
    response = client.get(overzicht)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:tweede-factor-instellen"))
    assert client.get(reverse("admin:index")).status_code == 302  # the admin too

    pagina = client.get(response["Location"])
    html = pagina.content.decode()
    assert pagina.status_code == 200 and "<svg" in html and "Tweede factor instellen" in html
    device = TOTPDevice.objects.get(user__username="dalfsen-beheerder")
    assert not device.confirmed
    # the key shown for typing over is the device's key in base32
    geheim = base64.b32encode(bytes.fromhex(device.key)).decode().rstrip("=")
    assert geheim[:4] in html

    fout = client.post(
        reverse("accounts:tweede-factor-instellen"), {"code": "000000", "next": overzicht}
    )
    if totp(device.key) != "000000":
        assert fout.status_code == 400
        assert "klopt niet" in fout.content.decode()
    time.sleep(1.1)  # django-otp throttles: one second after the first wrong code
    goed = client.post(
        reverse("accounts:tweede-factor-instellen"), {"code": totp(device.key), "next": overzicht}
    )
    assert goed.status_code == 302 and goed["Location"] == overzicht
    assert client.get(overzicht).status_code == 200
    device.refresh_from_db()
    assert device.confirmed

    # a new session asks for a code (verify page, not setup), and accepts the next one
    tweede = Client()
    _poging(tweede, DEMO_PASSWORD, "dalfsen-beheerder")
    response = tweede.get(overzicht)
    assert response["Location"].startswith(reverse("accounts:tweede-factor-controleren"))
    assert (
        tweede.post(reverse("accounts:tweede-factor-controleren"), {"code": "12345"}).status_code
        == 400
    )
    volgende = totp(device.key, time.time() + 30)  # a code not used before (replay is refused)
    ok = tweede.post(
        reverse("accounts:tweede-factor-controleren"), {"code": volgende, "next": overzicht}
    )
    assert ok.status_code == 302 and ok["Location"] == overzicht
    assert tweede.get(overzicht).status_code == 200


@pytest.mark.django_db
def test_tweede_factor_alleen_voor_beheerders(dsz_demo, met_2fa):
    client = Client()
    _poging(client, DEMO_PASSWORD, "dalfsen-redacteur")
    assert client.get(reverse("terreinen:overzicht")).status_code == 200


@pytest.mark.django_db
def test_tweede_factor_uit_in_demo(dsz_demo, settings):
    settings.SAMEN_2FA_BEHEERDERS = False
    client = Client()
    _poging(client, DEMO_PASSWORD, "dalfsen-beheerder")
    assert client.get(reverse("terreinen:overzicht")).status_code == 200


@pytest.mark.django_db
def test_next_naar_andere_site_genegeerd(dsz_demo, met_2fa):
    client = Client()
    _poging(client, DEMO_PASSWORD, "dalfsen-beheerder")
    pagina = client.get(
        reverse("accounts:tweede-factor-instellen") + "?next=https://kwaad.example/"
    )
    assert 'value="/"' in pagina.content.decode()
