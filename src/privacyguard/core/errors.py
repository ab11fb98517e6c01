"""One error hierarchy; every error carries a message a doctor can read."""

from __future__ import annotations


class PrivacyGuardError(Exception):
    """Base of every error privacyguard raises on purpose; ``str()`` is the user message."""

    exit_code = 2

    def __init__(self, message: str, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)
        self.reason = message


class InputError(PrivacyGuardError):
    """A file could not be used as input."""


class EmptyFileError(InputError):
    """The file has no bytes."""


class UnsupportedFormatError(InputError):
    """The file is not an image format privacyguard reads."""


class CorruptImageError(InputError):
    """The file claims to be an image but cannot be decoded (truncated, damaged)."""


class ImageTooLargeError(InputError):
    """The image is larger than the safe limit (file size or pixel count)."""


class OutputError(PrivacyGuardError):
    """A cleaned copy could not be written (or would overwrite an input)."""


class BatchError(PrivacyGuardError):
    """A batch cannot start: the folders are missing or overlap."""


class DetectorUnavailableError(PrivacyGuardError):
    """A detector cannot run: its package or model is missing or failed to load."""


class Cancelled(PrivacyGuardError):
    """The user cancelled the operation."""

    exit_code = 130
