"""Text tables of the window: names of kinds, categories and bands, the explanations behind each "?", and
error reasons, in the active language."""
