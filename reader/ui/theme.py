"""The colour schemes (light, dark, high contrast), icons drawn in the text colour, the stylesheet.

Every colour the window paints comes from one `Colors` set per scheme: the stylesheet, the
palette, the result delegate and, in high contrast, the page (`page_colours`). The scheme
follows the system (QStyleHints.colorScheme, and its contrast preference or a high-contrast
palette) unless the user picked one. When the platform style does not switch its palette
itself, a Fusion palette is made from the scheme.
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass, field
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from reader.render.colours import PageColours
from reader.resources import resource_path

log = logging.getLogger(__name__)

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
    # palette roles the stylesheet does not name
    button: str = ""
    selection_bg: str = ""  # Highlight: selected rows, the menu's keyboard highlight
    selection_fg: str = ""
    visited: str = ""
    disabled: str = ""
    current_match_bg: str = "#ff9632"  # the find bar's current match
    current_match_fg: str = "#000000"
    bevel: tuple[str, str, str, str] = ("#ffffff", "#e9ecef", "#c4c9cf", "#9aa1a8")  # Light Midlight Mid Dark
    contrast: bool = False  # a high-contrast scheme: the page takes its colours too
    name: str = field(default="", compare=False)


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
    button="#f7f8fa",
    selection_bg="#01689b",  # 3:1 against the window: the menu's keyboard highlight shows
    selection_fg="#ffffff",
    visited="#6a3d9a",
    disabled="#9aa1a8",
    name="light",
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
    button="#303236",
    selection_bg="#4a90c2",
    selection_fg="#0b1d2a",
    visited="#c5a3e6",
    disabled="#6b7077",
    bevel=("#3a3d42", "#34363a", "#2a2c30", "#141517"),
    name="dark",
)

#: high contrast, white on black (as Windows' "Nachtelijke hemel"/"Aquatic" and most users' choice)
CONTRAST_DARK = Colors(
    dark=True,
    accent="#ffff00",
    accent_text="#000000",
    accent_soft="#1c1c1c",
    text="#ffffff",
    muted="#ffffff",
    base="#000000",
    window="#000000",
    sidebar="#000000",
    border="#ffffff",
    control="#ffffff",
    highlight_bg="#00ffff",
    highlight_fg="#000000",
    chip_bg="#000000",
    chip_fg="#ffffff",
    badges={kind: ("#000000", "#ffffff") for kind in ("hulpmiddel", "maatregel", "vereiste", "other")},
    button="#000000",
    selection_bg="#ffff00",
    selection_fg="#000000",
    visited="#ff80ff",
    disabled="#c0c0c0",
    current_match_bg="#ffff00",
    current_match_fg="#000000",
    bevel=("#ffffff", "#ffffff", "#ffffff", "#ffffff"),
    contrast=True,
    name="contrast-dark",
)

#: high contrast, black on white (as Windows' "Woestijn" and GNOME's HighContrast)
CONTRAST_LIGHT = Colors(
    dark=False,
    accent="#00008b",
    accent_text="#ffffff",
    accent_soft="#e8e8ff",
    text="#000000",
    muted="#000000",
    base="#ffffff",
    window="#ffffff",
    sidebar="#ffffff",
    border="#000000",
    control="#000000",
    highlight_bg="#ffff00",
    highlight_fg="#000000",
    chip_bg="#ffffff",
    chip_fg="#000000",
    badges={kind: ("#ffffff", "#000000") for kind in ("hulpmiddel", "maatregel", "vereiste", "other")},
    button="#ffffff",
    selection_bg="#00008b",
    selection_fg="#ffffff",
    visited="#5a0080",
    disabled="#3c3c3c",
    current_match_bg="#00008b",
    current_match_fg="#ffffff",
    bevel=("#000000", "#000000", "#000000", "#000000"),
    contrast=True,
    name="contrast-light",
)

SCHEMES = (LIGHT, DARK, CONTRAST_DARK, CONTRAST_LIGHT)  # every scheme (the contrast tests)

_active: Colors = LIGHT


def colors(dark: bool) -> Colors:
    """The scheme in use when it matches `dark`, else plain light or dark."""
    if _active.dark == dark:
        return _active
    return DARK if dark else LIGHT


def active() -> Colors:
    """The scheme the window shows now (set by `set_active`)."""
    return _active


def set_active(c: Colors) -> None:
    global _active
    _active = c


def badge_colors(c: Colors, kind: str) -> tuple[str, str]:
    return c.badges.get(kind, c.badges["other"])


def page_colours(c: Colors) -> PageColours | None:
    """The page's colours in a high-contrast scheme (None: the page keeps its own CSS)."""
    if not c.contrast:
        return None
    return PageColours(text=c.text, base=c.base, link=c.accent, mark_bg=c.highlight_bg, mark_fg=c.highlight_fg)


