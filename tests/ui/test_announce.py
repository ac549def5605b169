"""Status messages reach assistive technology (issue 21: EN 301 549 11.4.1.3): the result
count, the status bar and the find count are announced; "Bedoelde je …?" works by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui import announce
from tests.ui.conftest import TOOL, wait_results


def test_the_result_count_is_announced_and_named(qtbot, ready_window):
    w = ready_window
    announce.recent.clear()
    result = wait_results(qtbot, w, lambda: w.sidebar.search.setText("dpia"))
    header = w.results.header.text()
    assert str(result.total) in header
    assert w.results.header.accessibleName() == header  # the count is in the name
    assert header in announce.recent


def test_status_bar_messages_and_find_counts_are_announced(qtbot, ready_window):
    w = ready_window
    announce.recent.clear()
    w.open_path(TOOL)
    w.actions_.bookmark.trigger()
    assert w.status_label.text() and w.status_label.text() in announce.recent
    w.actions_.find.trigger()
    with qtbot.waitSignal(w.page.findCountChanged):
        w.page.find_bar.field.setText("dpia")
    assert w.page.find_bar.count.text() in announce.recent


def test_the_status_label_is_hidden_while_empty_and_shown_with_each_message(qtbot, ready_window):
    w = ready_window
    w._clear_status()
    assert not w.status_label.isVisible()  # no empty, nameless object in the tree between messages
    announce.recent.clear()
    w.show_status("Bladwijzer toegevoegd", 50)
    assert w.status_label.isVisible() and w.status_label.text() == "Bladwijzer toegevoegd"
    assert announce.recent[-1] == "Bladwijzer toegevoegd"  # said through QAccessibleAnnouncementEvent
    qtbot.waitUntil(lambda: not w.status_label.isVisible(), timeout=3000)  # gone with its timeout
    assert w.status_label.text() == ""
    w.show_status("")
    assert not w.status_label.isVisible()


def test_the_spelling_suggestion_is_reachable_by_keyboard(qtbot, ready_window):
    w = ready_window
    result = wait_results(qtbot, w, lambda: w.sidebar.search.setText("privasy"))
    if not result.suggestion:
        result = wait_results(qtbot, w, lambda: w.sidebar.search.setText("algoritmeregistr"))
    assert result.suggestion, "a misspelling gets a suggestion"
    message = w.results.message
    assert message.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert message.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    with qtbot.waitSignal(w.searchFinished, check_params_cb=lambda r: r.query.text == result.suggestion
                          if hasattr(r, "query") else True):
        message.linkActivated.emit(f"suggest:{result.suggestion}")
    assert w.sidebar.search.text() == result.suggestion
