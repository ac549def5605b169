"""Searching and indexing off the GUI thread.

`SearchController.submit(query)` hands the query to a worker thread and returns its
request id. The worker skips a query that is already stale when its turn comes, and the
controller emits `resultsReady` once per finished query, only for the latest request:
results of older queries are dropped. The index is built on a second thread, so browsing
by filter (which needs no index) works while it is built.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from reader.search import IndexReport, Query, SearchEngine, SearchResult

log = logging.getLogger(__name__)


class _Cancelled(Exception):
    """Raised from the progress callback to stop an index build at shutdown."""


class _SearchWorker(QObject):
    finished = Signal(int, object)  # request id, SearchResult
    failed = Signal(int, str)

    def __init__(self, engine: SearchEngine, controller: SearchController) -> None:
        super().__init__()
        self._engine = engine
        self._controller = controller

    @Slot(int, object)
    def run(self, request_id: int, query: Query) -> None:
        if request_id < self._controller.latest_id:
            return  # a newer query is already waiting: skip this one
        try:
            result = self._engine.search(query)
        except Exception:  # the engine promises not to raise; log if it does
            log.exception("search failed for %r", query)
            self.failed.emit(request_id, traceback.format_exc(limit=3))
            return
        self.finished.emit(request_id, result)


class _IndexWorker(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # IndexReport
    failed = Signal(str)

    def __init__(self, engine: SearchEngine) -> None:
        super().__init__()
        self._engine = engine
        self.cancelled = False

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise _Cancelled
        self.progress.emit(done, total)

    @Slot()
    def run(self) -> None:
        try:
            report = self._engine.ensure_index(self._progress, isolate=True, warm=True)
        except _Cancelled:
            return
        except Exception as exc:
            log.exception("building the search index failed")
            self.failed.emit(str(exc))
            return
        self.finished.emit(report)


class SearchController(QObject):
    """Owns the worker threads; one `resultsReady` per finished (current) query."""

    resultsReady = Signal(int, object)  # request id, SearchResult
    searchFailed = Signal(str)
    indexProgress = Signal(int, int)
    indexReady = Signal(object)  # IndexReport
    indexFailed = Signal(str)
    _request = Signal(int, object)
    _buildIndex = Signal()

    def __init__(self, engine: SearchEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.latest_id = 0
        self.index_ready = engine.ready

        self._search_thread = QThread(self)
        self._search_thread.setObjectName("search")
        self._worker = _SearchWorker(engine, self)
        self._worker.moveToThread(self._search_thread)
        self._request.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._search_thread.start()

        self._index_thread = QThread(self)
        self._index_thread.setObjectName("index")
        self._index_worker = _IndexWorker(engine)
        self._index_worker.moveToThread(self._index_thread)
        self._buildIndex.connect(self._index_worker.run)
        self._index_worker.progress.connect(self.indexProgress)
        self._index_worker.finished.connect(self._on_index_finished)
        self._index_worker.failed.connect(self.indexFailed)
        self._index_thread.start()

    # ------------------------------------------------------------------ search
    def submit(self, query: Query) -> int:
        self.latest_id += 1
        self._request.emit(self.latest_id, query)
        return self.latest_id

    def submit_here(self, query: Query) -> int:
        """Search on the calling thread now; the results come (as from `submit`) in the next
        turn of the event loop. Made before the window is shown, the first list is there for
        the first paint, so that the window paints once, not twice."""
        self.latest_id += 1
        request = self.latest_id
        try:
            result = self.engine.search(query)
        except Exception:  # the worker reports it the usual way
            log.exception("the first search failed on the GUI thread; trying the search thread")
            return self.submit(query)
        QTimer.singleShot(0, self, lambda: self._on_finished(request, result))
        return request

    def search_now(self, query: Query) -> SearchResult:
        """A synchronous search on the calling thread (exports; the engine is thread-safe)."""
        return self.engine.search(query)

    @Slot(int, object)
    def _on_finished(self, request_id: int, result: SearchResult) -> None:
        if request_id != self.latest_id:
            log.debug("dropped stale results of request %d", request_id)
            return
        self.resultsReady.emit(request_id, result)

    @Slot(int, str)
    def _on_failed(self, request_id: int, message: str) -> None:
        if request_id == self.latest_id:
            self.searchFailed.emit(message)

    # ------------------------------------------------------------------ index
    def build_index(self) -> None:
        self._buildIndex.emit()

    @Slot(object)
    def _on_index_finished(self, report: IndexReport) -> None:
        self.index_ready = True
        log.info("search index %s (%d added, %d changed, %d removed)",
                 report.action, report.added, report.changed, report.removed)
        self.indexReady.emit(report)

    # ------------------------------------------------------------------ shutdown
    def shutdown(self) -> None:
        self._index_worker.cancelled = True
        self.latest_id += 1  # whatever is queued is stale now
        for thread in (self._search_thread, self._index_thread):
            thread.quit()
        for thread in (self._search_thread, self._index_thread):
            thread.wait()
