"""French recognizers, each a Presidio ``EntityRecognizer``; the registry is the literal list in ``registry.py``."""
