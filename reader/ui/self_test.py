"""A start-up self-test of the real window, for smoke tests of installs and bundles.

    ak-reader --self-test REPORT.json [--self-test-query dpia] [--self-test-shot WINDOW.png]

Drives the window as a user would, each step started by the signal the previous one
ends with (no waiting on the clock): the first results painted; the index ready; the
query typed into the search field and its results shown; the first result opened and
its page rendered. Then it writes a JSON report (what each step saw, where settings,
cache and logs went, how long the steps took) and closes the window. A step that does
not come within `TIMEOUT_MS` ends the test with `"ok": false` and the step's name.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

TIMEOUT_MS = 60_000


class SelfTest(QObject):
    def __init__(self, window, report: Path, query: str = "dpia", started: float | None = None,
                 shot: Path | None = None) -> None:
        super().__init__(window)
        self.shot = shot
        self.window = window
        self.report = Path(report)
        self.query = query
        self.started = time.perf_counter() if started is None else started
        self.data: dict = {"ok": False, "step": "first results", "query": query,
                           "frozen": bool(getattr(sys, "frozen", False)), "executable": sys.executable, "steps": {}}
        self._index_ready = False
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._timed_out)
        self._watchdog.start(TIMEOUT_MS)
        window.controller.indexReady.connect(self._on_index_ready)
        window.controller.indexFailed.connect(lambda message: self._fail(f"index failed: {message}"))
        window.searchFinished.connect(self._on_first_results)

    def _mark(self, name: str) -> None:
        self.data["steps"][name] = round(time.perf_counter() - self.started, 3)

    # ------------------------------------------------------------------ steps
    def _on_first_results(self, result) -> None:
        self.window.searchFinished.disconnect(self._on_first_results)
        self._mark("first results")
        self.data["first_results"] = result.total
        self.data["step"] = "index"
        if self._index_ready or self.window.engine.index.store is not None:
            self._search()

    def _on_index_ready(self, report) -> None:
        self.data["index"] = {"action": report.action, "reason": report.reason, "in_memory": report.in_memory}
        self._mark("index")
        already = self._index_ready
        self._index_ready = True
        if not already and self.data["step"] == "index":
            self._search()

    def _search(self) -> None:
        if self.data["step"] != "index":
            return
        self.data["step"] = "search"
        self.window.searchFinished.connect(self._on_search_results)
        self.window.sidebar.search.setText(self.query)
        self.window.run_search()

    def _on_search_results(self, result) -> None:
        if result.query.text != self.query:
            return
        self.window.searchFinished.disconnect(self._on_search_results)
        self._mark("search")
        self.data["hits"] = [hit.path for hit in result.hits[:10]]
        self.data["total"] = result.total
        if not result.hits:
            self._fail("no results")
            return
        self.data["step"] = "page"
        target = result.hits[0].path
        self.window.page.pageShown.connect(self._on_page_shown)
        self.window.open_path(target)

    def _on_page_shown(self, path: str) -> None:
        rendered = self.window.page.rendered
        if rendered is None:
            return
        self.window.page.pageShown.disconnect(self._on_page_shown)
        self._mark("page")
        self.data["page"] = {"path": path, "title": rendered.title,
                             "text_chars": len(self.window.page.browser.toPlainText())}
        self.data["ok"] = bool(self.data["page"]["text_chars"])
        self.data["step"] = "done"
        if self.shot is None:
            self._finish()
        else:  # after the views' delayed layouts (queued behind this turn) have run
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._grab))

    def _grab(self) -> None:
        """The window as the user sees it at the end."""
        assert self.shot is not None
        self.shot.parent.mkdir(parents=True, exist_ok=True)
        self.data["shot"] = str(self.shot) if self.window.grab().save(str(self.shot)) else ""
        self._finish()

    # ------------------------------------------------------------------ end
    def _timed_out(self) -> None:
        self._fail(f"timed out at step {self.data['step']!r}")

    def _fail(self, why: str) -> None:
        self.data["ok"] = False
        self.data["error"] = why
        self._finish()

    def _finish(self) -> None:
        self._watchdog.stop()
        settings = self.window.settings
        self.data["settings_file"] = settings.file_name
        self.data["status"] = self.window.status_label.text()
        self.data["cache_dir"] = str(self.window.engine.index.cache_dir or "")
        self.data["index_read_only"] = bool(getattr(self.window.engine.index, "read_only", False))
        self.data["environment"] = {k: os.environ.get(k, "") for k in (
            "AK_READER_CACHE", "AK_READER_SETTINGS_DIR", "AK_READER_LOG_DIR", "AK_READER_DATA_DIR")}
        self.report.parent.mkdir(parents=True, exist_ok=True)
        self.report.write_text(json.dumps(self.data, indent=1, ensure_ascii=False), encoding="utf-8")
        QTimer.singleShot(0, self.window.close)
