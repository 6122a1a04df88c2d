"""The processing log: what is logged automatically, and that nothing can change or remove it."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.db import DatabaseError, connection, transaction

from samen.factories import OrganisatieFactory, RolFactory, UserFactory
from samen.logboek.context import Actor, als_actor, met_doel
from samen.logboek.models import AlleenToevoegenError, Regel
from samen.organisaties import services as org_services

BIO = ("actie", "objecttype", "resultaat", "herkomst", "gebruikersnaam", "tijdstip")


def _laatste(**filters):
    return Regel.objects.filter(**filters).order_by("-id").first()


@pytest.mark.django_db
def test_create_change_delete_are_logged_with_actor_fields_and_purpose():
    actor = Actor(
        gebruiker_id=7, gebruikersnaam="ria", herkomst="web", organisatie_id=None, adres="10.0.0.1"
    )
    with als_actor(actor), met_doel("jaarlijkse controle"):
        org = org_services.organisatie_create(naam="Ommen", slug="ommen", soort="gemeente")
        org.naam = "Gemeente Ommen"
        org.save()
        pk = org.pk
        org.delete()
    regels = list(
        Regel.objects.filter(objecttype="organisaties.organisatie", object_id=str(pk)).order_by(
            "id"
        )
    )
    assert [r.actie for r in regels] == ["aanmaken", "wijzigen", "verwijderen"]
    aanmaak, wijziging, verwijdering = regels
    assert aanmaak.wijzigingen["naam"] == [None, "Ommen"]
    assert wijziging.wijzigingen["naam"] == ["Ommen", "Gemeente Ommen"]
    assert set(wijziging.wijzigingen) <= {"naam", "gewijzigd_op"}
    assert verwijdering.wijzigingen["slug"] == ["ommen", None]
    for r in regels:
        assert (r.gebruiker_id, r.gebruikersnaam, r.herkomst, r.adres) == (
            7,
            "ria",
            "web",
            "10.0.0.1",
        )
        assert r.doel == "jaarlijkse controle" and r.resultaat == "gelukt"
        assert r.organisatie_id == pk  # an organisation is its own
        assert all(getattr(r, veld) not in (None, "") for veld in BIO)
        assert not r.persoonsgegevens


@pytest.mark.django_db
def test_a_save_without_changes_adds_no_line_and_unbound_code_is_systeem():
    org = OrganisatieFactory()
    voor = Regel.objects.count()
    org.save()
    assert Regel.objects.count() == voor
    assert _laatste(objecttype="organisaties.organisatie").herkomst == "systeem"


@pytest.mark.django_db
def test_passwords_and_hashes_are_never_logged():
    user = UserFactory(username="piet")
    user.set_password("geheim-wachtwoord-123")
    user.save()
    regel = _laatste(objecttype="auth.user", object_id=str(user.pk), actie="wijzigen")
    assert regel.wijzigingen == {"password": "gewijzigd"}
    tekst = str(list(Regel.objects.values_list("wijzigingen", flat=True)))
    assert user.password not in tekst and "geheim-wachtwoord-123" not in tekst
    # a user is personal data: the VNG fields are there
    assert regel.persoonsgegevens and regel.vertrouwelijkheid == "vertrouwelijk"
    assert regel.bewaartermijn == "P2Y"
    assert regel.verwerkte_objecten == [
        {"objecttype": "user", "soortObjectId": "gebruiker-id", "objectId": str(user.pk)}
    ]
    vng = regel.vng()
    assert {
        "actieId",
        "vertrouwelijkheid",
        "tijdstip",
        "tijdstipRegistratie",
        "bewaartermijn",
        "verwerkteObjecten",
    } <= set(vng)


@pytest.mark.django_db
def test_roles_and_group_links_are_logged():
    rol = RolFactory(soort="lezer")
    regel = _laatste(objecttype="accounts.rol", actie="aanmaken")
    assert regel.object_id == str(rol.pk) and regel.organisatie_id == rol.organisatie_id
    from django.contrib.auth.models import Group

    groep = Group.objects.create(name="testgroep")
    rol.gebruiker.groups.add(groep)
    regel = _laatste(objecttype="auth.user", object_id=str(rol.gebruiker.pk))
    assert regel.wijzigingen == {"groups": {"toegevoegd": [groep.pk]}}


@pytest.mark.django_db
def test_a_rolled_back_change_leaves_no_line():
    voor = Regel.objects.count()
    with pytest.raises(RuntimeError), transaction.atomic():
        OrganisatieFactory()
        raise RuntimeError
    assert Regel.objects.count() == voor


# --- append-only through every path -----------------------------------------------------------


@pytest.fixture
def regel(db):
    OrganisatieFactory()
    return _laatste()


def test_the_model_refuses_change_and_delete(regel):
    regel.actie = "inzien"
    with pytest.raises(AlleenToevoegenError):
        regel.save()
    with pytest.raises(AlleenToevoegenError):
        regel.save(update_fields=["actie"])
    with pytest.raises(AlleenToevoegenError):
        regel.delete()
    assert Regel.objects.get(pk=regel.pk).actie == "aanmaken"


def test_the_queryset_refuses_update_and_delete(regel):
    with pytest.raises(AlleenToevoegenError):
        Regel.objects.filter(pk=regel.pk).update(actie="inzien")
    with pytest.raises(AlleenToevoegenError):
        Regel.objects.all().delete()
    with pytest.raises(AlleenToevoegenError):
        Regel.objects.bulk_update([regel], ["actie"])
    assert Regel.objects.filter(pk=regel.pk, actie="aanmaken").exists()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE logboek_regel SET actie = 'inzien' WHERE id = %s",
        "DELETE FROM logboek_regel WHERE id = %s",
    ],
)
def test_the_database_refuses_raw_update_and_delete(regel, sql):
    with (
        pytest.raises(DatabaseError, match="alleen-toevoegen"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql, [regel.pk])
    assert Regel.objects.filter(pk=regel.pk, actie="aanmaken").exists()


def test_the_database_refuses_a_delete_of_the_whole_table(regel):
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM logboek_regel")
    assert Regel.objects.filter(pk=regel.pk).exists()


def test_base_manager_and_raw_queryset_paths_are_refused(regel):
    """Django's own internal paths (the base manager's _update, a bare QuerySet) hit the trigger."""
    from django.db.models import QuerySet

    with pytest.raises(DatabaseError), transaction.atomic():
        QuerySet(model=Regel).filter(pk=regel.pk).update(actie="inzien")
    with pytest.raises(DatabaseError), transaction.atomic():
        QuerySet(model=Regel).filter(pk=regel.pk)._raw_delete(connection.alias)
    assert Regel.objects.filter(pk=regel.pk, actie="aanmaken").exists()


def test_a_user_is_logged_even_without_a_database_constraint_on_users(regel):
    get_user_model().objects.create(username="x")
    assert _laatste(objecttype="auth.user").object_omschrijving == "x"


def test_the_api_can_name_its_user_inside_the_request_and_it_is_undone_after():
    from samen.logboek.context import gebruiker_binden, huidige_actor

    with als_actor(Actor(gebruiker_id=None, gebruikersnaam="", herkomst="api", adres="10.1.1.1")):
        gebruiker_binden(5, "api-klant")
        assert huidige_actor() == Actor(5, "api-klant", "api", None, "10.1.1.1")
    assert huidige_actor() is None
