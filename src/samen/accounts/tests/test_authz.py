"""Who may do what: ``may`` decides, default deny."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from samen.accounts.authz import Actie, may, rollen_van
from samen.accounts.models import Rol
from samen.accounts.services import rol_assign
from samen.factories import (
    LidmaatschapFactory,
    MijlpaalFactory,
    OrganisatieFactory,
    RolFactory,
    SamenwerkingsterreinFactory,
    SamenwerkingsverbandFactory,
    UserFactory,
)
from samen.organisaties.models import Lidmaatschap

pytestmark = pytest.mark.django_db

LEZEN, BEWERKEN, BEHEREN = Actie.LEZEN, Actie.BEWERKEN, Actie.BEHEREN
LANG_GELEDEN = dt.date(2000, 1, 1)


@pytest.fixture
def wereld():
    """Dalfsen is lid of DSZ and only volgt the SSC; Zwolle is lid of the SSC."""
    dalfsen = OrganisatieFactory(naam="Dalfsen")
    zwolle = OrganisatieFactory(naam="Zwolle")
    dsz = SamenwerkingsverbandFactory(naam="DSZ")
    ssc = SamenwerkingsverbandFactory(naam="SSC")
    LidmaatschapFactory(organisatie=dalfsen, samenwerkingsverband=dsz, begindatum=LANG_GELEDEN)
    LidmaatschapFactory(
        organisatie=dalfsen,
        samenwerkingsverband=ssc,
        status=Lidmaatschap.Status.VOLGT,
        begindatum=LANG_GELEDEN,
    )
    LidmaatschapFactory(organisatie=zwolle, samenwerkingsverband=ssc, begindatum=LANG_GELEDEN)
    return {
        "dalfsen": dalfsen,
        "zwolle": zwolle,
        "dsz": dsz,
        "ssc": ssc,
        "dsz_ict": SamenwerkingsterreinFactory(samenwerkingsverband=dsz, naam="ICT"),
        "ssc_ict": SamenwerkingsterreinFactory(samenwerkingsverband=ssc, naam="ICT SSC"),
    }


def gebruiker_met(organisatie, soort, **kwargs):
    """A fresh user object (``may`` caches the roles on the instance)."""
    user = UserFactory(**kwargs)
    RolFactory(gebruiker=user, organisatie=organisatie, soort=soort)
    return get_user_model().objects.get(pk=user.pk)


def test_anonymous_may_nothing(wereld):
    anoniem = AnonymousUser()
    for actie in Actie:
        for obj in (None, wereld["dsz_ict"], wereld["dsz"]):
            assert not may(anoniem, actie, obj)
    assert rollen_van(anoniem) == []


def test_user_without_a_role_may_not_even_read(wereld):
    user = UserFactory()
    assert not may(user, LEZEN)
    assert not may(user, BEWERKEN, wereld["dsz_ict"])
    assert not may(user, BEHEREN)


def test_lezer_reads_but_does_not_edit(wereld):
    lezer = gebruiker_met(wereld["dalfsen"], Rol.Soort.LEZER)
    assert may(lezer, LEZEN)
    assert not may(lezer, BEWERKEN, wereld["dsz_ict"])
    assert not may(lezer, BEWERKEN, wereld["dsz"])
    assert not may(lezer, BEHEREN)


def test_redacteur_edits_the_domains_of_an_alliance_where_the_organisation_is_lid(wereld):
    redacteur = gebruiker_met(wereld["dalfsen"], Rol.Soort.REDACTEUR)
    assert may(redacteur, LEZEN)
    assert may(redacteur, BEWERKEN, wereld["dsz_ict"])
    assert may(redacteur, BEWERKEN, wereld["dsz"])
    assert may(redacteur, BEWERKEN, MijlpaalFactory(terrein=wereld["dsz_ict"]))  # via its domain
    assert not may(redacteur, BEHEREN)


def test_redacteur_does_not_edit_where_the_organisation_only_volgt(wereld):
    redacteur = gebruiker_met(wereld["dalfsen"], Rol.Soort.REDACTEUR)
    assert not may(redacteur, BEWERKEN, wereld["ssc_ict"])
    assert not may(redacteur, BEWERKEN, wereld["ssc"])
    assert not may(redacteur, BEWERKEN, MijlpaalFactory(terrein=wereld["ssc_ict"]))


def test_redacteur_of_a_member_of_the_other_alliance(wereld):
    redacteur = gebruiker_met(wereld["zwolle"], Rol.Soort.REDACTEUR)
    assert may(redacteur, BEWERKEN, wereld["ssc_ict"])
    assert not may(redacteur, BEWERKEN, wereld["dsz_ict"])


def test_bewerken_of_something_outside_any_alliance_is_refused(wereld):
    redacteur = gebruiker_met(wereld["dalfsen"], Rol.Soort.REDACTEUR)
    assert not may(redacteur, BEWERKEN, wereld["dalfsen"])  # an organisation is no alliance
    assert not may(
        redacteur, BEWERKEN, SamenwerkingsterreinFactory()
    )  # an alliance without members


def test_lezer_may_not_edit_anything(wereld):
    lezer = gebruiker_met(wereld["dalfsen"], Rol.Soort.LEZER)
    assert not may(lezer, BEWERKEN)


def test_membership_counts_only_while_it_holds(wereld):
    vandaag = timezone.localdate()
    oud = OrganisatieFactory(naam="Oud-lid")
    nieuw = OrganisatieFactory(naam="Toekomstig lid")
    LidmaatschapFactory(
        organisatie=oud,
        samenwerkingsverband=wereld["dsz"],
        begindatum=LANG_GELEDEN,
        einddatum=vandaag,
    )
    LidmaatschapFactory(
        organisatie=nieuw,
        samenwerkingsverband=wereld["dsz"],
        begindatum=vandaag + dt.timedelta(days=1),
    )
    assert not may(gebruiker_met(oud, Rol.Soort.REDACTEUR), BEWERKEN, wereld["dsz_ict"])
    assert not may(gebruiker_met(nieuw, Rol.Soort.REDACTEUR), BEWERKEN, wereld["dsz_ict"])


def test_beheerder_manages_and_edits_where_lid(wereld):
    beheerder = gebruiker_met(wereld["dalfsen"], Rol.Soort.BEHEERDER)
    assert may(beheerder, BEHEREN)
    assert may(beheerder, LEZEN)
    assert may(beheerder, BEWERKEN, wereld["dsz_ict"])
    assert not may(beheerder, BEWERKEN, wereld["ssc_ict"])


def test_roles_at_two_organisations_add_up(wereld):
    user = UserFactory()
    RolFactory(gebruiker=user, organisatie=wereld["dalfsen"], soort=Rol.Soort.LEZER)
    RolFactory(gebruiker=user, organisatie=wereld["zwolle"], soort=Rol.Soort.REDACTEUR)
    user = get_user_model().objects.get(pk=user.pk)
    assert may(user, BEWERKEN, wereld["ssc_ict"])  # as redacteur at Zwolle
    assert not may(user, BEWERKEN, wereld["dsz_ict"])  # only lezer at Dalfsen
    assert {r.soort for r in rollen_van(user)} == {Rol.Soort.LEZER, Rol.Soort.REDACTEUR}


def test_superuser_may_everything_without_a_role(wereld):
    admin = UserFactory(is_superuser=True, is_staff=True)
    for actie in Actie:
        assert may(admin, actie, wereld["ssc_ict"])
    assert may(admin, BEWERKEN)


def test_inactive_user_may_nothing(wereld):
    for soort in Rol.Soort:
        user = gebruiker_met(wereld["dalfsen"], soort, is_active=False)
        for actie in Actie:
            assert not may(user, actie, wereld["dsz_ict"])
    inactieve_admin = UserFactory(is_superuser=True, is_active=False)
    assert not may(inactieve_admin, LEZEN)


def test_roles_are_read_once_per_user_object(wereld, django_assert_num_queries):
    redacteur = gebruiker_met(wereld["dalfsen"], Rol.Soort.REDACTEUR)
    with django_assert_num_queries(1):
        assert may(redacteur, LEZEN)
        assert not may(redacteur, BEHEREN)


def test_a_role_assigned_counts_at_once_for_the_same_user_object(wereld):
    user = get_user_model().objects.get(pk=UserFactory().pk)
    assert not may(user, LEZEN)
    rol_assign(gebruiker=user, organisatie=wereld["dalfsen"], soort=Rol.Soort.LEZER)
    assert may(user, LEZEN)
