"""Light and dark: the colours of the chrome, icons drawn in the text colour, the stylesheet.

The scheme follows the system (QStyleHints.colorScheme) unless the user picked one.
When the platform style does not switch its palette itself, a Fusion palette is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from reader.resources import resource_path


@dataclass(frozen=True)
class Colors:
    dark: bool
    accent: str
    accent_text: str
    accent_soft: str
    text: str
    muted: str
    base: str
    window: str
    sidebar: str
    border: str  # decorative dividers between panes and sections (WCAG 1.4.11 does not apply)
    control: str  # the boundary of a control: fields, buttons, cards, progress bars (>= 3:1)
    highlight_bg: str  # search term marks
    highlight_fg: str
    chip_bg: str
    chip_fg: str
    badges: dict[str, tuple[str, str]]


LIGHT = Colors(
    dark=False,
    accent="#01689b",
    accent_text="#ffffff",
    accent_soft="#e5f0f9",
    text="#1d1d1f",
    muted="#5b6770",
    base="#ffffff",
    window="#f3f4f6",
    sidebar="#f7f8fa",
    border="#d6dae0",
    control="#7b8591",
    highlight_bg="#ffe58a",
    highlight_fg="#1d1d1f",
    chip_bg="#e8eef4",
    chip_fg="#154273",
    badges={
        "hulpmiddel": ("#e3f1e6", "#1b5e20"),
        "maatregel": ("#e4eefb", "#0d47a1"),
        "vereiste": ("#fbeee0", "#8a4100"),
        "other": ("#eeeeee", "#424242"),
    },
)

DARK = Colors(
    dark=True,
    accent="#8fcae7",
    accent_text="#0b1d2a",
    accent_soft="#1f3444",
    text="#e8eaed",
    muted="#a0a8b0",
    base="#1e1f22",
    window="#26282c",
    sidebar="#222427",
    border="#3a3d42",
    control="#7d848c",
    highlight_bg="#7a5d00",
    highlight_fg="#fff8d6",
    chip_bg="#2c3a47",
    chip_fg="#bcdcf2",
    badges={
        "hulpmiddel": ("#1f3a25", "#a5d6a7"),
        "maatregel": ("#1d2f4a", "#a9c8f5"),
        "vereiste": ("#43301c", "#f3c28b"),
        "other": ("#34363a", "#cfd2d6"),
    },
)


def colors(dark: bool) -> Colors:
    return DARK if dark else LIGHT


def badge_colors(c: Colors, kind: str) -> tuple[str, str]:
    return c.badges.get(kind, c.badges["other"])


def system_is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def wants_dark(preference: str) -> bool:
    if preference == "dark":
        return True
    if preference == "light":
        return False
    return system_is_dark()


def make_palette(c: Colors) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    text, base, window = QColor(c.text), QColor(c.base), QColor(c.window)
    p.setColor(role.Window, window)
    p.setColor(role.WindowText, text)
    p.setColor(role.Base, base)
    p.setColor(role.AlternateBase, QColor(c.sidebar))
    p.setColor(role.Text, text)
    p.setColor(role.Button, QColor("#303236" if c.dark else "#f7f8fa"))
    p.setColor(role.ButtonText, text)
    p.setColor(role.ToolTipBase, QColor(c.base))
    p.setColor(role.ToolTipText, text)
    p.setColor(role.PlaceholderText, QColor(c.muted))
    p.setColor(role.Highlight, QColor("#2f6f9b" if c.dark else "#cfe3f3"))
    p.setColor(role.HighlightedText, QColor("#ffffff" if c.dark else "#0b1d2a"))
    p.setColor(role.Link, QColor(c.accent))
    p.setColor(role.LinkVisited, QColor("#c5a3e6" if c.dark else "#6a3d9a"))
    p.setColor(role.BrightText, QColor("#ff6b6b"))
    p.setColor(role.Light, QColor("#3a3d42" if c.dark else "#ffffff"))
    p.setColor(role.Midlight, QColor("#34363a" if c.dark else "#e9ecef"))
    p.setColor(role.Mid, QColor("#2a2c30" if c.dark else "#c4c9cf"))
    p.setColor(role.Dark, QColor("#141517" if c.dark else "#9aa1a8"))
    p.setColor(role.Shadow, QColor("#000000"))
    p.setColor(role.Accent, QColor(c.accent))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#6b7077" if c.dark else "#9aa1a8"))
    return p


def stylesheet(c: Colors) -> str:
    template = resource_path("ui.qss").read_text(encoding="utf-8")
    values = {
        "accent": c.accent,
        "accent_text": c.accent_text,
        "accent_soft": c.accent_soft,
        "text": c.text,
        "muted": c.muted,
        "base": c.base,
        "window": c.window,
        "sidebar": c.sidebar,
        "border": c.border,
        "control": c.control,
        "chip_bg": c.chip_bg,
        "chip_fg": c.chip_fg,
    }
    for key, value in values.items():
        template = template.replace("@" + key + "@", value)
    return template.replace("@check_icon@", _check_icon_file(c))


def _check_icon_file(c: Colors) -> str:
    """A checkmark in the accent's text colour, written once to a temp file for QSS."""
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.gettempdir()) / "ak-reader-icons"
    target = folder / f"check-{c.accent_text.lstrip('#')}.svg"
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_svg("check").replace(b"#000000", c.accent_text.encode()))
    return target.as_posix()


