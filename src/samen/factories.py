"""factory_boy factories for the models, shared by all tests.

Each factory builds the smallest valid record; tests pass what matters to them. Factories write
straight to the database and skip the services: to test a rule, call the service, not a factory.
"""

from __future__ import annotations

import datetime as dt

import factory
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

from samen.accounts.models import Rol
from samen.bestuur.models import Besluit, Motie, Orgaan, Toezegging, Vergadering
from samen.organisaties.models import (
    Inwonertal,
    Lidmaatschap,
    Organisatie,
    Persoon,
    Samenwerkingsverband,
)
from samen.terreinen.models import (
    Fase,
    Fasewijziging,
    Mijlpaal,
    Mijlpaalplanning,
    Samenwerkingsterrein,
    Voortgangsbericht,
    Werkgroep,
    Werkgroeplid,
)

BEGIN = dt.date(2012, 1, 1)


# --- organisaties -------------------------------------------------------------------------------


class OrganisatieFactory(DjangoModelFactory):
    class Meta:
        model = Organisatie

    naam = factory.Sequence(lambda n: f"Gemeente {n}")
    slug = factory.Sequence(lambda n: f"gemeente-{n}")
    soort = Organisatie.Soort.GEMEENTE
    # GM9000-GM9999: no real municipality has such a code, so none meets the demo's (GM0148...).
    cbs_code = factory.Sequence(lambda n: f"GM{9000 + n % 1000:04d}")


class InwonertalFactory(DjangoModelFactory):
    class Meta:
        model = Inwonertal

    organisatie = factory.SubFactory(OrganisatieFactory)
    jaar = 2012
    aantal = 25_000


class PersoonFactory(DjangoModelFactory):
    class Meta:
        model = Persoon

    organisatie = factory.SubFactory(OrganisatieFactory)
    roepnaam = "Anna"
    achternaam = factory.Sequence(lambda n: f"Jansen{n}")
    functie = "beleidsmedewerker"
    begindatum = BEGIN


class SamenwerkingsverbandFactory(DjangoModelFactory):
    class Meta:
        model = Samenwerkingsverband

    naam = factory.Sequence(lambda n: f"Samenwerking {n}")
    afkorting = factory.Sequence(lambda n: f"SW{n}")
    slug = factory.Sequence(lambda n: f"samenwerking-{n}")


class LidmaatschapFactory(DjangoModelFactory):
    class Meta:
        model = Lidmaatschap

    organisatie = factory.SubFactory(OrganisatieFactory)
    samenwerkingsverband = factory.SubFactory(SamenwerkingsverbandFactory)
    status = Lidmaatschap.Status.LID
    begindatum = BEGIN


# --- terreinen ----------------------------------------------------------------------------------


class SamenwerkingsterreinFactory(DjangoModelFactory):
    class Meta:
        model = Samenwerkingsterrein

    samenwerkingsverband = factory.SubFactory(SamenwerkingsverbandFactory)
    naam = factory.Sequence(lambda n: f"Terrein {n}")
    slug = factory.Sequence(lambda n: f"terrein-{n}")


class WerkgroepFactory(DjangoModelFactory):
    class Meta:
        model = Werkgroep

    terrein = factory.SubFactory(SamenwerkingsterreinFactory)
    naam = factory.Sequence(lambda n: f"Werkgroep {n}")
    begindatum = BEGIN


class WerkgroeplidFactory(DjangoModelFactory):
    class Meta:
        model = Werkgroeplid

    werkgroep = factory.SubFactory(WerkgroepFactory)
    persoon = factory.SubFactory(PersoonFactory)
    begindatum = BEGIN


class FasewijzigingFactory(DjangoModelFactory):
    class Meta:
        model = Fasewijziging

    terrein = factory.SubFactory(SamenwerkingsterreinFactory)
    fase = Fase.VERKENNING
    datum = BEGIN


class VoortgangsberichtFactory(DjangoModelFactory):
    class Meta:
        model = Voortgangsbericht

    terrein = factory.SubFactory(SamenwerkingsterreinFactory)
    datum = BEGIN
    titel = factory.Sequence(lambda n: f"Bericht {n}")
    tekst = "Voortgang."


class MijlpaalFactory(DjangoModelFactory):
    class Meta:
        model = Mijlpaal

    terrein = factory.SubFactory(SamenwerkingsterreinFactory)
    naam = factory.Sequence(lambda n: f"Mijlpaal {n}")


class MijlpaalplanningFactory(DjangoModelFactory):
    class Meta:
        model = Mijlpaalplanning

    mijlpaal = factory.SubFactory(MijlpaalFactory)
    vastgesteld_op = BEGIN
    geplande_datum = dt.date(2012, 6, 1)
    reden = "Eerste planning"


# --- bestuur ------------------------------------------------------------------------------------


class OrgaanFactory(DjangoModelFactory):
    """A municipal council by default."""

    class Meta:
        model = Orgaan

    naam = factory.Sequence(lambda n: f"Gemeenteraad {n}")
    slug = factory.Sequence(lambda n: f"orgaan-{n}")
    soort = Orgaan.Soort.RAAD
    organisatie = factory.SubFactory(OrganisatieFactory)


class VergaderingFactory(DjangoModelFactory):
    """Pass ``organen=[...]`` to link the bodies that met."""

    class Meta:
        model = Vergadering
        skip_postgeneration_save = True

    datum = BEGIN

    @factory.post_generation
    def organen(self, create, extracted, **kwargs):
        if create and extracted:
            self.organen.set(extracted)


class BesluitFactory(DjangoModelFactory):
    class Meta:
        model = Besluit

    vergadering = factory.SubFactory(VergaderingFactory)
    onderwerp = factory.Sequence(lambda n: f"Besluit {n}")
    uitkomst = Besluit.Uitkomst.AKKOORD
    tekst = "Akkoord."


class MotieFactory(DjangoModelFactory):
    class Meta:
        model = Motie

    orgaan = factory.SubFactory(OrgaanFactory)
    datum = BEGIN
    titel = factory.Sequence(lambda n: f"Motie {n}")
    verzoek = "Informeer de raad."


class ToezeggingFactory(DjangoModelFactory):
    class Meta:
        model = Toezegging

    orgaan = factory.SubFactory(
        OrgaanFactory, soort=Orgaan.Soort.COLLEGE, naam=factory.Sequence(lambda n: f"College {n}")
    )
    aan = factory.SubFactory(OrgaanFactory)
    omschrijving = factory.Sequence(lambda n: f"Toezegging {n}")
    gedaan_op = BEGIN
    vervaldatum = dt.date(2012, 9, 30)


# --- accounts -----------------------------------------------------------------------------------


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    is_active = True
    password = "!"  # unusable; hashing a real one makes every test slow


class RolFactory(DjangoModelFactory):
    class Meta:
        model = Rol

    gebruiker = factory.SubFactory(UserFactory)
    organisatie = factory.SubFactory(OrganisatieFactory)
    soort = Rol.Soort.LEZER
