"""The decision aid's saved answers and its report (no window)."""

from __future__ import annotations

import html
import json

from reader.beslishulp import Session, load_bundled_tree, profile_for
from reader.beslishulp.html_text import html_to_text
from reader.beslishulp.report import DISCLAIMER, report_html
from reader.beslishulp.store import FILE, AnswerStore


def _walk_to_a_conclusion(session: Session) -> None:
    """Always the first answer: the walk ends in some conclusion."""
    while not session.finished:
        session.answer(0)


def test_answers_survive_a_restart(tmp_path):
    tree = load_bundled_tree()
    store = AnswerStore(tmp_path)
    session = store.load(tree)
    assert not session.steps and store.notice == ""
    session.answer(0)
    session.set_remark("Besproken met de CIO-office.")
    session.answer(0)
    assert store.save(session)
    again = AnswerStore(tmp_path).load(tree)
    assert [s.answer_index for s in again.steps] == [s.answer_index for s in session.steps]
    assert again.steps[0].question.id == session.steps[0].question.id
    assert "CIO-office" in json.dumps(json.loads((tmp_path / FILE).read_text(encoding="utf-8")))


def test_damaged_file_is_kept_and_a_fresh_walk_starts(tmp_path):
    tree = load_bundled_tree()
    (tmp_path / FILE).write_text('{"format": "beslis', encoding="utf-8")
    store = AnswerStore(tmp_path)
    session = store.load(tree)
    assert not session.steps
    assert "niet te lezen" in store.notice and "damaged" in store.notice
    kept = list(tmp_path.glob(f"{FILE}.damaged-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == '{"format": "beslis'  # nothing lost
    assert store.save(session) and (tmp_path / FILE).is_file()


def test_unwritable_folder_only_costs_the_saving(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    store = AnswerStore(blocker)
    session = store.load(load_bundled_tree())
    session.answer(0)
    assert store.save(session) is False


def test_report_holds_answers_remarks_profile_and_disclaimer():
    tree = load_bundled_tree()
    session = Session(tree)
    session.answer(0)
    session.set_remark("Dit is <b>geen</b> opmaak")
    _walk_to_a_conclusion(session)
    doc = report_html(session, profile_for(session), date="2026-12-07", content="testinhoud 1.0")
    assert "2026-12-07" in doc and "testinhoud 1.0" in doc
    assert DISCLAIMER in doc
    assert "Dit is &lt;b&gt;geen&lt;/b&gt; opmaak" in doc  # the remark is text, never markup
    assert session.conclusion is not None
    for step in session.steps:
        assert f"Antwoord: {html.escape(html_to_text(step.answer.answer))}" in doc
    assert "AI-profiel" in doc and "<script" not in doc