@cache
def _svg(name: str) -> bytes:
    return resource_path(f"icons/{name}.svg").read_bytes()


def icon(name: str, color: str | QColor | None = None) -> QIcon:
    """A bundled SVG icon drawn in `color` (default: the palette's text colour).

    The icon is drawn when Qt asks for it, at the size asked (see `_SvgIconEngine`), and
    kept per name and colours: a new theme makes new icons, switching back reuses them.
    """
    if color is None:
        app = QGuiApplication.instance()
        color = (QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
                 if app is not None else QColor("#000000"))
    color = QColor(color)
    disabled = _blend(color, _window_color(), 0.4)
    return _icon(name, color.name(), disabled.name())


@cache
def _icon(name: str, color: str, disabled: str) -> QIcon:
    return QIcon(_SvgIconEngine(name, color, disabled))


class _SvgIconEngine(QIconEngine):
    """One SVG in one colour (a second one when disabled), rendered on demand per size.

    Drawing every size up front made the window's start-up wait for some 700 renders.
    """

    def __init__(self, name: str, color: str, disabled: str) -> None:
        super().__init__()
        self._name = name
        self._colors = (color, disabled)
        self._renderers: dict[bool, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, bool, float], QPixmap] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        off = mode == QIcon.Mode.Disabled
        renderer = self._renderers.get(off)
        if renderer is None:
            data = _svg(self._name).replace(b"#000000", self._colors[1 if off else 0].encode())
            renderer = self._renderers[off] = QSvgRenderer(QByteArray(data))
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode).render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        key = (size.width(), size.height(), mode == QIcon.Mode.Disabled, scale)
        pix = self._pixmaps.get(key)
        if pix is None:
            pix = QPixmap(QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale))))
            pix.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pix)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer(mode).render(painter, QRectF(0, 0, pix.width(), pix.height()))
            painter.end()
            pix.setDevicePixelRatio(scale)
            self._pixmaps[key] = pix
        return QPixmap(pix)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return QSize(size)

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name, *self._colors)

    def key(self) -> str:
        return "ak-svg"


def _window_color() -> QColor:
    if QGuiApplication.instance() is None:
        return QColor("#ffffff")
    return QGuiApplication.palette().color(QPalette.ColorRole.Window)


def _blend(a: QColor, b: QColor, amount: float) -> QColor:
    """`amount` of a over b."""
    return QColor(
        round(a.red() * amount + b.red() * (1 - amount)),
        round(a.green() * amount + b.green() * (1 - amount)),
        round(a.blue() * amount + b.blue() * (1 - amount)),
    )
