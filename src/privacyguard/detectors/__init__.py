"""Detectors: cheap constructor, heavy ``load()``, heavy imports only inside ``load()``."""
