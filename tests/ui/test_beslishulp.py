"""The decision aid in the window: walk by clicking, the profile filter, back, PDF, restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from reader.beslishulp import Session, load_bundled_tree, profile_for
from reader.search import Query
from tests.conftest import CONTENT
from tests.mini_site import S
from tests.ui.conftest import wait_results
from tests.ui.pdftext import pdf_text

pytestmark = pytest.mark.gui


def _path_to_high_risk() -> tuple[int, ...]:
    """Answers (0-based) that lead to a high-risk deployer's conclusion."""
    tree = load_bundled_tree()
    for answers, _target in tree.paths():
        session = Session(tree)
        for index in answers:
            session.answer(index)
        profile = profile_for(session).front_matter()
        if profile.get("risicogroep") == ["hoog-risico-ai-systeem"] and \
                profile.get("rol-ai-act") == ["gebruiksverantwoordelijke"]:
            return answers
    raise AssertionError("no path to a high-risk deployer")


@pytest.fixture
def window(make_window, monkeypatch, tmp_path, qtbot):
    from reader.content import Site

    monkeypatch.setenv("AK_READER_DATA_DIR", str(tmp_path / "user"))
    win = make_window(Site.load(CONTENT))
    qtbot.waitUntil(lambda: win.controller.index_ready, timeout=30000)
    return win


def _open(window, qtbot):
    window.actions_.beslishulp.trigger()
    dialog = window._beslishulp
    qtbot.waitExposed(dialog)
    return dialog


def _click_answer(dialog, qtbot, index: int) -> None:
    button = dialog.answer_group.button(index)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))  # on the circle
    assert button.isChecked()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)


def test_walk_to_high_risk_by_clicking_then_show_the_vereisten(window, qtbot):
    dialog = _open(window, qtbot)
    answers = _path_to_high_risk()
    for n, index in enumerate(answers):
        assert dialog.stack.currentWidget() is dialog.question_page
        assert dialog.progress_label.text().startswith(f"Vraag {n + 1} van ongeveer")
        if n == 1:
            dialog.remark.setPlainText("Leverancier levert het model; wij zetten het in.")
        _click_answer(dialog, qtbot, index)
    assert dialog.stack.currentWidget() is dialog.conclusion_page
    profile = dialog.profile()
    assert profile["risicogroep"] == ["hoog-risico-ai-systeem"]
    assert "Leverancier levert het model" in dialog.outcome.toPlainText()  # the reasons, with the remark
    result = wait_results(qtbot, window, lambda: qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton),
                          lambda r: r.query.kinds == frozenset({"vereiste"}) and bool(r.query.more))
    expected = window.engine.search(Query.make("", kinds=["vereiste"], limit=None, more=profile))
    assert {h.path for h in result.hits} <= {h.path for h in expected.hits}
    assert result.total == expected.total > 0
    assert window.results.profile_bar.isVisible()
    assert "Hoog risico AI-systeem" in window.results.profile_label.text()
    # the profile is removable, and then every vereiste is back
    everything = wait_results(qtbot, window, window.results.profile_clear.click)
    assert not window.results.profile_bar.isVisible()
    assert everything.total > result.total


def test_back_changes_an_answer_and_the_pdf_holds_answers_and_remark(window, qtbot, tmp_path):
    dialog = _open(window, qtbot)
    answers = _path_to_high_risk()
    for n, index in enumerate(answers):
        if n == 0:
            dialog.remark.setPlainText("Opmerking bij de eerste vraag")
        _click_answer(dialog, qtbot, index)
    first_conclusion = dialog.session.conclusion.id
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)  # back to the last question
    assert dialog.stack.currentWidget() is dialog.question_page
    last = dialog.session.question
    assert dialog.answer_group.checkedId() == answers[-1]  # the earlier choice is shown
    other = next(a.index for a in last.answers if a.index != answers[-1])
    _click_answer(dialog, qtbot, other)
    while not dialog.session.finished:
        _click_answer(dialog, qtbot, 0)
    assert dialog.session.steps[len(answers) - 1].answer.index == other
    pdf = tmp_path / "beslishulp.pdf"
    assert dialog.save_pdf_to(pdf)
    text = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "Opmerking bij de eerste vraag" in text
    first_answer = dialog.session.steps[0].answer.answer
    assert " ".join(first_answer.split())[:20] in text
    assert "geen juridisch advies" in text
    assert first_conclusion  # a conclusion was reached before the change


def test_answers_are_kept_across_restarts(window, qtbot, make_window):
    from reader.content import Site

    dialog = _open(window, qtbot)
    _click_answer(dialog, qtbot, 0)
    _click_answer(dialog, qtbot, 0)
    asked = dialog.session.question.id
    window.close()
    again = make_window(Site.load(CONTENT))
    dialog2 = _open(again, qtbot)
    assert dialog2.session.question.id == asked
    assert [s.answer.index for s in dialog2.session.steps] == [0, 0]
    assert dialog2.back_button.isEnabled()


def test_profile_filter_is_restored_with_the_session(window, qtbot, make_window, settings_dir):
    from reader.content import Site

    profile = {"risicogroep": ["verboden-ai"]}
    wait_results(qtbot, window, lambda: window.show_profile(profile), lambda r: bool(r.query.more))
    window.close()
    again = make_window(Site.load(CONTENT))
    assert again.profile == profile
    assert again.results.profile_bar.isVisible()
    assert again.current_query().filters()["risicogroep"] == frozenset({"verboden-ai"})


def test_a_vereiste_page_links_to_the_decision_aid(window, qtbot):
    window.open_path(f"{S}/vereisten/aia-01-ai-geletterdheid")
    assert "reader://beslishulp" in window.page.rendered.html
    window.page._on_link("reader://beslishulp")
    qtbot.waitExposed(window._beslishulp)
    assert window._beslishulp.isVisible()


def test_start_page_card_opens_the_decision_aid(window, qtbot):
    page = window.page.start_page
    cards = [c for c in page.cards if c.accessibleName() == "Beslishulp AI-verordening"]
    assert len(cards) == 1
    qtbot.mouseClick(cards[0], Qt.MouseButton.LeftButton)
    qtbot.waitExposed(window._beslishulp)


def test_restart_asks_and_clears(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dialog = _open(window, qtbot)
    _click_answer(dialog, qtbot, 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.restart()
    assert len(dialog.session.steps) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restart()
    assert not dialog.session.steps and not dialog.back_button.isEnabled()
    assert Path(dialog.store.path).is_file()
