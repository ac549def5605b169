"""Translations: the app's own (Dutch source, English .qm) and Qt's (qtbase_*.qm)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.resources import resource_path

log = logging.getLogger(__name__)
SUPPORTED = ("nl", "en")
#: The interface language chosen at start-up (install_translators); the pages' own labels
#: (reader.render.messages) follow it.
_current = "nl"


def current_language() -> str:
    """"nl" or "en": the language the translators were installed for ("nl" before that)."""
    return _current


def pick_language(preference: str, locale: QLocale | None = None) -> str:
    """"nl" or "en": the setting when given, else the system locale (Dutch -> nl)."""
    if preference in SUPPORTED:
        return preference
    locale = locale or QLocale.system()
    return "nl" if locale.language() == QLocale.Language.Dutch else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the translators for `language`; returns them (keep them alive)."""
    global _current
    _current = language if language in SUPPORTED else "nl"
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_tr)
        installed.append(qt_tr)
    else:
        log.info("no Qt translation qtbase_%s in %s", language, qt_dir)
    if language != "nl":  # Dutch is the source language
        own = QTranslator(app)
        try:
            folder = resource_path("translations")
        except FileNotFoundError:
            folder = None
        if folder is not None and own.load(f"reader_{language}", str(folder)):
            app.installTranslator(own)
            installed.append(own)
        else:
            log.warning("no app translation for %s", language)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands if language == "nl" else QLocale.Country.UnitedKingdom))
    return installed
