"""Database triggers: the processing log refuses UPDATE and DELETE (see samen.logboek.triggers)."""

from django.db import migrations

from samen.logboek import triggers


class Migration(migrations.Migration):
    dependencies = [("logboek", "0001_initial")]

    operations = [
        migrations.RunPython(
            triggers.per_database({"sqlite": triggers.SQLITE_AAN, "postgresql": triggers.POSTGRES_AAN}),
            triggers.per_database({"sqlite": triggers.SQLITE_UIT, "postgresql": triggers.POSTGRES_UIT}),
        )
    ]
