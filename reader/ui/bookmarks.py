"""Bookmarks: an ordered list of pages, kept in the settings. No widgets."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reader.ui.settings import Settings


class Bookmarks(QObject):
    changed = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._items: list[dict[str, str]] = settings.bookmarks

    def items(self) -> list[dict[str, str]]:
        return list(self._items)

    def contains(self, path: str) -> bool:
        return any(item["path"] == path for item in self._items)

    def add(self, path: str, title: str) -> None:
        if not self.contains(path):
            self._items.append({"path": path, "title": title})
            self._save()

    def remove(self, path: str) -> None:
        before = len(self._items)
        self._items = [item for item in self._items if item["path"] != path]
        if len(self._items) != before:
            self._save()

    def toggle(self, path: str, title: str) -> bool:
        """Add or remove; returns whether the page is bookmarked now."""
        if self.contains(path):
            self.remove(path)
            return False
        self.add(path, title)
        return True

    def clear(self) -> None:
        self._items = []
        self._save()

    def _save(self) -> None:
        self._settings.bookmarks = self._items
        self._settings.sync()
        self.changed.emit()
