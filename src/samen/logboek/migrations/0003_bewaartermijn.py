"""Retention: the append-only triggers let ``samen logboek_opruimen`` delete the lines whose
retention period has passed, and no other line (see samen.logboek.triggers)."""

from django.db import migrations

from samen.logboek import triggers


def _uitvoeren(statements_per_vendor):
    def run(apps, schema_editor):
        for sql in statements_per_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("logboek", "0002_alleen_toevoegen")]

    operations = [
        migrations.RunPython(
            _uitvoeren(
                {
                    "sqlite": triggers.SQLITE_BEWAARTERMIJN_AAN,
                    "postgresql": triggers.POSTGRES_BEWAARTERMIJN_AAN,
                }
            ),
            _uitvoeren(
                {
                    "sqlite": triggers.SQLITE_BEWAARTERMIJN_UIT,
                    "postgresql": triggers.POSTGRES_BEWAARTERMIJN_UIT,
                }
            ),
        )
    ]
