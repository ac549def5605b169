"""One filter group of the sidebar: a heading and a checkbox per value, with live counts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.ui.texts import n_results


class _RowCheckBox(QCheckBox):
    """A checkbox whose whole width reacts to clicks (the label wraps onto two lines to fit)."""

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def text_room(self) -> int:
        """The width its text gets: the whole width less the indicator (which grows with the
        font), the spacing and the padding, as the style lays them out."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self).width()


class _HeaderButton(QToolButton):
    """A group's heading: its title wraps onto two lines (and is elided after that, the whole
    title as tooltip) when the sidebar is too narrow for it, so that a large font does not
    make the filter column wider than the sidebar."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.tooltip_base = ""  # what its tooltip says besides the title, when that is cut short
        self.setText(title)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(60)

    def text_room(self) -> int:
        """Its width less the arrow, the spacing and the padding and border (2 + 2 px a side)."""
        return self.width() - self.iconSize().width() - 6 - 8

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_text(self, self.title, max(20, self.text_room()), self.tooltip_base)


class _Row(QWidget):
    toggled = Signal(str, bool)

    def __init__(self, value: str, label: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.label = label
        self.check = _RowCheckBox(label, self)
        self.check.setObjectName("facetCheck")
        self.tooltip = tooltip if tooltip != label else ""
        self.check.setToolTip(self.tooltip)
        self.check.setAccessibleName(label)
        self.check.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.check.setMinimumWidth(60)
        self.count = QLabel(self)
        self.count.setObjectName("facetCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count.setMinimumWidth(28)
        # empty, it is hidden (out of the accessibility tree) but keeps its place
        policy = self.count.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.count.setSizePolicy(policy)
        self.count.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.check, 1)
        layout.addWidget(self.count)
        self.check.toggled.connect(lambda on: self.toggled.emit(self.value, on))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        fit_text(self.check, self.label, max(20, self.check.text_room() - 1), self.tooltip)

    def set_count(self, n: int | None) -> None:
        self.count.setText("" if n is None else str(n))
        self.count.setVisible(n is not None)
        checked = self.check.isChecked()
        self.check.setEnabled(checked or n is None or n > 0)
        self.check.setAccessibleName(self.label)
        if n is not None:
            self.check.setAccessibleDescription(n_results(n))


def fit_text(button: QAbstractButton, label: str, room: int, tooltip: str) -> None:
    """Shows `label` on `button` as `fit_label` fits it in `room`; cut short, the whole label
    is in the tooltip too (above `tooltip`, what it says besides)."""
    text = fit_label(label, button.fontMetrics().horizontalAdvance, room)
    if text != button.text():
        button.setText(text)
        whole = label in (text.replace("\n", " "), text.replace("-\n", "-"), text.replace("-\n", ""))
        button.setToolTip("\n".join(x for x in ("" if whole else label, tooltip) if x))


def fit_label(label: str, width_of: Callable[[str], int], room: int) -> str:
    """`label` in `room` pixels: as it is when it fits, else on two lines broken after a space or
    a hyphen ("Beleids- en" / "adviesprofessional"), the last line elided ("…") when even that
    does not fit; a single word too long for the room is split after a compound part, else elided."""
    if width_of(label) <= room:
        return label
    breaks = [i + 1 for i, ch in enumerate(label[:-1]) if ch in " -"]
    for cut in reversed(breaks):
        first, rest = label[:cut].rstrip(), label[cut:].lstrip()
        if width_of(first) <= room:
            return first + "\n" + _elided(rest, width_of, room)
    # one long word: a Dutch compound, split after a part ending as parts of compounds often
    # do ("Organisatie-" / "verantwoordelijkheden"), with a hyphen; else elided
    for cut in range(len(label) - 4, 3, -1):
        first, rest = label[:cut] + "-", label[cut:]
        if (first[:-1].lower().endswith(COMPOUND_JOINTS) and width_of(first) <= room
                and width_of(rest) <= room):
            return first + "\n" + rest
    return _elided(label, width_of, room)


#: how the first part of a Dutch compound often ends (where a long word may be split)
COMPOUND_JOINTS = ("tie", "ties", "ing", "ings", "heid", "heids", "teit", "teits", "schap", "schaps")


def _elided(text: str, width_of: Callable[[str], int], room: int) -> str:
    if width_of(text) <= room:
        return text
    while text and width_of(text + "…") > room:
        text = text[:-1]
    return text.rstrip() + "…"


class FacetGroup(QFrame):
    """Checkboxes for the values of one facet (OR within the group)."""

    selectionChanged = Signal(str, object)  # facet, frozenset of values

    def __init__(self, facet: str, title: str, values: list[tuple[str, str, str]], *,
                 prominent: bool = False, collapsible: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facet = facet
        self.setObjectName("facetGroupProminent" if prominent else "facetGroup")
        self.setAccessibleName(title)
        self._rows: dict[str, _Row] = {}
        self._silent = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10 if prominent else 4, 8, 10 if prominent else 4, 8)
        layout.setSpacing(2)

        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("facetTitleProminent" if prominent else "facetTitle")
        self.header = _HeaderButton(title, self)
        self.header.setObjectName("facetHeaderProminent" if prominent else "facetHeader")
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setAutoRaise(True)
        self.header.setAccessibleName(title)
        if collapsible:
            self.header.setCheckable(True)
            self.header.setChecked(True)
            self.header.setArrowType(Qt.ArrowType.DownArrow)
            self.header.toggled.connect(self._set_expanded)
            self.header.tooltip_base = self.tr("Groep in- of uitklappen")
            self.header.setToolTip(self.header.tooltip_base)
            layout.addWidget(self.header)
            self.title_label.hide()
        else:
            self.header.hide()
            layout.addWidget(self.title_label)

        self.body = QWidget(self)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(6, 2, 0, 0)
        body_layout.setSpacing(1)
        for value, label, tooltip in values:
            row = _Row(value, label, tooltip, self.body)
            row.toggled.connect(self._on_toggled)
            body_layout.addWidget(row)
            self._rows[value] = row
        layout.addWidget(self.body)

    @Slot(bool)
    def _set_expanded(self, on: bool) -> None:
        self.body.setVisible(on)
        self.header.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def set_expanded(self, on: bool) -> None:
        if self.header.isCheckable():
            self.header.setChecked(on)

    def checkboxes(self) -> dict[str, QCheckBox]:
        return {value: row.check for value, row in self._rows.items()}

    def selected(self) -> frozenset[str]:
        return frozenset(v for v, row in self._rows.items() if row.check.isChecked())

    def label_of(self, value: str) -> str:
        row = self._rows.get(value)
        return row.label if row else value

    def set_selected(self, values: frozenset[str] | set[str], *, emit: bool = True) -> None:
        self._silent = True
        try:
            for value, row in self._rows.items():
                row.check.setChecked(value in values)
        finally:
            self._silent = False
        if values and not self.body.isVisible() and self.header.isCheckable():
            self.header.setChecked(True)
        if emit:
            self.selectionChanged.emit(self.facet, self.selected())

    def set_counts(self, counts: dict[str, int] | None) -> None:
        for value, row in self._rows.items():
            row.set_count(None if counts is None else counts.get(value, 0))

    @Slot(str, bool)
    def _on_toggled(self, _value: str, _on: bool) -> None:
        if not self._silent:
            self.selectionChanged.emit(self.facet, self.selected())
