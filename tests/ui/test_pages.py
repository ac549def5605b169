"""Reading: the tool page and its maatregelen, links, history, find in page."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from reader.render import urls
from tests.ui.conftest import TOOL
from tests.ui.helpers import click_link, link_hrefs


@pytest.fixture
def opened(qtbot):
    calls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        calls.append(url.toString())
        return True

    mp = pytest.MonkeyPatch()
    mp.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    yield calls
    mp.undo()


def test_tool_page_shows_all_its_maatregelen_and_opens_one(qtbot, ready_window, content_site):
    w, site = ready_window, content_site
    with qtbot.waitSignal(w.pageOpened):
        w.open_path(TOOL)
    page = site.get(TOOL)
    refs = site.maatregelen_of(page)
    assert len(refs) == 11 and all(r.page for r in refs)
    hrefs = link_hrefs(w.page.browser)
    text = w.page.browser.toPlainText()
    for ref in refs:
        assert urls.page_url(ref.page.path) in hrefs, ref.stem
        assert ref.page.title in text
    target = refs[-1].page
    with qtbot.waitSignal(w.pageOpened, check_params_cb=lambda p: p == target.path):
        click_link(qtbot, w.page.browser, urls.page_url(target.path))
    assert w.page.current == target.path
    assert w.windowTitle().startswith(target.title)


def test_back_and_forward(qtbot, ready_window):
    w = ready_window
    a = w.actions_
    first, second = TOOL, "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"
    w.open_path(first)
    w.open_path(second)
    assert a.back.isEnabled() and not a.forward.isEnabled()
    a.back.trigger()
    assert w.page.current == first
    assert a.forward.isEnabled()
    a.forward.trigger()
    assert w.page.current == second
    a.back.trigger()
    a.back.trigger()
    assert w.page.current == "start"
    assert not a.back.isEnabled()
    # the history menu lists the visits, newest first
    w._fill_history_menu()
    titles = [act.text() for act in w.menus.history.actions()]
    assert titles[0] == w.site.get(second).title
    a.home.trigger()
    assert w.page.current == "start"


def test_standard_shortcuts():
    from PySide6.QtGui import QKeySequence

    from reader.ui.actions import _keys

    assert _keys(QKeySequence.StandardKey.Back)  # platform-defined, never empty
    assert QKeySequence("Ctrl+K") in _keys("Ctrl+K", "Ctrl+K")


def test_find_in_page_counts_matches(qtbot, ready_window):
    w = ready_window
    w.open_path("voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
    w.actions_.find.trigger()
    assert w.page.find_bar.isVisible()
    plain = w.page.browser.toPlainText().lower()
    expected = plain.count("dpia")
    assert expected > 3
    with qtbot.waitSignal(w.page.findCountChanged, check_params_cb=lambda c, t: t == expected):
        qtbot.keyClicks(w.page.find_bar.field, "DPIA")
    assert w.page.match_count() == expected
    assert w.page.find_bar.count.text() == f"1 van {expected}"
    w.page.find_bar.next_button.click()
    assert w.page.find_bar.count.text() == f"2 van {expected}"
    w.page.find_bar.prev_button.click()
    w.page.find_bar.prev_button.click()
    assert w.page.find_bar.count.text() == f"{expected} van {expected}"
    w.page.find_bar.field.setText("zzzqqq")
    assert w.page.find_bar.count.text() == "Geen treffers"


def test_ctrl_f_on_the_start_page_goes_to_the_search_field(qtbot, ready_window):
    w = ready_window
    w.go_home()
    w.actions_.find.trigger()
    assert not w.page.find_bar.isVisible()
    assert QGuiApplication.focusObject() is w.sidebar.search or w.sidebar.search.hasFocus() \
        or not w.isActiveWindow()


def test_external_link_asks_first(qtbot, ready_window, opened):
    w = ready_window
    w.open_path(TOOL)
    external = [h for h in link_hrefs(w.page.browser) if h.startswith("https://")]
    assert external
    url = external[0]
    click_link(qtbot, w.page.browser, url)
    dialog = w._link_dialog
    assert dialog is not None and dialog.isVisible()
    assert opened == []
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: w._link_dialog is None)
    assert opened == []
    # "Link kopiëren" copies instead of opening
    dialog = w.confirm_external(url)
    dialog.copy_button.click()
    qtbot.waitUntil(lambda: w._link_dialog is None)
    assert opened == []
    assert QGuiApplication.clipboard().text() == url
    # only "Openen in browser" hands the link over
    dialog = w.confirm_external(url)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: w._link_dialog is None)
    assert opened == [url]


def test_hovering_an_external_link_shows_its_address(ready_window):
    w = ready_window
    w.page._on_hover("https://example.org/x")
    assert "https://example.org/x" in w.status_label.text()


def test_document_link_opens_the_local_file(qtbot, make_window, opened, tmp_path):
    from reader.content import Site
    from tests.mini_site import S, make_mini_site

    root = make_mini_site(tmp_path / "root")
    doc = f"{S}/hulpmiddelen/handreiking DPIA.pdf"
    (root / doc).write_bytes(b"%PDF-1.4\n%%EOF\n")
    site = Site.load(root)
    assert doc in site.files
    w = make_window(site)
    w.page._on_link(urls.file_url(doc))
    assert opened and opened[0].startswith("file://")
    name = doc.rsplit("/", 1)[-1]
    assert opened[0].endswith(QUrl.toPercentEncoding(name).data().decode()) or opened[0].endswith(name)
    assert QUrl(opened[0]).toLocalFile() == str(root / doc)


def test_expander_toggle_rerenders(ready_window, content_site):
    w = ready_window
    page = next((p for p in content_site.pages.values() if "???" in p.body), None)
    if page is None:
        pytest.skip("no page with a collapsible block")
    w.open_path(page.path)
    if not w.page.rendered or not w.page.rendered.expanders:
        pytest.skip("renderer reports no expanders")
    before = w.page.browser.toPlainText()
    w.page._on_link(urls.toggle_url(0))
    assert w.page._expanded == {0}
    assert w.page.browser.toPlainText() != before


def test_glossary_opens(qtbot, ready_window):
    w = ready_window
    w.actions_.glossary.trigger()
    assert w.page.current == "begrippenlijst"
    assert w.page.browser.toPlainText().strip()


def test_mouse_back_and_forward_buttons(qtbot, ready_window):
    w = ready_window
    w.open_path(TOOL)
    w.open_path("voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
    qtbot.mousePress(w.page.browser.viewport(), Qt.MouseButton.BackButton)
    assert w.page.current == TOOL
    qtbot.mousePress(w.results.list.viewport(), Qt.MouseButton.ForwardButton)
    assert w.page.current == "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"


def test_dark_scheme_colours_the_page(ready_window):
    w = ready_window
    w.open_path(TOOL)
    w.settings.theme = "dark"
    w.apply_theme()
    assert w.dark and w.page.dark
    assert w.palette().window().color().lightness() < 100
    assert w.page.browser.palette().base().color().lightness() < 100
    w.settings.theme = "light"
    w.apply_theme()
    assert not w.page.dark
    assert w.palette().window().color().lightness() > 200


def test_command_line_page_names(content_site):
    from reader.ui.app import resolve_page

    assert resolve_page(content_site, "governancekader-VNG") == TOOL
    assert resolve_page(content_site, TOOL + ".md") == TOOL
    assert resolve_page(content_site, "") == ""


def test_bundled_tool_page_shows_its_maatregelen(qtbot, make_window):
    from reader.content import Kind, Site
    from tests.ui.conftest import BUNDLED

    if not (BUNDLED / "voldoen-aan-wetten-en-regels").is_dir():
        pytest.skip("bundled content not present")
    site = Site.load(BUNDLED)
    page = site.get(TOOL) or next(
        (p for p in site.of_kind(Kind.HULPMIDDEL) if site.maatregelen_of(p)), None)
    if page is None:
        pytest.skip("bundled content has no hulpmiddel with maatregelen yet")
    w = make_window(site)
    w.open_path(page.path)
    hrefs = link_hrefs(w.page.browser)
    refs = [r.page for r in site.maatregelen_of(page) if r.page]
    assert refs
    for target in refs:
        assert urls.page_url(target.path) in hrefs
    with qtbot.waitSignal(w.pageOpened, check_params_cb=lambda p: p == refs[0].path):
        click_link(qtbot, w.page.browser, urls.page_url(refs[0].path))


def test_start_page_cards_introduce_a_role_without_repeating_its_heading():
    """A role page whose heading differs from its title ("Beleid en advies" on the page
    "Beleids- en adviesprofessional") still gets its first sentence as the card's text."""
    from reader.content import Site
    from reader.ui.facet_labels import page_intro
    from tests.ui.conftest import BUNDLED

    site = Site.load(BUNDLED)
    for value in site.facet_values("rol"):
        page = site.taxonomy_page("rol", value)
        assert page is not None
        heading = next((ln[2:].strip() for ln in page.body.splitlines() if ln.startswith("# ")), "")
        intro = page_intro(site, "rol", value, 130)
        assert intro, value
        if heading:  # "Juristen kijken …" may start like "Jurist", as a word of its own it may not
            assert not re.match(re.escape(heading) + r"\b", intro), (value, intro)


