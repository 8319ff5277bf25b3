"""SQLite storage: schema, migrations, repositories, backups. The only layer that writes SQL.

Queries go straight to the connection; sqlite-utils (its table helpers and migrations) loads when a write or a
schema change first needs it (``app.storage.ledger_db``).
"""
