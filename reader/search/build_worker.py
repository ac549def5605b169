"""Building a large index with several processes: each writes one part index.

Whoosh's writer is pure Python, so one process uses one core. For a large content root
`IndexManager` deals the pages out (every n-th page to the same worker, so that each gets
a fair share of long and short pages) and starts one worker per core:

    python -O -c "from reader.search.build_worker import main; main()"   (pickles on stdin/stdout)
    ak-reader-cli --ak-build-worker                                      (the same, in the portable app)

1. the parent sends the chunk's pages as plain tuples (no `Page` objects, no file access),
   in batches, then an empty batch;
2. the worker answers with the counts of candidate compound parts in its pages, so the
   parent can make the one vocabulary every segment must share;
3. the parent sends a folder of the worker's own (under the new index's folder) and that
   vocabulary;
4. the worker analyses its pages, writes and commits an index of them in that folder
   (`backend.write_part`, Whoosh's public writer), reports progress while doing so, and
   ends with the folder and the document frequencies of its words. The parent makes the
   parts' segments one index (`Store.adopt_parts`); a failed worker leaves no trace,
   since the new index's folder is removed then.

Workers are plain subprocesses (not `multiprocessing`), so they work from any process,
including the build process the window starts, and on every platform.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import threading
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from reader.frozen import worker_command, worker_env

#: A page as a worker gets it: path, kind, title, file-name/id words, summary, Markdown body
#: (UTF-8 bytes: pickling a str caches its UTF-8 form inside the string object for good, which
#: doubled the parent's memory for the text of every non-ASCII page), everyday phrases.
PageData = tuple[str, str, str, list[str], str, bytes, str]
PROGRESS_EVERY = 50
SEND_BATCH = 200  # pages per message to a worker
WORKER_CODE = "import sys; from reader.search.build_worker import main; sys.exit(main())"


def _send(stream: IO[bytes], message: object) -> None:
    pickle.dump(message, stream, protocol=pickle.HIGHEST_PROTOCOL)
    stream.flush()


def main() -> int:
    from reader.search import backend
    from reader.search.analysis import Analyzer, dutch_stem, vocabulary_counts, word_list
    from reader.search.documents import make_document, text_of

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    try:
        pages: list[PageData] = []
        while True:  # the pages come in batches, so neither side holds one huge pickle
            batch = pickle.load(stdin)
            if not batch:
                break
            pages.extend(batch)
        texts = [text_of(body.decode("utf-8"), summary) for _p, _k, _t, _i, summary, body, _s in pages]
        tokens: list[list[str] | None] = [word_list(text) for text in texts]  # kept for step 4
        counts: dict[str, int] = {}
        for (_path, _kind, title, _ident, _summary, _body, _situations), words in zip(pages, tokens, strict=True):
            vocabulary_counts((words or [], title), counts)
        _send(stdout, ("counts", counts))
        del counts
        folder, vocabulary = pickle.load(stdin)
        # the parent sends nothing more; when its end of the pipe closes (it stopped, or it
        # was killed), stop too rather than finish a segment nobody will use
        threading.Thread(target=_exit_when_orphaned, args=(stdin,), daemon=True).start()
        analyzer = Analyzer(dutch_stem, vocabulary)
        df: Counter[str] = Counter()

        def documents():
            for i, ((path, kind, title, ident, _summary, _body, situations), text) in enumerate(
                    zip(pages, texts, strict=True)):
                doc, words = make_document(analyzer, path, kind, title, ident, text, tokens[i], situations)
                tokens[i] = None
                df.update(set(words))
                yield doc
                if (i + 1) % PROGRESS_EVERY == 0:
                    _send(stdout, ("progress", PROGRESS_EVERY))
            _send(stdout, ("progress", len(pages) % PROGRESS_EVERY))

        backend.write_part(Path(folder), documents())
        _send(stdout, ("done", folder, dict(df)))
    except BaseException:  # report it: the parent falls back to building in one process
        _send(stdout, ("error", traceback.format_exc()))
        return 1
    return 0


def _exit_when_orphaned(stdin: IO[bytes]) -> None:
    # the raw descriptor, not the buffered reader: a daemon thread blocked inside that
    # reader holds its lock, and the interpreter cannot shut down cleanly around it
    fd = stdin.fileno()
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass
    os._exit(3)


class WorkerError(RuntimeError):
    pass


class _Worker:
    def __init__(self, pages: Sequence[Any], as_data: Callable[[Any], PageData]) -> None:
        self.process = subprocess.Popen(
            worker_command(WORKER_CODE), stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=worker_env(),
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console window on Windows
        )
        self.messages: queue.Queue[tuple[Any, ...]] = queue.Queue()
        assert self.process.stdin is not None
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        try:
            for i in range(0, len(pages), SEND_BATCH):  # made batch by batch: see PageData
                _send(self.process.stdin, [as_data(page) for page in pages[i:i + SEND_BATCH]])
            _send(self.process.stdin, [])
        except BaseException:
            self.stop()
            raise

    def _read(self) -> None:
        assert self.process.stdout is not None
        try:
            while True:
                message = pickle.load(self.process.stdout)
                self.messages.put(message)
                if message[0] in ("done", "error"):
                    return
        except Exception as exc:  # the worker died
            self.messages.put(("error", f"worker stopped: {exc!r}"))

    def send(self, message: object) -> None:
        assert self.process.stdin is not None
        _send(self.process.stdin, message)

    def stop(self) -> None:
        """Stop the worker (when it has not finished) and close its pipes."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self._reader.join()  # the worker is gone, so its output ends: the reader returns
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):  # (a write the worker never read)
                    pipe.close()