# ---------------------------------------------------------------------- contrast (WCAG 2.1)
def luminance(colour: str) -> float:
    """The relative luminance of #rrggbb (WCAG 2.1)."""
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# ---------------------------------------------------------------------- following the system
_hints_ref: list[object] = []  # a Python reference keeps QAccessibilityHints alive (PySide 6.11)


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


def _contrast_preference() -> bool | None:
    """Qt's accessibility hint (Qt 6.10+): True for "more contrast", None when unknown.

    Read defensively: on PySide6 6.11 a second call raised "Internal C++ object
    (QAccessibilityHints) already deleted", so the hints object is kept, and any error
    means "unknown" (an exception here must not stop the window)."""
    try:
        if not _hints_ref:
            hints = QGuiApplication.styleHints()
            accessibility = getattr(hints, "accessibility", None)
            if accessibility is None:
                return None
            _hints_ref.extend([hints, accessibility()])
        preference = _hints_ref[1].contrastPreference()  # type: ignore[attr-defined]
        high = getattr(Qt.ContrastPreference, "HighContrast", None)
        return None if high is None else preference == high
    except Exception:  # any failure of the hint is "unknown"
        _hints_ref.clear()
        return None


def palette_is_high_contrast(palette: QPalette) -> bool:
    """A high-contrast palette: window text on window at 7:1 or more, both near black or
    white (the platform's high-contrast themes; ordinary themes stay well below)."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)
    extreme = all(c.lightness() <= 8 or c.lightness() >= 248 for c in (window, text, base))  # not Fusion's #efefef
    return extreme and contrast_ratio(window.name(), text.name()) >= 7 and \
        contrast_ratio(base.name(), palette.color(QPalette.ColorRole.Text).name()) >= 7


def _windows_high_contrast() -> bool:
    if sys.platform != "win32":
        return False
    try:
        import ctypes

        class HIGHCONTRAST(ctypes.Structure):
            _fields_ = [("cbSize", ctypes.c_uint), ("dwFlags", ctypes.c_uint), ("lpszDefaultScheme", ctypes.c_wchar_p)]

        info = HIGHCONTRAST()
        info.cbSize = ctypes.sizeof(HIGHCONTRAST)
        user32 = getattr(ctypes, "windll").user32  # noqa: B009 - Windows only, unknown to mypy elsewhere
        if user32.SystemParametersInfoW(0x0042, info.cbSize, ctypes.byref(info), 0):  # SPI_GETHIGHCONTRAST
            return bool(info.dwFlags & 0x1)  # HCF_HIGHCONTRASTON
    except Exception:
        log.debug("reading the high-contrast setting failed", exc_info=True)
    return False


def system_wants_contrast(native: QPalette | None = None) -> bool:
    """The platform asks for more contrast: Qt's hint, Windows' setting or the palette."""
    if QGuiApplication.instance() is None:
        return False
    if _contrast_preference() or _windows_high_contrast():
        return True
    return palette_is_high_contrast(native if native is not None else QGuiApplication.palette())


def scheme_for(preference: str, native: QPalette | None = None) -> Colors:
    """The scheme for the user's choice: system, light, dark or contrast (the light or the
    dark high contrast after the system's brightness)."""
    if preference == "light":
        return LIGHT
    if preference == "dark":
        return DARK
    if preference == "contrast" or system_wants_contrast(native):
        window = (native or QGuiApplication.palette()).color(QPalette.ColorRole.Window) \
            if QGuiApplication.instance() is not None else None
        dark = system_is_dark() if preference == "contrast" or window is None else window.lightness() < 128
        return CONTRAST_DARK if dark else CONTRAST_LIGHT
    return DARK if system_is_dark() else LIGHT


