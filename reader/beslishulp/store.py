"""Where the decision aid keeps the user's answers between starts (no Qt).

    store = AnswerStore(user_data_dir())
    session = store.load(tree)          # the saved walk, replayed; a fresh one when none
    store.save(session)                 # after every answer, remark, back or restart

One JSON file, `beslishulp.json`, in the user's data folder (the portable app's `data/user`
in portable mode). It is written atomically (a temporary file, then a rename), so a crash
mid-write leaves the previous answers. A file that cannot be read is never overwritten:
it is kept beside as `beslishulp.json.damaged-<time>` and `notice` says so; answers that
no longer fit a changed tree are reported in `notice` too (the replay stops there).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from pathlib import Path

from reader.beslishulp.session import Session
from reader.beslishulp.tree import Tree

log = logging.getLogger(__name__)
FILE = "beslishulp.json"


class AnswerStore:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / FILE
        self.notice = ""

    def load(self, tree: Tree) -> Session:
        """The saved session replayed on `tree`; a new session when there is none."""
        self.notice = ""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Session(tree)
        except (OSError, ValueError) as exc:
            self._set_aside(f"De opgeslagen antwoorden zijn niet te lezen ({exc}).")
            return Session(tree)
        session = Session.from_dict(tree, data)
        if session.problems and not session.steps and (not isinstance(data, dict) or data.get("answers")):
            self._set_aside(" ".join(session.problems))
            return Session(tree)
        if session.problems:
            self.notice = " ".join(session.problems)
        return session

    def save(self, session: Session) -> bool:
        """Write the session (atomically); False when the folder cannot be written."""
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(session.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            log.warning("could not save the decision aid's answers in %s: %s", self.path, exc)
            with contextlib.suppress(OSError):
                tmp.unlink()
            return False
        return True

    def _set_aside(self, why: str) -> None:
        """Keep an unreadable file beside, under another name, and start afresh."""
        kept = self.path.with_name(f"{self.path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(self.path, kept)
        except OSError:
            kept = self.path
        self.notice = f"{why} Het bestand is bewaard als {kept.name}; je begint opnieuw."
        log.warning("decision aid answers: %s", self.notice)
