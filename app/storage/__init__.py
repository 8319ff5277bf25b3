"""SQLite storage through sqlite-utils: schema, migrations, repositories, backups. The only layer that writes SQL."""
