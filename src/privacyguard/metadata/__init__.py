"""Audit what a file carries besides its pixels: one module per container or metadata format."""
