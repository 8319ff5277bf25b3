"""Small reusable widgets (band badges, explanation buttons)."""
