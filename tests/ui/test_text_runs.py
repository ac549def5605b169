"""reader.ui.text_runs: the two text calls PySide6 does not bind, given to Qt through a copy
of the C++ object's table; where any check fails nothing is changed (and the log says why),
and no answer lets an exception reach Qt."""

from __future__ import annotations

import ctypes
import logging
import platform
import sys
import threading

import pytest
import shiboken6
from PySide6.QtGui import QAccessibleActionInterface, QAccessibleTextInterface

from reader.ui import text_runs

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or platform.machine() != "x86_64",
                                reason="the unbound text calls are supplied on Linux x86-64 only")


class Text(QAccessibleTextInterface):
    """A text interface over a fixed string, answering the two calls as `owner` would."""

    def __init__(self, text: str = "Algoritmekader", run: object = ("language:nl-NL", 0, 14)) -> None:
        super().__init__()
        self.value, self.run, self.calls = text, run, 0
        self.selected = (2, 5)

    def text(self, start: int, end: int) -> str:
        self.calls += 1
        return self.value[start:end]

    def characterCount(self) -> int:
        self.calls += 1
        return len(self.value)

    def cursorPosition(self) -> int:
        return 3

    def selection_range(self) -> tuple[int, int]:
        return self.selected

    def attribute_run(self, _offset: int) -> tuple[str, int, int]:
        if isinstance(self.run, Exception):
            raise self.run
        return self.run  # type: ignore[return-value]


class Action(QAccessibleActionInterface):
    def actionNames(self) -> list[str]:
        return []


def _table(iface: object) -> int:
    return ctypes.c_void_p.from_address(shiboken6.getCppPointer(iface)[0]).value or 0


def _attributes(iface: object, offset: int = 0) -> tuple[str | None, int, int]:
    """attributes(offset) called as Qt's AT-SPI bridge calls it: (text or None for a null
    QString, start, end)."""
    this = shiboken6.getCppPointer(iface)[0]
    entries = (ctypes.c_void_p * 18).from_address(_table(iface))
    result, start, end = text_runs._QString(), ctypes.c_int(-7), ctypes.c_int(-7)
    text_runs._AttributesFn(entries[17])(ctypes.addressof(result), this, offset, ctypes.byref(start),
                                         ctypes.byref(end))
    assert result.d is None  # raw data: Qt neither frees it nor counts references
    text = ctypes.string_at(result.ptr, 2 * result.size).decode("utf-16-le") if result.ptr else None
    return text, start.value, end.value


def _selection(iface: object) -> tuple[int, int]:
    this = shiboken6.getCppPointer(iface)[0]
    entries = (ctypes.c_void_p * 18).from_address(_table(iface))
    start, end = ctypes.c_int(-7), ctypes.c_int(-7)
    text_runs._SelectionFn(entries[2])(this, 0, ctypes.byref(start), ctypes.byref(end))
    return start.value, end.value


@pytest.fixture
def fresh(monkeypatch, qapp):
    """No table checked yet, no reason logged yet (as in a new process)."""
    monkeypatch.setattr(text_runs, "_tables", {})
    monkeypatch.setattr(text_runs, "_refusals", {})
    monkeypatch.setattr(text_runs, "_said", set())
    monkeypatch.delenv(text_runs.OPT_OUT, raising=False)


def test_supplied_calls_answer_from_the_owner(fresh):
    text = Text()
    original = _table(text)
    assert text_runs.supply(text, text)
    assert _table(text) != original  # a copy, Qt's own table untouched
    assert _attributes(text, 3) == ("language:nl-NL", 0, 14)
    assert _selection(text) == (2, 5)
    other = Text("tekst", ("language:en-GB", 0, 5))
    assert text_runs.supply(other, other) and _table(other) == _table(text)  # one copy a class
    assert _attributes(other) == ("language:en-GB", 0, 5)
    assert text_runs.supply(text, text) and _attributes(text) == ("language:nl-NL", 0, 14)  # again: no change