def from_palette(native: QPalette, fallback: Colors) -> Colors:
    """A high-contrast scheme in the platform palette's own colours (Windows' contrast themes
    let the user pick them), or `fallback` when a pair of them falls short of WCAG."""
    role = QPalette.ColorRole

    def colour(r: QPalette.ColorRole) -> str:
        return native.color(r).name()

    text, base, window = colour(role.WindowText), colour(role.Base), colour(role.Window)
    accent, accent_text = colour(role.Highlight), colour(role.HighlightedText)
    link = colour(role.Link)
    derived = Colors(
        dark=native.color(role.Window).lightness() < 128, accent=link, accent_text=base,
        accent_soft=base, text=text, muted=text, base=base, window=window, sidebar=window,
        border=text, control=text, highlight_bg=accent, highlight_fg=accent_text,
        chip_bg=base, chip_fg=text,
        badges={kind: (base, text) for kind in ("hulpmiddel", "maatregel", "vereiste", "other")},
        button=colour(role.Button), selection_bg=accent, selection_fg=accent_text,
        visited=colour(role.LinkVisited), disabled=colour(role.PlaceholderText),
        current_match_bg=accent, current_match_fg=accent_text,
        bevel=(text, text, text, text), contrast=True, name="contrast-system")
    pairs = [(text, base), (text, window), (link, base), (link, window), (accent_text, accent),
             (base, link), (colour(role.ButtonText), colour(role.Button)), (colour(role.Text), base)]
    if all(contrast_ratio(a, b) >= 4.5 for a, b in pairs):
        return derived
    return fallback


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
    p.setColor(role.Button, QColor(c.button or c.window))
    p.setColor(role.ButtonText, text)
    p.setColor(role.ToolTipBase, QColor(c.base))
    p.setColor(role.ToolTipText, text)
    p.setColor(role.PlaceholderText, QColor(c.muted))
    p.setColor(role.Highlight, QColor(c.selection_bg or c.accent_soft))
    p.setColor(role.HighlightedText, QColor(c.selection_fg or c.text))
    p.setColor(role.Link, QColor(c.accent))
    p.setColor(role.LinkVisited, QColor(c.visited or c.accent))
    p.setColor(role.BrightText, QColor(c.accent if c.contrast else "#ff6b6b"))
    light, midlight, mid, dark = c.bevel
    p.setColor(role.Light, QColor(light))
    p.setColor(role.Midlight, QColor(midlight))
    p.setColor(role.Mid, QColor(mid))
    p.setColor(role.Dark, QColor(dark))
    p.setColor(role.Shadow, QColor("#000000"))
    p.setColor(role.Accent, QColor(c.accent))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, r, QColor(c.disabled or c.muted))
    return p


#: the application font the stylesheet's point sizes are written for
DESIGN_POINT_SIZE = 10.0
_FONT_SIZE = re.compile(r"font-size:\s*([\d.]+)pt")
_SCALED_PX = re.compile(r"@(\d+)px@")


def indicator_sizes(scale: float) -> dict[str, int]:
    """The radio button's indicator at `scale` times the design font: its inner size, corner
    radius, and when checked the accent ring and the dot inside it, one outer size in both
    states (14 px + a 1 px border, or a 4 px ring around 8 px, at 10 pt)."""
    radio = 2 * round(7 * scale)  # even: a radius of half the outer size keeps it a circle
    outer = radio + 2  # (Qt draws a square where the radius exceeds half the size)
    ring = max(4, round(outer / 4))
    return {"radio": radio, "radio_radius": outer // 2, "radio_ring": ring, "radio_dot": outer - 2 * ring}


def stylesheet(c: Colors, base_point_size: float | None = None) -> str:
    """The stylesheet for scheme `c`; its font sizes, and the sizes of checkbox and radio
    indicators and arrows, relative to the application font (`base_point_size`, default:
    the running application's), never fixed."""
    template = resource_path("ui.qss").read_text(encoding="utf-8")
    if base_point_size is None:
        app_font = QGuiApplication.font() if QGuiApplication.instance() is not None else None
        base_point_size = app_font.pointSizeF() if app_font is not None and app_font.pointSizeF() > 0 \
            else DESIGN_POINT_SIZE
    scale = base_point_size / DESIGN_POINT_SIZE
    template = _FONT_SIZE.sub(lambda m: f"font-size: {float(m.group(1)) * scale:.1f}pt", template)
    grow = max(1.0, scale)  # indicators and arrows grow with a larger font, never below their 10 pt size
    template = _SCALED_PX.sub(lambda m: f"{round(int(m.group(1)) * grow)}px", template)
    for key, size in indicator_sizes(grow).items():
        template = template.replace(f"@{key}@", str(size))
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
        "button": c.button or c.window,
    }
    for key, value in values.items():
        template = template.replace("@" + key + "@", value)
    return (template.replace("@check_icon@", _icon_file("check", c.accent_text))
            .replace("@down_icon@", _icon_file("down", c.text)).replace("@up_icon@", _icon_file("up", c.text)))


def _icon_file(name: str, colour: str) -> str:
    """A bundled icon in `colour` (the checkmark in the accent's text colour, the combo
    box's arrow in the text colour), written once to a temp file for QSS."""
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.gettempdir()) / "ak-reader-icons"
    target = folder / f"{name}-{colour.lstrip('#')}.svg"
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_svg(name).replace(b"#000000", colour.encode()))
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
