"""The doctor's settings, kept between sessions with QSettings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSettings

from privacyguard.core.settings import AnalysisOptions, FaceSensitivity, PersonalLists, RedactionStyle
from privacyguard.redactors.text import TextStyle


@dataclass(frozen=True)
class AppSettings:
    style: RedactionStyle = RedactionStyle.SOLID
    sensitivity: FaceSensitivity = FaceSensitivity.STANDARD
    text_style: TextStyle = TextStyle.PLACEHOLDER
    always: tuple[str, ...] = ()
    never: tuple[str, ...] = ()
    language: str = ""  # "" follows the system; "fr" or "en"
    journal: bool = True  # one line per check, clean and hand-over in the user's data folder (pipeline/journal.py)

    @property
    def analysis(self) -> AnalysisOptions:
        return AnalysisOptions(self.sensitivity)

    @property
    def lists(self) -> PersonalLists:
        return PersonalLists(self.always, self.never)

    def ui_language(self) -> str:
        return self.language or ("fr" if QLocale.system().language() == QLocale.Language.French else "en")


def _words(value: object) -> tuple[str, ...]:
    items = value.splitlines() if isinstance(value, str) else value if isinstance(value, list) else []
    return tuple(w.strip() for w in items if isinstance(w, str) and w.strip())


def _choice(enum: type, value: object, default: object) -> object:
    try:
        return enum(value)
    except ValueError:
        return default


def load_settings(store: QSettings | None = None) -> AppSettings:
    s = store or QSettings()
    d = AppSettings()
    return AppSettings(
        style=_choice(RedactionStyle, s.value("redaction/style", d.style.value), d.style),  # type: ignore[arg-type]
        sensitivity=_choice(FaceSensitivity, s.value("detection/faces", d.sensitivity.value), d.sensitivity),  # type: ignore[arg-type]
        text_style=_choice(TextStyle, s.value("redaction/text", d.text_style.value), d.text_style),  # type: ignore[arg-type]
        always=_words(s.value("lists/always", [])), never=_words(s.value("lists/never", [])),
        language=str(s.value("ui/language", "") or ""),
        journal=str(s.value("journal/keep", "true")).lower() != "false",
    )


def save_settings(settings: AppSettings, store: QSettings | None = None) -> None:
    s = store or QSettings()
    s.setValue("redaction/style", settings.style.value)
    s.setValue("detection/faces", settings.sensitivity.value)
    s.setValue("redaction/text", settings.text_style.value)
    s.setValue("lists/always", "\n".join(settings.always))
    s.setValue("lists/never", "\n".join(settings.never))
    s.setValue("ui/language", settings.language)
    s.setValue("journal/keep", "true" if settings.journal else "false")
    s.sync()
