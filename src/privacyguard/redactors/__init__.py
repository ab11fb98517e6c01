"""Region operators: each returns a new image and never changes its input."""
