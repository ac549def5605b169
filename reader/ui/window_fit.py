"""Starting sizes of dialogs and second windows that fit the screen (issue 21, 200 %).

A dialog asks for the size it would like at a 10 pt font (`fit_to_screen(dialog, 860, 380)`);
it gets that size, scaled with a larger font, or less: the available area of the screen its
parent is on (the task bar excluded) minus a margin, and it is centred on its parent and kept
inside that area. At scale 2 on 1280×720 (640×360 logical pixels) or with a large system font
no dialog starts larger than the screen; its layout then scrolls or wraps (the dialogs' own
business).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from reader.ui.theme import DESIGN_POINT_SIZE

#: the margin kept free around a dialog, at most (smaller on small screens)
MARGIN = 24


def screen_area(widget: QWidget) -> QRect:
    """The available geometry of the screen the widget's parent (or the widget) is on;
    an empty rectangle when there is no screen."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen() \
        or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect()


def room(area: QRect, margin: int = MARGIN) -> QRect:
    """`area` less a margin on each side (at most a twentieth of its width and height)."""
    mx = min(margin, area.width() // 20)
    my = min(margin, area.height() // 20)
    return area.adjusted(mx, my, -mx, -my)


def fitted_size(width: int, height: int, area: QRect, margin: int = MARGIN) -> QSize:
    """The requested size limited to `area` less the margin (the whole request when `area`
    is empty: no screen known)."""
    if area.isEmpty():
        return QSize(width, height)
    space = room(area, margin)
    return QSize(min(width, space.width()), min(height, space.height()))


def centred(size: QSize, centre: QPoint, area: QRect) -> QPoint:
    """The top-left of a rectangle of `size` centred on `centre`, moved into `area` as far
    as it fits (the top-left corner stays visible when it is larger)."""
    x = centre.x() - size.width() // 2
    y = centre.y() - size.height() // 2
    x = max(area.left(), min(x, area.right() + 1 - size.width()))
    y = max(area.top(), min(y, area.bottom() + 1 - size.height()))
    return QPoint(x, y)


def place(widget: QWidget) -> None:
    """Move `widget` (at its current size) to the centre of its parent window, inside the
    available screen area less the margin."""
    area = screen_area(widget)
    if area.isEmpty():
        return
    parent = widget.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else area.center()
    space = room(area)
    if widget.width() > space.width() or widget.height() > space.height():
        space = area  # larger than the room within the margin: the margin goes first
    widget.move(centred(widget.size(), centre, space))


def font_scale(widget: QWidget) -> float:
    """How much larger the widget's font is than the 10 pt the requested sizes are written
    for (1 at most: a smaller font keeps the size asked)."""
    points = widget.font().pointSizeF()
    return max(1.0, points / DESIGN_POINT_SIZE) if points > 0 else 1.0


def fit_to_screen(widget: QWidget, width: int, height: int, *, scaled: bool = True) -> QSize:
    """Resize `widget` (a dialog or top-level window) to width×height, larger by as much as
    its font is larger than 10 pt (unless `scaled` is false: a size measured in its font),
    or what fits the available screen, centred on its parent window; returns the size given."""
    scale = font_scale(widget) if scaled else 1.0
    size = fitted_size(round(width * scale), round(height * scale), screen_area(widget))
    widget.resize(size)
    place(widget)
    return size
