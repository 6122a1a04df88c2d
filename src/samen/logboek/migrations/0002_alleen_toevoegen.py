"""Database triggers: the processing log refuses UPDATE and DELETE (see samen.logboek.triggers)."""

from django.db import migrations

from samen.logboek import triggers


def _uitvoeren(statements_per_vendor):
    def run(apps, schema_editor):
        for sql in statements_per_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("logboek", "0001_initial")]

    operations = [
        migrations.RunPython(
            _uitvoeren({"sqlite": triggers.SQLITE_AAN, "postgresql": triggers.POSTGRES_AAN}),
            _uitvoeren({"sqlite": triggers.SQLITE_UIT, "postgresql": triggers.POSTGRES_UIT}),
        )
    ]
