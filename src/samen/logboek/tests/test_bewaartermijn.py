"""Retention: ``samen logboek_opruimen`` removes the lines whose retention period has passed, and
the database refuses every other delete, also of such a line outside the command."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from samen.logboek.bewaren import na_termijn
from samen.logboek.models import Regel

pytestmark = pytest.mark.django_db


def _oude_regel(dagen_geleden: int, termijn: str) -> Regel:
    regel = Regel(
        actie="inzien",
        objecttype="kwaliteitskaart.medewerker",
        herkomst="systeem",
        tijdstip=timezone.now() - dt.timedelta(days=dagen_geleden),
        bewaartermijn=termijn,
    )
    regel.save()
    return regel


def test_the_command_removes_exactly_the_expired_lines() -> None:
    verlopen = _oude_regel(800, "P2Y")
    binnen = _oude_regel(700, "P2Y")
    zonder = _oude_regel(5000, "")
    kort = _oude_regel(40, "P1M")
    onleesbaar = _oude_regel(5000, "twee jaar")
    uit = io.StringIO()
    call_command("logboek_opruimen", stdout=uit, verbosity=0)
    over = set(Regel.objects.values_list("pk", flat=True))
    assert verlopen.pk not in over and kort.pk not in over
    assert {binnen.pk, zonder.pk, onleesbaar.pk} <= over
    assert "2 regels verwijderd" in uit.getvalue()
    zelf = Regel.objects.filter(objecttype="logboek.regel").latest("id")
    assert zelf.actie == "verwijderen" and zelf.wijzigingen == {"aantal": 2}


def test_an_expired_line_cannot_be_deleted_outside_the_command() -> None:
    verlopen = _oude_regel(800, "P2Y")
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM logboek_regel WHERE id = %s", [verlopen.pk])
    assert Regel.objects.filter(pk=verlopen.pk).exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's session setting")
def test_on_postgresql_the_setting_does_not_free_a_line_within_its_period() -> None:
    binnen = _oude_regel(700, "P2Y")
    verlopen = _oude_regel(800, "P2Y")
    with connection.cursor() as cursor:
        with pytest.raises(DatabaseError), transaction.atomic():
            cursor.execute("SET LOCAL samen.logboek_opruimen = 'aan'")
            cursor.execute("DELETE FROM logboek_regel WHERE id = %s", [binnen.pk])
        with transaction.atomic():
            cursor.execute("SET LOCAL samen.logboek_opruimen = 'aan'")
            cursor.execute("DELETE FROM logboek_regel WHERE id = %s", [verlopen.pk])
    assert Regel.objects.filter(pk=binnen.pk).exists()
    assert not Regel.objects.filter(pk=verlopen.pk).exists()


@pytest.mark.parametrize(
    ("moment", "termijn", "einde"),
    [
        (dt.datetime(2024, 2, 29, 12), "P1Y", dt.datetime(2025, 2, 28, 12)),
        (dt.datetime(2024, 1, 31), "P1M", dt.datetime(2024, 2, 29)),
        (dt.datetime(2024, 11, 30), "P1Y2M3D", dt.datetime(2026, 2, 2)),
        (dt.datetime(2024, 5, 1), "P30D", dt.datetime(2024, 5, 31)),
    ],
)
def test_periods_end_as_in_postgresql(
    moment: dt.datetime, termijn: str, einde: dt.datetime
) -> None:
    assert na_termijn(moment, termijn) == einde


@pytest.mark.parametrize("termijn", ["P", "2Y", "P2W", "PT5H", "P-1Y"])
def test_unreadable_periods_are_refused(termijn: str) -> None:
    with pytest.raises(ValueError, match="geen bewaartermijn"):
        na_termijn(dt.datetime(2024, 1, 1), termijn)
