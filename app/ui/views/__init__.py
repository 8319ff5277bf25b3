"""The window's pages and dialogs. Each view gets the ``Session`` and refreshes on its ``changed`` broadcast."""
