"""The window's dialogs: forms that record or change something, and the questions before it."""
