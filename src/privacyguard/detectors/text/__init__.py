"""The French text checker: Presidio recognizers for identifiers, spaCy for names and places."""
