"""Retention: the append-only triggers let ``samen logboek_opruimen`` delete the lines whose
retention period has passed, and no other line (see samen.logboek.triggers)."""

from django.db import migrations

from samen.logboek import triggers


class Migration(migrations.Migration):
    dependencies = [("logboek", "0002_alleen_toevoegen")]

    operations = [
        migrations.RunPython(
            triggers.per_database(
                {
                    "sqlite": triggers.SQLITE_BEWAARTERMIJN_AAN,
                    "postgresql": triggers.POSTGRES_BEWAARTERMIJN_AAN,
                }
            ),
            triggers.per_database(
                {
                    "sqlite": triggers.SQLITE_BEWAARTERMIJN_UIT,
                    "postgresql": triggers.POSTGRES_BEWAARTERMIJN_UIT,
                }
            ),
        )
    ]
