"""Back / forward history of visited locations (start page, pages, glossary). No widgets."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Location:
    path: str  # page path, "start" or "begrippenlijst"
    anchor: str = ""
    title: str = ""


class History(QObject):
    changed = Signal()

    def __init__(self, limit: int = 100, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.entries: list[Location] = []
        self.index = -1

    @property
    def current(self) -> Location | None:
        return self.entries[self.index] if 0 <= self.index < len(self.entries) else None

    def visit(self, location: Location) -> None:
        """Record a new location (drops the forward entries), unless it is the current one."""
        cur = self.current
        if cur is not None and cur.path == location.path and cur.anchor == location.anchor:
            return
        del self.entries[self.index + 1:]
        self.entries.append(location)
        if len(self.entries) > self.limit:
            del self.entries[: len(self.entries) - self.limit]
        self.index = len(self.entries) - 1
        self.changed.emit()

    def can_go_back(self) -> bool:
        return self.index > 0

    def can_go_forward(self) -> bool:
        return self.index < len(self.entries) - 1

    def go(self, index: int) -> Location | None:
        if not 0 <= index < len(self.entries):
            return None
        self.index = index
        self.changed.emit()
        return self.entries[index]

    def back(self) -> Location | None:
        return self.go(self.index - 1) if self.can_go_back() else None

    def forward(self) -> Location | None:
        return self.go(self.index + 1) if self.can_go_forward() else None
