"""One walk through the decision tree: answers, labels, back, restart, save and restore.

A Session is the only mutable object of the package. Its state is the list of steps taken
(question + chosen answer + optional remark); the current question or conclusion and the
labels are derived from those steps, so back() is simply "drop the last step".

Saving: to_dict() gives plain JSON-able data (answers by questionId and 0-based answer index,
plus each answer's labels and remark); Session.from_dict() replays it on a tree and reports,
in Dutch, where the tree no longer fits (a different question, a missing answer, other labels),
keeping the answers before that point.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.beslishulp.tree import Answer, Conclusion, Question, Target, Tree

SAVE_FORMAT = "beslishulp-sessie"
SAVE_VERSION = 1


class SessionError(Exception):
    """An action that is not possible now; the message is Dutch and meant for the user."""


@dataclass(frozen=True)
class Step:
    """One answered question: the reason the walk went where it went."""

    question: Question
    answer: Answer
    labels: frozenset[str]  # all labels after this answer
    remark: str = ""

    @property
    def answer_index(self) -> int:
        return self.answer.index


@dataclass(frozen=True)
class Progress:
    """How far the walk is: `answered` questions done and about `remaining` to go (the current
    one included; 0 at a conclusion). `remaining` is the mean length of all distinct paths from
    here to a conclusion, rounded; `shortest` and `longest` bound it. Early exits ("no
    algorithm") make the shortest path useless as an estimate, hence the mean."""

    answered: int
    remaining: int
    shortest: int = 0
    longest: int = 0

    @property
    def done(self) -> bool:
        return self.remaining == 0

    @property
    def current(self) -> int:
        """The number of the current question (1-based), or of the last one when done."""
        return self.answered if self.done else self.answered + 1

    @property
    def total(self) -> int:
        return self.answered + self.remaining

    def text(self) -> str:
        if self.done:
            return f"klaar: {self.answered} {'vraag' if self.answered == 1 else 'vragen'} beantwoord"
        if self.longest == 1:
            return f"vraag {self.current} (de laatste)"
        return f"vraag {self.current} van ongeveer {self.total}"


class Session:
    def __init__(self, tree: Tree) -> None:
        self.tree = tree
        self._steps: list[Step] = []
        self._conclusion: Conclusion | None = None
        self._remarks: dict[str, str] = {}
        #: What from_dict() could not restore (Dutch); empty for a fresh session.
        self.problems: list[str] = []

    # state

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(self._steps)

    @property
    def labels(self) -> frozenset[str]:
        return self._steps[-1].labels if self._steps else frozenset()

    @property
    def conclusion(self) -> Conclusion | None:
        return self._conclusion

    @property
    def finished(self) -> bool:
        return self._conclusion is not None

    @property
    def question(self) -> Question | None:
        """The question to answer now; None at a conclusion."""
        if self._conclusion is not None:
            return None
        if not self._steps:
            return self.tree.first_question
        last = self._steps[-1]
        target = last.answer.resolve(last.labels)
        assert target is not None and not target.is_conclusion  # answer() guarantees this
        return self.tree.question(target.id)

    def grouped_labels(self) -> list[tuple[str | None, str]]:
        """(label group, label) for every label given so far, in the order given, without
        repeats; the group comes from categories.yaml (None when it has none)."""
        out: list[tuple[str | None, str]] = []
        seen: set[str] = set()
        for step in self._steps:
            group = self.tree.label_group(step.question.id)
            for label in step.answer.labels:
                if label not in seen:
                    seen.add(label)
                    out.append((group, label))
        return out

    def progress(self) -> Progress:
        answered = len(self._steps)
        if self._conclusion is not None:
            return Progress(answered, 0)
        question = self.question
        assert question is not None
        estimate = self.tree.remaining(question.id, self.labels)
        if estimate is None:  # no way on from here (validate() reports that)
            return Progress(answered, 1, 1, 1)
        return Progress(answered, estimate.typical, estimate.shortest, estimate.longest)

    # actions

    def answer(self, index: int, remark: str | None = None) -> Question | Conclusion:
        """Answer the current question with answer `index` (0-based); returns where that leads.
        Raises SessionError (and changes nothing) when that is not possible."""
        question = self.question
        if question is None:
            raise SessionError("Er is al een conclusie; ga terug of begin opnieuw om een antwoord te wijzigen.")
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(question.answers):
            raise SessionError(
                f"Vraag {question.id} heeft de antwoorden 1 tot en met {len(question.answers)}; "
                f"{index + 1 if isinstance(index, int) and not isinstance(index, bool) else index!r} bestaat niet."
            )
        answer = question.answers[index]
        after = self.labels | frozenset(answer.labels)
        target = answer.resolve(after)
        if target is None:
            raise SessionError(
                f"Vraag {question.id}: bij het antwoord {answer.answer!r} weet de beslishulp niet verder "
                "(geen enkele doorverwijzing past bij je eerdere antwoorden). Kies een ander antwoord of ga terug."
            )
        if remark is not None:
            self.set_remark(remark, question.id)
        self._steps.append(Step(question, answer, after, self._remarks.get(question.id, "")))
        return self._go(target)

    def _go(self, target: Target) -> Question | Conclusion:
        if target.is_conclusion:
            self._conclusion = self.tree.conclusion(target.id)
            return self._conclusion
        return self.tree.question(target.id)

    def back(self) -> bool:
        """Undo the last answer (from a conclusion: back to the last question). False when
        there is nothing to undo."""
        if not self._steps:
            return False
        self._steps.pop()
        self._conclusion = None
        return True

    def restart(self) -> None:
        """Start again at the first question; forgets answers and remarks."""
        self._steps.clear()
        self._conclusion = None
        self._remarks.clear()
        self.problems = []

    # remarks

    def remark(self, question_id: str | None = None) -> str:
        qid = question_id or (self.question.id if self.question else "")
        return self._remarks.get(qid, "")

    def set_remark(self, text: str, question_id: str | None = None) -> None:
        """Attach a remark to a question (default: the current one); empty text removes it.
        Remarks outlive back(), so an answer can be changed without losing the note."""
        if not isinstance(text, str):
            raise SessionError("Een opmerking moet tekst zijn.")
        qid = question_id or (self.question.id if self.question else None)
        if qid is None:
            raise SessionError("Er is geen open vraag om een opmerking bij te zetten.")
        if not self.tree.has_question(qid):
            raise SessionError(f"Er is geen vraag {qid} om een opmerking bij te zetten.")
        text = text.strip()
        if text:
            self._remarks[qid] = text
        else:
            self._remarks.pop(qid, None)
        # keep the recorded step in line with the remark
        for i, step in enumerate(self._steps):
            if step.question.id == qid:
                self._steps[i] = Step(step.question, step.answer, step.labels, text)

    # saving

    def to_dict(self) -> dict[str, object]:
        answers = []
        on_path = set()
        for step in self._steps:
            on_path.add(step.question.id)
            item: dict[str, object] = {
                "questionId": step.question.id,
                "answer": step.answer.index,
                "text": step.answer.answer,
                "labels": list(step.answer.labels),
            }
            if step.remark:
                item["remark"] = step.remark
            answers.append(item)
        data: dict[str, object] = {
            "format": SAVE_FORMAT,
            "formatVersion": SAVE_VERSION,
            "tree": {"name": self.tree.name, "version": self.tree.version, "fingerprint": self.tree.fingerprint()},
            "answers": answers,
            "conclusionId": self._conclusion.id if self._conclusion else None,
        }
        other = {qid: text for qid, text in self._remarks.items() if qid not in on_path}
        if other:
            data["remarks"] = other
        return data

    @classmethod
    def from_dict(cls, tree: Tree, data: object, *, strict: bool = False) -> Session:
        """Replay saved answers on `tree`. What does not fit is listed in `session.problems`
        (Dutch) and the replay stops there; with strict=True that raises SessionError instead."""
        session = cls(tree)
        problems = session._restore(data)
        session.problems = problems
        if strict and problems:
            raise SessionError(" ".join(problems))
        return session

    def _restore(self, data: object) -> list[str]:
        if not isinstance(data, dict) or data.get("format") != SAVE_FORMAT:
            return ["Dit is geen opgeslagen sessie van de beslishulp."]
        if data.get("formatVersion") != SAVE_VERSION:
            return [f"Onbekende versie van het opslagformaat: {data.get('formatVersion')!r}."]
        problems: list[str] = []
        tree_info = data.get("tree")
        info = tree_info if isinstance(tree_info, dict) else {}
        changed = info.get("fingerprint") != self.tree.fingerprint()
        if changed:
            problems.append(
                "De beslishulp is gewijzigd sinds deze sessie is opgeslagen; de antwoorden zijn opnieuw nagelopen."
            )
        raw_remarks = data.get("remarks")
        if isinstance(raw_remarks, dict):
            for qid, text in raw_remarks.items():
                if isinstance(qid, str) and isinstance(text, str) and self.tree.has_question(qid):
                    self.set_remark(text, qid)
        answers = data.get("answers")
        if not isinstance(answers, list):
            return [*problems, "De opgeslagen antwoorden ontbreken of zijn onleesbaar."]
        for n, item in enumerate(answers, 1):
            problem = self._replay(n, item, changed)
            if problem:
                problems.append(problem)
                problems.append(f"Hersteld: {len(self._steps)} van de {len(answers)} antwoorden.")
                return problems
        saved_conclusion = data.get("conclusionId")
        if saved_conclusion and (self._conclusion is None or self._conclusion.id != saved_conclusion):
            now = f"conclusie {self._conclusion.id}" if self._conclusion else "een open vraag"
            problems.append(f"De opgeslagen conclusie was {saved_conclusion}; nu leiden dezelfde antwoorden tot {now}.")
        return problems

    def _replay(self, n: int, item: object, changed: bool) -> str:
        """Apply saved answer n; a Dutch problem text when it does not fit, else ""."""
        if not isinstance(item, dict):
            return f"Antwoord {n} is onleesbaar; de antwoorden vanaf hier zijn niet hersteld."
        qid, index = item.get("questionId"), item.get("answer")
        if not isinstance(qid, str) or isinstance(index, bool) or not isinstance(index, int):
            return f"Antwoord {n} is onleesbaar; de antwoorden vanaf hier zijn niet hersteld."
        question = self.question
        if question is None:
            done = self._conclusion.id if self._conclusion else "?"
            return f"Na conclusie {done} zijn er nog antwoorden opgeslagen; die zijn genegeerd."
        if question.id != qid:
            return (
                f"Antwoord {n} hoort bij vraag {qid}, maar de beslishulp stelt nu vraag {question.id}; "
                "de antwoorden vanaf hier zijn niet hersteld."
            )
        if not 0 <= index < len(question.answers):
            return (
                f"Vraag {qid} heeft geen antwoord {index + 1} meer; de antwoorden vanaf hier zijn niet hersteld."
            )
        saved_labels = item.get("labels")
        if changed and isinstance(saved_labels, list) and list(question.answers[index].labels) != saved_labels:
            return (
                f"Vraag {qid}, antwoord {index + 1} geeft nu andere labels dan toen het werd opgeslagen; "
                "de antwoorden vanaf hier zijn niet hersteld."
            )
        remark = item.get("remark")
        try:
            self.answer(index, remark if isinstance(remark, str) else None)
        except SessionError as exc:  # a dead end in the changed tree
            return f"{exc} De antwoorden vanaf hier zijn niet hersteld."
        return ""
