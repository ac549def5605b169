"""Pane sizes by keyboard (issue 21, EN 301 549 11.2.1.1): Beeld → "Deelvenster breder" and
"Deelvenster smaller" widen or narrow the pane that has the cursor, as dragging a divider
does; the space comes from (or goes to) the widest other pane. Hiding a pane is Beeld →
"Zijbalk tonen" / "Middenkolom tonen"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QSplitter, QWidget

STEP = 0.08  # of the splitter's width, per key press
MIN_STEP = 24  # px


class PaneSizer(QObject):
    def __init__(self, window: QWidget, menu: QMenu, after: QAction, splitter: QSplitter,
                 page_splitter: QSplitter, side_panes: tuple[QWidget, ...],
                 panel: Callable[[], QWidget | None]) -> None:
        """The entries go into `menu` after `after`; `splitter` holds `side_panes` and
        `page_splitter` (the page, and beside it the panel `panel()` returns once built)."""
        super().__init__(window)
        self.window = window
        self.splitter = splitter
        self.page_splitter = page_splitter
        self.side_panes = side_panes
        self.panel = panel
        self.wider = self._action(self.tr("Deelvenster b&reder"), "Alt+Shift+Right",
                                  self.tr("Het deelvenster met de cursor breder maken"), 1)
        self.narrower = self._action(self.tr("Deelvenster &smaller"), "Alt+Shift+Left",
                                     self.tr("Het deelvenster met de cursor smaller maken"), -1)
        actions = menu.actions()
        at = actions.index(after) + 1 if after in actions else len(actions)
        before = actions[at] if at < len(actions) else None
        menu.insertActions(before, [self.wider, self.narrower])  # type: ignore[arg-type]

    def _action(self, text: str, keys: str, tip: str, direction: int) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda: self.resize_focused(direction))
        return action

    def focused_pane(self) -> tuple[QSplitter, int]:
        """The splitter and index of the pane that holds the keyboard focus (the page when
        none does)."""
        focus = QApplication.focusWidget()

        def holds(pane: QWidget) -> bool:
            return focus is not None and (focus is pane or pane.isAncestorOf(focus))

        panel = self.panel()
        if panel is not None and holds(panel) and panel.isVisible():
            return self.page_splitter, self.page_splitter.indexOf(panel)
        for pane in self.side_panes:
            if holds(pane):
                return self.splitter, self.splitter.indexOf(pane)
        return self.splitter, self.splitter.indexOf(self.page_splitter)

    def resize_focused(self, direction: int) -> list[int]:
        """Widen (1) or narrow (-1) the focused pane; returns its splitter's new sizes."""
        splitter, index = self.focused_pane()
        sizes = splitter.sizes()
        if splitter is self.page_splitter and len(sizes) == 2:
            others = [1 - index]
        else:
            others = [i for i, size in enumerate(sizes) if i != index and size > 0
                      and (pane := splitter.widget(i)) is not None and pane.isVisible()]
        if not others:
            return sizes
        step = max(MIN_STEP, int(sum(sizes) * STEP))
        other = max(others, key=lambda i: sizes[i])
        shrinking = splitter.widget(other if direction > 0 else index)
        least = shrinking.minimumSizeHint().width() if shrinking is not None else 0
        room = sizes[other if direction > 0 else index] - least
        step = max(0, min(step, room))
        sizes[index] += step * direction
        sizes[other] -= step * direction
        splitter.setSizes(sizes)
        return splitter.sizes()