def test_find_in_page_folds_accents_and_apostrophes_as_search_does(qtbot, ready_window):
    """"financiele" finds "financiële", "risicos" finds "risico's" (issue 18)."""
    from reader.content.words import fold

    w = ready_window
    page = next(p for p in w.site.pages.values() if "financiële" in p.body or "Financiële" in p.body)
    w.open_path(page.path)
    w.actions_.find.trigger()
    plain = w.page.browser.toPlainText()
    expected = fold(plain).count("financiele")
    assert expected >= 1 and plain.lower().count("financiele") < expected  # only folding finds them
    with qtbot.waitSignal(w.page.findCountChanged, check_params_cb=lambda c, t: t == expected):
        w.page.find_bar.field.setText("financiele")
    first = w.page._matches[0].selectedText()
    assert fold(first) == "financiele" and first != "financiele"  # the accented word is marked whole


def test_copying_a_link_gives_the_official_address_not_the_apps(qtbot, ready_window):
    """The page's context menu: "Link kopiëren" copies the official page (issue 18)."""
    from PySide6.QtWidgets import QMenu

    w = ready_window
    w.open_path(TOOL)
    linked = w.site.maatregelen_of(w.site.get(TOOL))[0].page
    href = next(h for h in w.page.rendered.links if h.startswith("reader://page/") and linked.path in h)
    menu = w.page.browser.link_menu(href, QMenu(w))
    copy = next(a for a in menu.actions() if a.objectName() == "copyAddress")
    copy.trigger()
    assert QGuiApplication.clipboard().text() == linked.url
    assert w.page.address_of("reader://filter/rol/jurist") == ""
    assert w.page.address_of("https://example.org/x") == "https://example.org/x"
