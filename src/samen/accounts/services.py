"""Writes on users and their roles."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
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
def rol_assign(*, gebruiker: AbstractBaseUser, organisatie: Organisatie, soort: str) -> Rol:
    """Give a user a role at an organisation (one role per organisation; replaces the old one).

    A beheerder gets access to the Django admin (``is_staff``); losing the last beheerder role
    takes it away again.
    """
    rol, _ = Rol.objects.update_or_create(
        gebruiker=gebruiker, organisatie=organisatie, defaults={"soort": soort}
    )
    is_beheerder = Rol.objects.filter(gebruiker=gebruiker, soort=Rol.Soort.BEHEERDER).exists()
    if getattr(gebruiker, "is_staff", None) != is_beheerder and not getattr(
        gebruiker, "is_superuser", False
    ):
        gebruiker.is_staff = is_beheerder  # type: ignore[attr-defined]
        gebruiker.save(update_fields=["is_staff"])
    return rol
