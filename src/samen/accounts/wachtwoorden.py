"""A password validator against common and breached passwords, offline first.

The network of a municipal installation is often closed, so the check that always runs is offline:

1. Django's own list of 20,000 common passwords (the one ``CommonPasswordValidator`` uses, taken
   from leaked password sets; BSD licence, shipped with Django), plus a short list of our own of
   Dutch words that people build passwords from (``welkom``, ``wachtwoord``, the months, the
   seasons, the DSZ municipalities);
2. applied not only to the password itself but to its *stem*: lower case, common letter-for-digit
   swaps undone (``w3lk0m`` is ``welkom``) and digits and punctuation at the start and end removed,
   so ``Welkom2026!`` and ``P@ssword123`` are refused like ``welkom`` and ``password``.

Optionally (``SAMEN_HIBP_CONTROLE=true``, off by default) the password is also looked up in Have I
Been Pwned with its k-anonymity range API: only the first five hex characters of its SHA-1 leave the
server. When that service cannot be reached the offline verdict stands (the check does not block
changing a password); the failure is logged.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
import urllib.request

from django.conf import settings
from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError
from django.utils.translation import gettext

logger = logging.getLogger(__name__)

#: Dutch words passwords are often made of (our own list, no third-party licence).
NEDERLANDSE_WOORDEN = frozenset(
    [
        "welkom",
        "welkom01",
        "wachtwoord",
        "wachtwoorden",
        "geheim",
        "geheimpje",
        "inloggen",
        "aanmelden",
        "gebruiker",
        "beheerder",
        "beheer",
        "gemeente",
        "gemeentehuis",
        "raadhuis",
        "ambtenaar",
        "samen",
        "samenwerking",
        "dalfsen",
        "staphorst",
        "zwartewaterland",
        "hasselt",
        "genemuiden",
        "nieuwleusen",
        "overijssel",
        "zwolle",
        "nederland",
        "holland",
        "oranje",
        "amsterdam",
        "rotterdam",
        "utrecht",
        "denhaag",
        "eindhoven",
        "groningen",
        "ajax",
        "feyenoord",
        "psv",
        "voetbal",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "lente",
        "zomer",
        "herfst",
        "winter",
        "voorjaar",
        "najaar",
        "kerst",
        "kerstmis",
        "pasen",
        "sinterklaas",
        "hallo",
        "hoi",
        "doei",
        "liefde",
        "schatje",
        "schat",
        "prinses",
        "kabouter",
        "konijn",
        "poesje",
        "hondje",
        "tijger",
        "vakantie",
        "koffie",
        "thee",
        "fiets",
        "kaas",
        "appel",
        "banaan",
    ]
)

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
_RAND = re.compile(r"^[\W\d_]+|[\W\d_]+$")


@functools.cache
def _lijst() -> frozenset[str]:
    woorden = CommonPasswordValidator().passwords  # Django's list, already lower case
    return frozenset(set(woorden) | NEDERLANDSE_WOORDEN)


def stammen(wachtwoord: str) -> set[str]:
    """The forms of a password that are compared with the lists."""
    laag = wachtwoord.strip().lower()
    vormen = {laag, laag.replace(" ", "")}
    for vorm in list(vormen):
        kaal = _RAND.sub("", vorm)
        vormen |= {kaal, _RAND.sub("", kaal.translate(_LEET)), vorm.translate(_LEET)}
        # the digits and symbols at the end are usually a year or "!": the stem before them
        vormen.add(_RAND.sub("", vorm.rstrip("0123456789!?.#*@$%&_- ")).translate(_LEET))
    return {v for v in vormen if len(v) >= 4}


def in_offline_lijst(wachtwoord: str) -> bool:
    return bool(stammen(wachtwoord) & _lijst())


def in_hibp(wachtwoord: str, *, url: str, timeout: float = 3.0) -> bool | None:
    """Whether Have I Been Pwned knows the password; None when the service gave no answer."""
    sha1 = hashlib.sha1(wachtwoord.encode("utf-8"), usedforsecurity=False).hexdigest().upper()
    prefix, suffix = sha1[:5], sha1[5:]
    verzoek = urllib.request.Request(
        url + prefix, headers={"Add-Padding": "true", "User-Agent": "Samen-wachtwoordcontrole"}
    )
    try:
        with urllib.request.urlopen(verzoek, timeout=timeout) as antwoord:
            tekst = antwoord.read().decode("utf-8", "replace")
    except OSError as exc:
        logger.warning(
            "Have I Been Pwned niet bereikbaar (%s); alleen de offline controle telt.", exc
        )
        return None
    for regel in tekst.splitlines():
        rest, _, aantal = regel.strip().partition(":")
        if rest.upper() == suffix and aantal.strip() not in {"", "0"}:
            return True
    return False


class GelekteWachtwoordenValidator:
    """Refuses passwords that appear (or whose stem appears) in lists of leaked passwords."""

    def validate(self, password: str, user: object = None) -> None:
        if in_offline_lijst(password):
            raise ValidationError(
                gettext(
                    "Dit wachtwoord (of het woord waarop het is gebaseerd) staat in een lijst van "
                    "veel gebruikte of uitgelekte wachtwoorden. Kies een langere zin van eigen "
                    "woorden."
                ),
                code="password_breached",
            )
        online = getattr(settings, "SAMEN_HIBP_CONTROLE", False)
        if online and in_hibp(password, url=settings.SAMEN_HIBP_URL):
            raise ValidationError(
                gettext(
                    "Dit wachtwoord komt voor in bekende datalekken (Have I Been Pwned). "
                    "Kies een ander wachtwoord."
                ),
                code="password_breached",
            )

    def get_help_text(self) -> str:
        return gettext(
            "Uw wachtwoord mag niet voorkomen in lijsten van veel gebruikte of uitgelekte "
            "wachtwoorden, ook niet met cijfers of tekens ervoor of erachter."
        )
