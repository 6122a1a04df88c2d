"""The DSZ demo: the cooperation of Dalfsen, Staphorst and Zwartewaterland in 2011-2012.

Reconstructed from two public documents of Dalfsen: the raadscommissievoorstel "Stand van zaken
bestuurlijke samenwerking" of 8 March 2012 and the status note of September 2012. Everything is
written through the apps' write services, in one transaction, so the demo obeys the same rules
as data entered by hand. The data lives in the ``dsz_*`` modules:

- :mod:`.dsz_datums`: every date, with where it comes from or that it is assumed;
- :mod:`.dsz_register`: organisations, people, alliances, memberships and bodies;
- :mod:`.dsz_terreinen`: domains and working groups;
- :mod:`.dsz_voortgang`: phases and progress updates;
- :mod:`.dsz_mijlpalen`: milestones and their re-planning;
- :mod:`.dsz_bestuur`: meetings, decisions, the motion and the commitments.

People, working-group members and demo users that the documents do not name are fictitious and
say so. The functions of all people are taken to hold from 1 January 2011 (assumed).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from samen.accounts.models import Rol
from samen.accounts.services import gebruiker_create, rol_assign
from samen.businesscase.demo import load_ict_case
from samen.demo.dsz_bestuur import load_bestuur
from samen.demo.dsz_mijlpalen import load_mijlpalen
from samen.demo.dsz_register import DSZ_GEMEENTEN, Register, load_register
from samen.demo.dsz_terreinen import load_terreinen
from samen.demo.dsz_voortgang import load_voortgang
from samen.gegevensbeheer.demo import load_gegevensbeheer_demo
from samen.kwaliteitskaart.demo import load_kwaliteitskaart_demo
from samen.organisaties.models import Samenwerkingsverband

#: The password of every demo user. For the demo only: `samen demo` refuses in production.
DEMO_PASSWORD = "samen-demo-2012"
#: The slug of the alliance whose presence means the demo is loaded.
DEMO_VERBAND = "dsz"
GEMEENTE_NAMEN = {
    "dalfsen": "Dalfsen",
    "staphorst": "Staphorst",
    "zwartewaterland": "Zwartewaterland",
}


@dataclass(frozen=True)
class DemoGebruiker:
    username: str
    organisatie: str  # slug
    rol: str

    @property
    def organisatie_naam(self) -> str:
        return GEMEENTE_NAMEN[self.organisatie]

    @property
    def first_name(self) -> str:
        return self.rol.capitalize()

    @property
    def last_name(self) -> str:
        return f"{self.organisatie_naam} (demo)"


#: One user per role and DSZ municipality: ``dalfsen-beheerder``, ``dalfsen-redacteur``, ...
DEMO_ROLLEN = (
    Rol.Soort.BEHEERDER,
    Rol.Soort.REDACTEUR,
    Rol.Soort.LEZER,
    Rol.Soort.PERSONEELSFUNCTIONARIS,
)
DEMO_GEBRUIKERS = tuple(
    DemoGebruiker(username=f"{org}-{rol}", organisatie=org, rol=rol)
    for org in DSZ_GEMEENTEN
    for rol in DEMO_ROLLEN
)


def demo_geladen() -> bool:
    return Samenwerkingsverband.objects.filter(slug=DEMO_VERBAND).exists()


def _load_gebruikers(reg: Register) -> None:
    for g in DEMO_GEBRUIKERS:
        gebruiker = gebruiker_create(
            username=g.username,
            password=DEMO_PASSWORD,
            first_name=g.first_name,
            last_name=g.last_name,
        )
        rol_assign(gebruiker=gebruiker, organisatie=reg.org[g.organisatie], soort=g.rol)


def load_demo() -> bool:
    """Load the DSZ demo in one transaction. False, and nothing changed, if it is already there."""
    with transaction.atomic():
        if demo_geladen():
            return False
        reg = load_register()
        terreinen = load_terreinen(reg)
        load_voortgang(terreinen)
        load_mijlpalen(terreinen)
        load_bestuur(reg, terreinen)
        _load_gebruikers(reg)
        load_kwaliteitskaart_demo()
        load_ict_case()
        load_gegevensbeheer_demo()
    return True
