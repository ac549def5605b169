"""Colour contrast of every scheme (issue 21, EN 301 549 11.1.4.3 and 11.1.4.11): each text
colour on each background it is drawn on reaches 4.5:1, each border, focus ring and
indicator 3:1 (WCAG 2.1 relative luminance), in light, dark and both high-contrast schemes,
the page CSS included. Runs without a window."""

from __future__ import annotations

import re

import pytest

from reader.render.html import stylesheet as page_stylesheet
from reader.ui.theme import CONTRAST_DARK, CONTRAST_LIGHT, DARK, LIGHT, SCHEMES, Colors, page_colours


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


IDS = [c.name for c in SCHEMES]


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
    pairs += [("selection_fg on selection_bg (selected rows, menu highlight)", c.selection_fg, c.selection_bg),
              ("text on button", c.text, c.button),
              ("current find match", c.current_match_fg, c.current_match_bg),
              ("placeholder (muted) on base", c.muted, c.base)]
    pairs += [(f"visited link on {bg}", c.visited, colour) for bg, colour in (("base", c.base), ("window", c.window))]
    return pairs


def non_text_pairs(c: Colors) -> list[tuple[str, str, str]]:
    """Boundaries that identify a control, and the focus ring. `Colors.border` draws only
    decorative dividers, which WCAG 1.4.11 exempts."""
    return [(f"{what} on {bg}", colour, background)
            for what, colour in (("control boundary", c.control), ("focus (accent)", c.accent),
                                 ("checked box (accent)", c.accent), ("checkbox frame (muted)", c.muted))
            for bg, background in (("base", c.base), ("window", c.window), ("sidebar", c.sidebar),
                                   ("hover/current row (accent_soft)", c.accent_soft))] + [
        (f"selected row, menu keyboard highlight on {bg}", c.selection_bg, background)
        for bg, background in (("base", c.base), ("window", c.window))]


@pytest.mark.parametrize("scheme", SCHEMES, ids=IDS)
def test_text_has_at_least_4_5_to_1(scheme: Colors) -> None:
    failing = [(name, round(contrast(fg, bg), 2)) for name, fg, bg in text_pairs(scheme) if contrast(fg, bg) < 4.5]
    assert not failing, failing


@pytest.mark.parametrize("scheme", SCHEMES, ids=IDS)
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

    for scheme in SCHEMES:
        rules = re.sub(r"/\*.*?\*/", "", stylesheet(scheme), flags=re.S)  # comments may name @name@
        assert not re.findall(r"@\w+@", rules)


def test_page_links_are_underlined_not_marked_by_colour_alone() -> None:
    import re

    from reader.resources import resource_path

    css = resource_path("page.css").read_text(encoding="utf-8")
    rule = re.search(r"^a\s*\{([^}]*)\}", css, re.M)
    assert rule and "underline" in rule.group(1)


def test_stylesheet_font_sizes_follow_the_application_font() -> None:
    """Issue 21 (11.7, user preferences): no fixed sizes; an 18 pt system font scales them all."""
    import re

    from reader.ui.theme import stylesheet

    def sizes(base: float) -> list[float]:
        return [float(x) for x in re.findall(r"font-size:\s*([\d.]+)pt", stylesheet(LIGHT, base))]

    normal, large = sizes(10), sizes(18)
    assert normal and len(normal) == len(large)
    assert all(b == pytest.approx(a * 1.8, abs=0.11) for a, b in zip(normal, large, strict=True))