def build_parts(folder: Path, chunks: Sequence[Sequence[Any]], as_data: Callable[[Any], PageData],
                   vocabulary_of: Callable[[dict[str, int]], list[str]],
                   progress: Callable[[int], None] | None = None) -> tuple[list[str], list[Path], dict[str, int]]:
    """Run one worker per chunk of pages, each writing a part index in a folder of its own
    under `folder`; returns (vocabulary, part folders, document frequencies).

    `as_data` turns a page into the `PageData` a worker gets.
    `vocabulary_of` turns the summed counts into the shared vocabulary; `progress` gets the
    number of pages done so far. Raises `WorkerError` when a worker fails (nothing is
    committed then); any exception from `progress` stops the workers and propagates."""
    workers: list[_Worker] = []
    try:
        for chunk in chunks:
            workers.append(_Worker(chunk, as_data))
        counts: dict[str, int] = {}
        for worker in workers:
            kind, *rest = worker.messages.get()
            if kind != "counts":
                raise WorkerError(str(rest[0]) if rest else kind)
            for word, n in rest[0].items():
                counts[word] = counts.get(word, 0) + n
        vocabulary = vocabulary_of(counts)
        del counts
        for i, worker in enumerate(workers):
            worker.send((str(folder / f"part{i}"), vocabulary))
        done = 0
        results: list[tuple[object, dict[str, int]] | None] = [None] * len(workers)
        while any(r is None for r in results):
            for i, worker in enumerate(workers):
                if results[i] is not None:
                    continue
                try:
                    message = worker.messages.get(timeout=0.05)
                except queue.Empty:
                    continue
                if message[0] == "progress":
                    done += message[1]
                    if progress is not None:
                        progress(done)
                elif message[0] == "done":
                    results[i] = (message[1], message[2])
                else:
                    raise WorkerError(str(message[1]))
        df: dict[str, int] = {}
        parts = []
        for result in results:
            assert result is not None
            parts.append(Path(str(result[0])))
            for word, n in result[1].items():
                df[word] = df.get(word, 0) + n
        return vocabulary, parts, df
    finally:
        for worker in workers:
            worker.stop()


if __name__ == "__main__":
    sys.exit(main())
