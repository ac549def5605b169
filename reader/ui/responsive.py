"""The window's panes side by side when they fit, one at a time when they do not (issue 21, 200 %).

At 200 % on a 1280×720 screen the window has 640×360 logical pixels; the sidebar, the
results and the page side by side need over 800. `PaneArea` is the window's central widget:
it holds the pane splitter and, when the window is narrower than the panes' minimum widths
together, shows one pane at a time with a tab bar above it to switch ("Zoeken", "Resultaten",
"Pagina"). The item panel beside the page goes below it when it alone does not fit.
The window's minimum size is that of the narrow layout, so a small window never pushes
part of itself off-screen. The panes the user hid (Beeld → Zijbalk tonen) stay hidden in both
layouts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QSplitter, QTabBar, QWidget


def column_scroll(area: QScrollArea) -> QScrollArea:
    """Make `area` scroll a column: a container, not a Tab stop (Tab goes to what it holds,
    issue 21), no frame, its widget as wide as the area, scrolling up and down; sideways only
    as a last resort, when one word in a very large font is wider than the area (rather than
    cutting it off)."""
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area


def column_minimum(area: QScrollArea, hint: QSize) -> QSize:
    """A column scroll area's minimum size: `hint` (its own) made as wide as its column's
    widest control or word and the scroll bar, so that the window fits its panes by it (the
    panel below the page, the panes one at a time) rather than cutting the column off."""
    inner = area.widget()
    if inner is None:
        return hint
    width = inner.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width() + 2 * area.frameWidth()
    return QSize(max(hint.width(), width), hint.height())


def wrapped_label(parent: QWidget, name: str, text: str = "") -> QLabel:
    """A label named `name` (for the style sheet) whose text wraps to the width it gets
    (reflow: at 200 % or in a narrow pane nothing is cut off)."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def first_control(pane: QWidget) -> QWidget | None:
    """Put the cursor in the first control of `pane` in Tab order."""
    widget = pane.nextInFocusChain()
    while widget is not None and widget is not pane:
        if (pane.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return widget
        widget = widget.nextInFocusChain()
    return None


def min_width(widget: QWidget) -> int:
    """The width a widget cannot go below: its own minimum or its layout's."""
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())


def min_height(widget: QWidget) -> int:
    return max(widget.minimumHeight(), widget.minimumSizeHint().height())


