"""Long labels fit (issue 18): sidebar labels wrap onto two lines instead of being cut off,
table columns of a page break between words, and the page labels follow the UI language."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def _lines_inside_words(document) -> list[str]:
    """Every place where the layout broke a line between two letters of one word."""
    bad = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(layout.lineCount() - 1):
            line = layout.lineAt(i)
            end = line.textStart() + line.textLength()
            if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
                bad.append(text[max(0, end - 12):end] + "|" + text[end:end + 8])
        block = block.next()
    return bad


def test_long_sidebar_labels_wrap_and_keep_their_name_count_and_focus(qtbot, make_window, content_site):
    from PySide6.QtCore import Qt

    w = make_window(content_site)
    w.splitter.setSizes([280, 400, 620])  # (the filter column is as wide as the sidebar: no wider)
    qtbot.waitUntil(lambda: w.sidebar.width() <= 290)
    check = w.sidebar.groups["rol"].checkboxes()["beleid-en-advies"]
    label = "Beleids- en adviesprofessional"
    qtbot.waitUntil(lambda: "\n" in check.text())
    lines = check.text().split("\n")
    assert " ".join(lines) == label  # all of it, on two lines, nothing elided
    room = check.text_room()  # its width less the indicator, spacing and padding
    assert all(check.fontMetrics().horizontalAdvance(line) <= room for line in lines)
    assert check.height() >= 2 * check.fontMetrics().height()  # the row grew for the second line
    assert check.accessibleName() == label and not check.toolTip()  # nothing hidden, so no tooltip
    count = w.sidebar.groups["rol"]._rows["beleid-en-advies"].count
    assert count.text().isdigit() and int(count.text()) > 0
    check.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(check.hasFocus)
    with qtbot.waitSignal(w.sidebar.groups["rol"].selectionChanged):
        qtbot.keyClick(check, Qt.Key.Key_Space)
    assert check.isChecked()
    # wide again: one line
    w.splitter.setSizes([420, 400, 480])
    qtbot.waitUntil(lambda: check.text() == label)


def test_fit_label_breaks_after_spaces_and_hyphens_and_elides_a_word_too_long():
    from reader.ui.facet_group import fit_label

    def width(text: str) -> int:
        return 7 * len(text)

    assert fit_label("Jurist", width, 100) == "Jurist"
    assert fit_label("Beleids- en adviesprofessional", width, 140) == "Beleids- en\nadviesprofessional"
    assert fit_label("Beleids- en adviesprofessional", width, 77) == "Beleids- en\nadviesprof…"
    assert fit_label("Beleids- en adviesprofessional", width, 70) == "Beleids-\nen advies…"
    assert fit_label("Organisatieverantwoordelijkheden", width, 160) == "Organisatie-\nverantwoordelijkheden"
    assert fit_label("Organisatieverantwoordelijkheden", width, 140) == "Organisatieverantwo…"  # no room for the rest
    assert fit_label("Dataverkenningsinstrumentarium", width, 150) == "Dataverkennings-\ninstrumentarium"


def test_table_columns_break_between_words(qtbot, make_window, content_site):
    w = make_window(content_site)
    w.splitter.setSizes([220, 260, 520])
    path = "voldoen-aan-wetten-en-regels/vereisten/index"
    with qtbot.waitSignal(w.pageOpened):
        w.open_path(path)
    qtbot.waitUntil(lambda: w.page.rendered is not None and w.page.rendered.path == path)
    document = w.page.browser.document()
    document.setTextWidth(w.page.browser.viewport().width())
    assert "Organisatieverantwoordelijkheden" in document.toPlainText()
    assert _lines_inside_words(document) == []
    printed = w.page.print_document()
    printed.setTextWidth(420)
    assert _lines_inside_words(printed) == []


def test_page_labels_follow_the_interface_language(qtbot, make_window, content_site):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from reader.ui import i18n

    path = "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"
    dutch = make_window(content_site)
    with qtbot.waitSignal(dutch.pageOpened):
        dutch.open_path(path)
    assert "Officiële pagina op de website van het Algoritmekader" in dutch.page.rendered.html
    app = QApplication.instance()
    before = QLocale()
    translators = i18n.install_translators(app, "en")
    try:
        w = make_window(content_site)
        with qtbot.waitSignal(w.pageOpened):
            w.open_path(path)
        html = w.page.rendered.html
        assert "Official page on the Algoritmekader website" in html and ">&nbsp;Tool&nbsp;<" in html
        assert "Officiële pagina op de website" not in html and "Bronbestand" not in html
        assert "Data Protection Impact Assessment" in html  # the page's own text as it was
        # the kinds in the results and the sidebar too
        model = w.results.model
        labels = {model.data(model.index(i), model.KindRole): model.data(model.index(i), model.KindLabelRole)
                  for i in range(model.rowCount())}
        assert labels.get("hulpmiddel") == "Tool" and labels.get("maatregel") == "Measure"
        kinds = w.sidebar.groups["soort"].checkboxes()
        assert kinds["vereiste"].accessibleName() == "Requirement"
        body = content_site.pages[path].body
        first = next(line for line in body.splitlines() if len(line) > 40 and line[0].isalpha())
        assert first.split()[0] in html  # its body text, in Dutch
    finally:  # back to Dutch for the other tests
        translators += i18n.install_translators(app, "nl")
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
    assert i18n.current_language() == "nl"
