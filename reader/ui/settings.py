"""The one settings object: every key with its default, stored with QSettings.

Nothing is read or written at import time. Tests (and portable installs) point the store
at a folder with the `path` argument or the AK_READER_SETTINGS_DIR environment variable.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from reader.content.model import FACET_KEYS

ENV_DIR = "AK_READER_SETTINGS_DIR"
ORGANIZATION = "Algoritmekader"
APPLICATION = "algoritmekader-reader"
FACETS = tuple(FACET_KEYS)  # every filter the sidebar has

#: key -> default. Types follow the defaults.
DEFAULTS: dict[str, Any] = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/splitter": QByteArray(),
    "window/page_splitter": QByteArray(),
    "view/sidebar": True,
    "view/middle": True,
    "view/zoom": 0,  # steps relative to the default font size
    "view/theme": "system",  # system | light | dark | contrast
    "view/language": "",  # "" = system locale, else "nl" or "en"
    "session/page": "",
    "session/query": "",
    "session/filters": "{}",
    "bookmarks/list": "[]",
    "export/folder": "",
    "project/current": 0,  # the project the working list and the item panel show (0: none)
    "project/panel": True,  # the item panel beside the page (closed by the user: False)
}


class Settings:
    """Typed access to QSettings; `path` (or AK_READER_SETTINGS_DIR) keeps it in one folder."""

    def __init__(self, path: Path | str | None = None) -> None:
        folder = path if path is not None else os.environ.get(ENV_DIR)
        if folder:
            self.folder: Path | None = Path(folder).expanduser()
            self.folder.mkdir(parents=True, exist_ok=True)
            self._qs = QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)
        else:
            self.folder = None
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                 ORGANIZATION, APPLICATION)

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    # ----------------------------------------------------------------- raw access
    def value(self, key: str) -> Any:
        default = DEFAULTS[key]
        raw = self._qs.value(key, default)
        if raw is None:
            return default
        if isinstance(default, bool):
            return raw in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(raw) if isinstance(raw, int | float | str | bytes) else default
            except ValueError:
                return default
        if isinstance(default, QByteArray):
            return raw if isinstance(raw, QByteArray) else default
        return str(raw)

    def set_value(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()

    # ----------------------------------------------------------------- typed helpers
    @property
    def zoom(self) -> int:
        return max(-8, min(20, self.value("view/zoom")))

    @zoom.setter
    def zoom(self, steps: int) -> None:
        self.set_value("view/zoom", int(steps))

    @property
    def theme(self) -> str:
        value = self.value("view/theme")
        return value if value in ("system", "light", "dark", "contrast") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.set_value("view/theme", value)

    @property
    def language(self) -> str:
        value = self.value("view/language")
        return value if value in ("", "nl", "en") else ""

    @language.setter
    def language(self, value: str) -> None:
        self.set_value("view/language", value)

    @property
    def filters(self) -> dict[str, list[str]]:
        try:
            data = json.loads(self.value("session/filters"))
        except (TypeError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            facet: [str(v) for v in values]
            for facet, values in data.items()
            if facet in FACETS and isinstance(values, list)
        }

    @filters.setter
    def filters(self, value: dict[str, list[str]]) -> None:
        clean = {f: sorted(v) for f, v in value.items() if v}
        self.set_value("session/filters", json.dumps(clean, ensure_ascii=False))

    @property
    def bookmarks(self) -> list[dict[str, str]]:
        try:
            data = json.loads(self.value("bookmarks/list"))
        except (TypeError, ValueError):
            return []
        if not isinstance(data, list):
            return []
        return [
            {"path": str(item["path"]), "title": str(item.get("title", item["path"]))}
            for item in data
            if isinstance(item, dict) and item.get("path")
        ]

    @bookmarks.setter
    def bookmarks(self, items: list[dict[str, str]]) -> None:
        self.set_value("bookmarks/list", json.dumps(items, ensure_ascii=False))
