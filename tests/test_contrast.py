"""Colour contrast of every scheme (issue 21, EN 301 549 11.1.4.3 and 11.1.4.11): each text
colour on each background it is drawn on reaches 4.5:1, each border, focus ring and
indicator 3:1 (WCAG 2.1 relative luminance). Runs without a window."""

from __future__ import annotations

import pytest

from reader.ui.theme import DARK, LIGHT, Colors


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_pairs(c: Colors) -> list[tuple[str, str, str]]:
    backgrounds = {"base": c.base, "window": c.window, "sidebar": c.sidebar}
    pairs = [(f"{fg} on {bg}", getattr(c, fg), colour) for fg in ("text", "muted", "accent")
             for bg, colour in backgrounds.items()]
    pairs += [("accent_text on accent", c.accent_text, c.accent),
              ("highlight_fg on highlight_bg", c.highlight_fg, c.highlight_bg),
              ("chip_fg on chip_bg", c.chip_fg, c.chip_bg),
              ("text on accent_soft (hover, current row)", c.text, c.accent_soft),
              ("accent on accent_soft", c.accent, c.accent_soft)]
    pairs += [(f"badge {kind}", fg, bg) for kind, (bg, fg) in c.badges.items()]
    return pairs


def non_text_pairs(c: Colors) -> list[tuple[str, str, str]]:
    """Boundaries that identify a control, and the focus ring. `Colors.border` draws only
    decorative dividers, which WCAG 1.4.11 exempts."""
    return [(f"{what} on {bg}", colour, background)
            for what, colour in (("control boundary", c.control), ("focus (accent)", c.accent))
            for bg, background in (("base", c.base), ("window", c.window), ("sidebar", c.sidebar))]


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=["licht", "donker"])
def test_text_has_at_least_4_5_to_1(scheme: Colors) -> None:
    failing = [(name, round(contrast(fg, bg), 2)) for name, fg, bg in text_pairs(scheme) if contrast(fg, bg) < 4.5]
    assert not failing, failing


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=["licht", "donker"])
def test_borders_and_focus_have_at_least_3_to_1(scheme: Colors) -> None:
    failing = [(name, round(contrast(fg, bg), 2)) for name, fg, bg in non_text_pairs(scheme) if contrast(fg, bg) < 3]
    assert not failing, failing


def test_the_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_the_stylesheet_uses_only_known_colours() -> None:
    """Every @name@ in the stylesheet is filled in (a typo would leave a colour out)."""
    import re

    from reader.ui.theme import stylesheet

    for scheme in (LIGHT, DARK):
        rules = re.sub(r"/\*.*?\*/", "", stylesheet(scheme), flags=re.S)  # comments may name @name@
        assert not re.findall(r"@\w+@", rules)


def test_page_links_are_underlined_not_marked_by_colour_alone() -> None:
    import re

    from reader.resources import resource_path

    css = resource_path("page.css").read_text(encoding="utf-8")
    rule = re.search(r"^a\s*\{([^}]*)\}", css, re.M)
    assert rule and "underline" in rule.group(1)