class PaneArea(QWidget):
    """`splitter`'s panes side by side, or one at a time behind a tab bar when too narrow.

    `panes` are (pane, tab title) in splitter order; the last is the page side, which is
    always there. `side` is a splitter inside the last pane with a panel beside the page:
    it turns vertical (the panel below the page) when it does not fit beside it.
    """

    modeChanged = Signal(bool)  # narrow

    def __init__(self, splitter: QSplitter, panes: list[tuple[QWidget, str]],
                 side: QSplitter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneArea")
        self.splitter = splitter
        self.side = side
        self._panes = [p for p, _t in panes]
        self._titles = {p: t for p, t in panes}
        self._wanted = dict.fromkeys(self._panes, True)
        self._current: QWidget = self._panes[-1]
        self.narrow = False
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("paneTabs")
        self.tabs.setAccessibleName(self.tr("Deelvensters"))
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.hide()
        self.tabs.currentChanged.connect(self._on_tab)
        splitter.setParent(self)
        splitter.show()
        for part in self._side_parts():
            part.installEventFilter(self)  # a panel shown or hidden: fit again

    # ------------------------------------------------------------ what is shown
    def set_wanted(self, pane: QWidget, shown: bool) -> None:
        """The user shows or hides a pane (Beeld menu); the page side cannot be hidden."""
        if pane is self._panes[-1]:
            return
        self._wanted[pane] = shown
        if not shown and self._current is pane:
            self._current = self._panes[-1]
        self._fit(force=True)

    def reveal(self, widget: QWidget) -> bool:
        """In the narrow layout: switch to the pane holding `widget`. True when it is shown."""
        pane = next((p for p in self._panes if p is widget or p.isAncestorOf(widget)), None)
        if pane is None or not self._wanted[pane]:
            return False
        if self.narrow and pane is not self._current:
            self._current = pane
            self._apply()
            if QApplication.focusWidget() is self.tabs:  # "Start", a page opened: the cursor goes
                first_control(pane)  # along into the pane shown, not left on the tab bar
        return True

    def shown_panes(self) -> list[QWidget]:
        return [p for p in self._panes if self._wanted[p]]

    def current(self) -> QWidget:
        return self._current if self.narrow else self._panes[-1]

    def step(self, step: int) -> QWidget:
        """The next or previous pane in the narrow layout (F6), made current."""
        shown = self.shown_panes()
        now = shown.index(self._current) if self._current in shown else len(shown) - 1
        self._current = shown[(now + step) % len(shown)]
        self._apply()
        return self._current

    # ------------------------------------------------------------ sizes
    def _handle(self) -> int:
        return self.splitter.handleWidth()

    def wide_width(self, with_side_panel: bool = True) -> int:
        """The width the wanted panes need side by side."""
        shown = self.shown_panes()
        total = sum(min_width(p) for p in shown[:-1]) + self._handle() * (len(shown) - 1)
        return total + self._page_side_width(beside=with_side_panel)

    def _side_parts(self) -> list[QWidget]:
        if self.side is None:
            return []
        parts = (self.side.widget(i) for i in range(self.side.count()))
        return [w for w in parts if w is not None]

    def _side_widgets(self) -> list[QWidget]:
        return [w for w in self._side_parts() if not w.isHidden()]

    def _page_side_width(self, *, beside: bool) -> int:
        parts = self._side_widgets()
        if not parts:
            return min_width(self._panes[-1])
        widths = [min_width(w) for w in parts]
        if beside:
            return sum(widths) + (self.side.handleWidth() if self.side else 0) * (len(widths) - 1)
        return max(widths)

    def minimumSizeHint(self) -> QSize:
        """The narrow layout's: one pane at a time, the panel below the page."""
        parts = self._side_widgets()
        width = max([min_width(p) for p in self.shown_panes()[:-1]] + [self._page_side_width(beside=False)])
        side_h = sum(min_height(w) for w in parts) + (self.side.handleWidth() if self.side else 0) * max(
            0, len(parts) - 1)
        height = max([min_height(p) for p in self.shown_panes()[:-1]] + [side_h])
        return QSize(width, height + self.tabs.sizeHint().height())

    def sizeHint(self) -> QSize:
        return self.splitter.sizeHint()

    # ------------------------------------------------------------ layout
    def resizeEvent(self, event: object) -> None:
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and not self._applying:
            self._fit(force=True)
        elif event.type() == QEvent.Type.LayoutRequest and not self._applying:
            self._fit()  # a panel's minimum changed (its content): beside, below or one at a time
        return False

    _applying = False

    def _fit(self, force: bool = False) -> None:
        width = self.width()
        narrow = width < self.wide_width(with_side_panel=False)
        if self.side is not None:
            beside = not narrow and width >= self.wide_width(with_side_panel=True)
            orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
            if self.side.orientation() != orientation:
                self.side.setOrientation(orientation)
                if not beside:  # the page keeps most of the height, the panel below it
                    height = max(1, self.height())
                    self.side.setSizes([height * 3 // 5, height - height * 3 // 5])
        if narrow != self.narrow or force:
            changed = narrow != self.narrow
            self.narrow = narrow
            self._apply()
            if changed:
                self.modeChanged.emit(narrow)
        self._place()

    def _apply(self) -> None:
        """Show the panes of the layout now; fill the tab bar in the narrow one."""
        self._applying = True
        focus = QApplication.focusWidget()
        try:
            shown = self.shown_panes()
            if self._current not in shown:
                self._current = shown[-1]
            self.tabs.blockSignals(True)
            while self.tabs.count():
                self.tabs.removeTab(0)
            if self.narrow and len(shown) > 1:
                for pane in shown:
                    self.tabs.addTab(self._titles[pane])
                self.tabs.setCurrentIndex(shown.index(self._current))
            self.tabs.blockSignals(False)
            self.tabs.setVisible(self.narrow and len(shown) > 1)
            for pane in self._panes:
                visible = self._wanted[pane] and (not self.narrow or pane is self._current)
                if pane.isHidden() == visible:
                    pane.setVisible(visible)
        finally:
            self._applying = False
        self._place()
        if focus is not None and not focus.isVisible() and any(p.isAncestorOf(focus) for p in self._panes):
            first_control(self.current())  # the cursor goes with the pane, not to the tab bar

    def _place(self) -> None:
        top = self.tabs.sizeHint().height() if self.tabs.isVisibleTo(self) else 0
        if top:
            self.tabs.setGeometry(QRect(0, 0, self.width(), top))
        self.splitter.setGeometry(QRect(0, top, self.width(), max(0, self.height() - top)))

    def _on_tab(self, index: int) -> None:
        shown = self.shown_panes()
        if 0 <= index < len(shown) and shown[index] is not self._current:
            self._current = shown[index]
            self._apply()
