"""The decision aid's saved answers and its report (no window)."""

from __future__ import annotations

import html
import json

from reader.beslishulp import Session, load_bundled_tree, profile_for
from reader.beslishulp.html_text import html_to_text
from reader.beslishulp.report import DISCLAIMER, report_html
from reader.beslishulp.store import FILE, AnswerStore
from tests.kill_harness import kill_after_reports, posix_only


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


SAVER = r"""
import sys
from pathlib import Path
from reader.beslishulp import load_bundled_tree
from reader.beslishulp.store import AnswerStore
tree = load_bundled_tree()
store = AnswerStore(Path(sys.argv[1]))
session = store.load(tree)
if not session.steps:
    session.answer(0)
first = session.steps[0].question.id
i = int(sys.argv[2])
while True:
    session.set_remark(f"r{i}", first)
    assert store.save(session)
    print(i, flush=True)
    i += 1
"""
KILL_MOMENTS = 20


@posix_only
def test_a_saver_killed_at_any_moment_keeps_the_last_saved_answers(tmp_path):
    """Issue 17: the process saving the answers SIGKILLed at 20 moments: the file is whole
    each time and holds the last save it reported (or a later one)."""
    tree = load_bundled_tree()
    start, kept = 0, 0
    for moment in range(KILL_MOMENTS):
        last = kill_after_reports(SAVER, tmp_path, start, reports=1 + (moment * 5) % 17)[-1]
        store = AnswerStore(tmp_path)
        session = store.load(tree)
        assert store.notice == "" and session.steps, f"kill {moment + 1}"
        remark = session.steps[0].remark
        assert remark.startswith("r") and int(remark[1:]) >= last, (moment, remark, last)
        assert not list(tmp_path.glob("*.damaged-*"))
        kept += 1
        start = int(remark[1:]) + 1
    print(f"\nbeslishulp kill-recovery {kept}/{KILL_MOMENTS}")
    assert kept == KILL_MOMENTS