@pytest.mark.parametrize("run", [RuntimeError("kapot"), ("language:nl", "x", 3), None, ("", 0, 3)])
def test_a_failing_owner_answers_an_empty_run(fresh, caplog, run):
    text = Text(run=run)
    assert text_runs.supply(text, text)
    with caplog.at_level(logging.ERROR, logger=text_runs.__name__):
        assert _attributes(text) == (None, 0, 0 if run != ("", 0, 3) else 3)
    assert bool(caplog.records) == (run != ("", 0, 3))  # an error is logged, not raised into Qt


def test_an_owner_gone_or_another_thread_answers_nothing(fresh):
    text, owner = Text(), Text()
    assert text_runs.supply(text, owner)
    seen: list[object] = []
    worker = threading.Thread(target=lambda: seen.append((_attributes(text), _selection(text))))
    worker.start()
    worker.join()
    assert seen == [((None, 0, 0), (0, 0))]  # Qt's widgets are the main thread's
    del owner
    assert _attributes(text) == (None, 0, 0) and _selection(text) == (0, 0)


def test_answers_kept_are_bounded(fresh, monkeypatch):
    text = Text(run=("language:nl-NL;x:1", 0, 14))
    assert text_runs.supply(text, text)
    monkeypatch.setattr(text_runs, "MAX_STRINGS", len(text_runs._strings))
    assert _attributes(text) == (None, 0, 0)  # a new answer past the limit: none, not a leak
    text.run = ("language:nl-NL", 0, 14)
    if "language:nl-NL" in text_runs._strings:
        assert _attributes(text) == ("language:nl-NL", 0, 14)  # one kept: still answered


def _refused(caplog, iface: object, words: str) -> None:
    before = _table(iface)
    with caplog.at_level(logging.INFO, logger=text_runs.__name__):
        assert not text_runs.supply(iface, iface)  # type: ignore[arg-type]
    assert _table(iface) == before
    assert any(words in r.getMessage() for r in caplog.records), [r.getMessage() for r in caplog.records]


def test_turned_off_by_the_environment(fresh, monkeypatch, caplog):
    monkeypatch.setenv(text_runs.OPT_OUT, "0")
    _refused(caplog, Text(), "turned off")


def test_refused_on_another_platform(fresh, monkeypatch, caplog):
    monkeypatch.setattr(sys, "platform", "win32")
    _refused(caplog, Text(), "not on win32")


def test_refused_when_qt_table_is_laid_out_otherwise(fresh, monkeypatch, caplog):
    """Qt's table is checked against its symbols before anything is called through it."""
    text = Text()
    defined = dict(text_runs._DEFINED)
    defined[9] = defined.pop(10)  # as if a virtual function had been added before textBeforeOffset
    monkeypatch.setattr(text_runs, "_DEFINED", defined)
    _refused(caplog, text, "another entry 9")
    assert text.calls == 0
    _refused(caplog, Text(), "another entry 9")  # (checked once: the same answer)


def test_refused_for_an_object_of_another_interface(fresh, caplog):
    action = Action()
    _refused(caplog, action, "not of a class derived from QAccessibleTextInterface")


def test_refused_when_the_table_answers_otherwise(fresh, monkeypatch, caplog):
    """The call check: characterCount through the table must be the Python answer."""
    text = Text()
    monkeypatch.setattr(text_runs, "_CHARACTER_COUNT", 7)  # cursorPosition(): 3, not 14
    _refused(caplog, text, "do not answer as the Python ones")


def test_refused_when_qt_gui_library_or_its_memory_is_not_found(fresh, monkeypatch, caplog):
    real = text_runs._mappings
    monkeypatch.setattr(text_runs, "_mappings", lambda: [m for m in real() if "libQt6Gui" not in m[3]])
    _refused(caplog, Text(), "Qt's GUI library not found")
    monkeypatch.setattr(text_runs, "_refusals", {})
    monkeypatch.setattr(text_runs, "_mappings", lambda: [m for m in real() if "libQt6Gui" in m[3]][:1])
    _refused(caplog, Text(), "not readable")  # (only the library's first mapping: the tables are not in it)