# ---------------------------------------------------------------------- the page CSS
def css_rules(css: str) -> dict[str, dict[str, str]]:
    """selector -> its declarations, later rules winning (as in the browser)."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    out: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        props = {k.strip(): v.strip() for k, v in (d.split(":", 1) for d in body.split(";") if ":" in d)}
        for selector in selectors.split(","):
            out.setdefault(" ".join(selector.split()), {}).update(props)
    return out


def page_text_pairs(css: str) -> list[tuple[str, str, str]]:
    """Each text colour on the page's background and on every box a text may sit in
    (code, admonition titles, table heads, striped rows, cards); a rule with a background of
    its own (chips, marks, table heads, the primary button) on that background."""
    rules = css_rules(css)
    body_bg = rules["body"]["background-color"]
    solid = ("adm-bar", "button-primary", "table.list th")  # no free text on these
    boxes = {s: p["background-color"] for s, p in rules.items() if "background-color" in p and s != "body"
             and not any(x in s for x in solid) and not s.startswith((".chip", ".hl", "hr"))}
    pairs = []
    for selector, props in rules.items():
        if "color" not in props:
            continue
        fg = props["color"]
        if "background-color" in props:
            pairs.append((selector, fg, props["background-color"]))
        elif "button-primary" in selector:
            pairs.append((selector, fg, rules["td.button-primary"]["background-color"]))
        else:
            pairs.append((f"{selector} on body", fg, body_bg))
            pairs += [(f"{selector} on {box}", fg, bg) for box, bg in boxes.items()]
    return pairs


PAGE_SCHEMES = [(LIGHT, False), (DARK, True), (CONTRAST_DARK, True), (CONTRAST_LIGHT, False)]


@pytest.mark.parametrize(("scheme", "dark"), PAGE_SCHEMES, ids=[c.name for c, _d in PAGE_SCHEMES])
def test_page_css_text_has_at_least_4_5_to_1(scheme: Colors, dark: bool) -> None:
    css = page_stylesheet(dark, page_colours(scheme))
    pairs = page_text_pairs(css)
    assert len(pairs) > 300  # the parse found the rules
    failing = [(n, round(contrast(fg, bg), 2)) for n, fg, bg in pairs if contrast(fg, bg) < 4.5]
    assert not failing, failing


@pytest.mark.parametrize("scheme", [CONTRAST_DARK, CONTRAST_LIGHT], ids=["contrast-dark", "contrast-light"])
def test_a_high_contrast_page_takes_the_window_schemes_colours(scheme: Colors) -> None:
    """Generated from the one declared set: no colour on the page the scheme does not have."""
    rules = css_rules(page_stylesheet(scheme.dark, page_colours(scheme)))
    used = {v for props in rules.values() for k, v in props.items() if "color" in k and v.startswith("#")}
    assert used <= {scheme.text, scheme.base, scheme.accent, scheme.highlight_bg, scheme.highlight_fg}, used
    assert rules["body"] == {"color": scheme.text, "background-color": scheme.base}
    assert rules["a"]["color"] == scheme.accent and "underline" in rules["a"]["text-decoration"]


# ---------------------------------------------------------------------- the tagged PDF
def pdf_pairs() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The PDF is the light page CSS with reader.pdf.PRINT_CSS after it, on white paper:
    (text pairs, border pairs). Each text colour on the page and on every box of the print
    CSS; each border colour on the paper and on its own box."""
    from reader.pdf import PRINT_CSS

    page = css_rules(page_stylesheet(False))
    paper = page["body"]["background-color"]
    rules = css_rules(PRINT_CSS)
    boxes = {s: p["background-color"] for s, p in rules.items()
             if p.get("background-color", "transparent").startswith("#") and "button-primary" not in s}
    texts = [("body text", page["body"]["color"])] + [
        (s, p["color"]) for s, p in rules.items() if p.get("color", "").startswith("#")]
    text_pairs = [(f"{s} on paper", fg, paper) for s, fg in texts]
    text_pairs += [(f"{s} on {box}", fg, bg) for s, fg in texts for box, bg in boxes.items()]
    text_pairs.append(("primary button text", page["a.button-primary"]["color"],
                       rules["div.button > p.button-primary"]["background-color"]))
    borders = []
    for s, p in rules.items():
        for key, value in p.items():
            if key.startswith("border") and (m := re.search(r"#[0-9a-fA-F]{6}", value)):
                borders.append((f"{s} {key} on paper", m.group(0), paper))
                if s in boxes:
                    borders.append((f"{s} {key} on its box", m.group(0), boxes[s]))
    return text_pairs, borders


def test_pdf_text_has_at_least_4_5_to_1_and_borders_3_to_1() -> None:
    texts, borders = pdf_pairs()
    assert len(texts) > 20 and len(borders) > 10  # the parse found the rules
    failing = [(n, round(contrast(fg, bg), 2)) for n, fg, bg in texts if contrast(fg, bg) < 4.5]
    failing += [(n, round(contrast(fg, bg), 2)) for n, fg, bg in borders if contrast(fg, bg) < 3]
    assert not failing, failing
