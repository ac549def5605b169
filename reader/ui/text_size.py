"""Ctrl+/−: the text size of the whole interface, in steps of 10 % over the system font.

The application font is set to the system font × (1 + 0.1 × steps); the stylesheet's sizes
follow the application font (reader.ui.theme.stylesheet), and so does the page
(reader.ui.page_view). The system font is the application font as found before the first
step, found again when someone else (the platform, a test) changed it since.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication

STEP = 0.1
_base: QFont | None = None
_applied: QFont | None = None


def factor(steps: int) -> float:
    return max(0.5, 1 + STEP * steps)


def base_font() -> QFont:
    """The system's application font, without our steps."""
    global _base
    current = QGuiApplication.font()
    if _base is None or (_applied is not None and current != _applied):
        _base = QFont(current)
    return QFont(_base)


def apply(steps: int) -> QFont:
    """Make the application font `steps` steps larger (negative: smaller) than the system's."""
    global _applied
    font = base_font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(max(6.0, font.pointSizeF() * factor(steps)))
    elif font.pixelSize() > 0:
        font.setPixelSize(max(8, round(font.pixelSize() * factor(steps))))
    _applied = QFont(font)
    if QGuiApplication.font() != font:
        QGuiApplication.setFont(font)
    return font


def reset() -> None:
    """Back to the system font (the end of a test, the last window closed)."""
    global _base, _applied
    if _base is not None and _applied is not None and QGuiApplication.font() == _applied:
        QGuiApplication.setFont(_base)
    _base = _applied = None
