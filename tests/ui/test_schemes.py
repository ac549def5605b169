"""High contrast (issue 21, EN 301 549 11.7 and 11.1.4.3): "Hoog contrast" in Beeld → Kleuren
colours the window, the result list and the page from one set; with "Volg het systeem" a
high-contrast palette of the platform is followed, and reading Qt's contrast hint never
fails the window."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from reader.ui import theme

TOOL = "voldoen-aan-wetten-en-regels/hulpmiddelen/governancekader-VNG"


def test_the_contrast_choice_colours_window_results_and_page(ready_window):
    w = ready_window
    w.open_path(TOOL)
    w.actions_.theme_contrast.trigger()
    assert w.settings.theme == "contrast"
    c = theme.active()
    assert c.contrast and c in (theme.CONTRAST_DARK, theme.CONTRAST_LIGHT)
    assert w.palette().window().color().name() == c.window
    assert w.palette().windowText().color().name() == c.text
    assert w.results.delegate.colors is c
    html = w.page.rendered.html
    assert "contrast" in html and f"a, a.exp-toggle, table.list a.id, a.button-secondary, h2.card-title a {{ color: {c.accent}" in html
    assert w.page.browser.document().toPlainText().strip()  # still shows the page
    w.actions_.theme_light.trigger()
    assert theme.active() is theme.LIGHT and "contrast" not in w.page.rendered.html.split("<body", 1)[1][:40]


def test_the_system_setting_follows_a_high_contrast_palette():
    black_on_white = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#ffffff"), (QPalette.ColorRole.WindowText, "#000000"),
                         (QPalette.ColorRole.Base, "#ffffff"), (QPalette.ColorRole.Text, "#000000"),
                         (QPalette.ColorRole.Button, "#ffffff"), (QPalette.ColorRole.ButtonText, "#000000"),
                         (QPalette.ColorRole.Highlight, "#1c0aa8"), (QPalette.ColorRole.HighlightedText, "#ffffff"),
                         (QPalette.ColorRole.Link, "#1c0aa8")):
        black_on_white.setColor(role, QColor(colour))
    assert theme.palette_is_high_contrast(black_on_white)
    assert theme.scheme_for("system", black_on_white).contrast
    derived = theme.from_palette(black_on_white, theme.CONTRAST_LIGHT)
    assert derived.name == "contrast-system" and derived.accent == "#1c0aa8" and derived.text == "#000000"
    ordinary = theme.make_palette(theme.LIGHT)
    assert not theme.palette_is_high_contrast(ordinary)
    assert not theme.palette_is_high_contrast(theme.make_palette(theme.DARK))
    # a user's choice wins over the system
    assert theme.scheme_for("light", black_on_white) is theme.LIGHT


def test_reading_the_contrast_hint_twice_does_not_fail(qapp):
    """PySide6 6.11 raised "already deleted" on a second call; it must give True/False/None."""
    first = theme._contrast_preference()
    second = theme._contrast_preference()
    assert first in (True, False, None) and second == first
    assert QGuiApplication.styleHints() is not None


def test_links_in_labels_take_the_new_schemes_colour(qtbot, ready_window):
    """The chips above the results are links in a label: after a switch to high contrast they
    are drawn in its link colour, not the old scheme's (dark blue on black before)."""
    from PySide6.QtGui import QImage

    w = ready_window
    with qtbot.waitSignal(w.searchFinished, timeout=10000):
        w.sidebar.set_filters({"soort": {"hulpmiddel"}})
    qtbot.waitUntil(w.results.chips.isVisible, timeout=5000)
    w.settings.theme = "light"
    w.apply_theme()
    theme.system_is_dark, real = (lambda: True), theme.system_is_dark
    try:
        w.settings.theme = "contrast"
        w.apply_theme()
    finally:
        theme.system_is_dark = real
    assert theme.active() is theme.CONTRAST_DARK
    image: QImage = w.results.chips.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    assert theme.CONTRAST_DARK.accent in colours  # the link, in yellow
    assert theme.CONTRAST_LIGHT.accent not in colours and theme.LIGHT.accent not in colours
