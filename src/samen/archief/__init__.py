"""The whole installation as one versioned archive: ``samen export FILE`` and ``samen import FILE``.

The archive is a zip file with ``manifest.json`` (format name and version, Samen version, created
at, the models in dependency order with their record counts, and the size and sha256 of every
member), one JSON file per model (Django's serialization, primary keys kept, natural keys for
permissions and content types) under ``data/``, and the stored files under ``media/``. See
docs/decisions/0010-export-archive.md.
"""
