"""privacyguard: find and remove what identifies a patient in a post and its photos, offline."""

__version__ = "0.1.0"
