"""Writers of the user's data to files (JSON, CSV): pure functions over plain rows, no database access."""
