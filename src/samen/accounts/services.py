"""Writes on users and their roles."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.db import transaction

from samen.accounts.models import Rol
from samen.organisaties.models import Organisatie


@transaction.atomic
def gebruiker_create(
    *,
    username: str,
    password: str,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
) -> AbstractBaseUser:
    user_model = get_user_model()
    user = user_model(username=username, first_name=first_name, last_name=last_name, email=email)
    user.set_password(password)
    user.full_clean()
    user.save()
    return user


@transaction.atomic
def rol_assign(*, gebruiker: Any, organisatie: Organisatie, soort: str) -> Rol:
    """Give a user a role at an organisation (one role per organisation; replaces the old one).

    A beheerder gets access to the Django admin (``is_staff``); losing the last beheerder role
    takes it away again.
    """
    rol, _ = Rol.objects.update_or_create(
        gebruiker=gebruiker, organisatie=organisatie, defaults={"soort": soort}
    )
    gebruiker.__dict__.pop("_samen_rollen", None)  # authz caches roles on the user object
    is_beheerder = Rol.objects.filter(gebruiker=gebruiker, soort=Rol.Soort.BEHEERDER).exists()
    if getattr(gebruiker, "is_superuser", False):
        return rol
    groep = beheerdersgroep()
    if is_beheerder:
        gebruiker.groups.add(groep)  # type: ignore[attr-defined]
    else:
        gebruiker.groups.remove(groep)  # type: ignore[attr-defined]
    if getattr(gebruiker, "is_staff", None) != is_beheerder:
        gebruiker.is_staff = is_beheerder  # type: ignore[attr-defined]
        gebruiker.save(update_fields=["is_staff"])
    return rol


BEHEERDERSGROEP = "Beheerders"
BEHEERDE_APPS = (
    "organisaties",
    "terreinen",
    "bestuur",
    "accounts",
    "kwaliteitskaart",
    "rapportage",
)


def beheerdersgroep() -> Group:
    """The group whose permissions let beheerders keep the register in the Django admin."""
    groep, _ = Group.objects.get_or_create(name=BEHEERDERSGROEP)
    perms = Permission.objects.filter(content_type__app_label__in=BEHEERDE_APPS)
    if groep.permissions.count() != perms.count():
        groep.permissions.set(perms)
    return groep
