"""The decision tree of the beslishulp AI-verordening: loading, checking, walking.

A folder holds `decision-tree.yaml` (questions and conclusions), `categories.yaml` (question id
prefix -> label group) and optionally `definitions.yaml` (terms). The format is upstream's
(MinBZK/ai-verordening-beslishulp, schemas/schema_decision_tree.json), major version 1.

An answer carries labels and goes to a question (`nextQuestionId`), a conclusion
(`nextConclusionId`) or the first of its `redirects` whose `if` condition holds for the labels
collected so far, this answer's own labels included.

The label group of a question (the `subcategory` of categories.yaml, e.g. "Risicogroep") is
found by the longest matching prefix of whole dot-separated parts, as upstream does: "2.10"
matches "2.10" and "2" but not "2.1"; "1.4.1" matches "1.4". The per-question `subcategory`
inside decision-tree.yaml is a display title and is not used for grouping labels.

load_tree() refuses what cannot be walked (TreeError, Dutch, naming the file and the question or
conclusion); Tree.validate() walks every reachable state (question + labels so far) and lists
what can go wrong on the way: unreachable nodes, loops, answers whose redirects all fail.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from reader.content.conditions import ConditionError, Node, evaluate, parse, to_source

TREE_FILE = "decision-tree.yaml"
CATEGORIES_FILE = "categories.yaml"
DEFINITIONS_FILE = "definitions.yaml"
SUPPORTED_MAJOR = 1
#: Larger files are refused before parsing (the official tree is about 0.3 MB).
MAX_FILE_BYTES = 20_000_000
#: Upper bound on the states validate()/remaining() explore, against hostile trees whose label
#: combinations explode; the official tree has a few hundred.
MAX_STATES = 200_000

_VERSION = re.compile(r"^\s*(\d+)(\.\d+)*\s*$")


class TreeError(Exception):
    """A decision tree that cannot be used; the message is Dutch and names file and node."""

    def __init__(self, message: str, file: Path | None = None, node_id: str | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.node_id = node_id


# --- model -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    source: str
    url: str = ""


@dataclass(frozen=True)
class Target:
    """Where an answer or redirect leads: kind is "question" or "conclusion"."""

    kind: str
    id: str

    @property
    def is_conclusion(self) -> bool:
        return self.kind == "conclusion"


@dataclass(frozen=True)
class Redirect:
    condition: str
    target: Target
    expression: Node = field(compare=False, repr=False)

    def holds(self, labels: Iterable[str]) -> bool:
        return evaluate(self.expression, labels if isinstance(labels, set | frozenset) else set(labels))


@dataclass(frozen=True)
class Answer:
    index: int  # 0-based position within the question
    answer: str
    labels: tuple[str, ...] = ()
    target: Target | None = None  # a fixed next step, or None when redirects decide
    redirects: tuple[Redirect, ...] = ()
    subresult: str = ""
    comment: str = ""  # answerComment

    def resolve(self, labels: Iterable[str]) -> Target | None:
        """The next step for these labels (which must include this answer's own); None when
        no redirect holds (a dead end in the tree)."""
        if self.target is not None:
            return self.target
        have = labels if isinstance(labels, set | frozenset) else set(labels)
        for redirect in self.redirects:
            if redirect.holds(have):
                return redirect.target
        return None

    def targets(self) -> tuple[Target, ...]:
        """Every step this answer can lead to, whatever the labels."""
        if self.target is not None:
            return (self.target,)
        return tuple(r.target for r in self.redirects)


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    explanation: str
    category: str
    subcategory: str
    answers: tuple[Answer, ...]
    sources: tuple[Source, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Conclusion:
    id: str
    conclusion: str
    obligation: str
    comment: str = ""  # conclusionComment
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Definition:
    term: str
    definition: str


@dataclass(frozen=True)
class Category:
    """One row of categories.yaml: a question id prefix and its label group."""

    prefix: str  # the row's questionId
    category: str
    subcategory: str  # the label group

    def matches(self, node_id: str) -> bool:
        parts, own = node_id.split("."), self.prefix.split(".")
        return parts[: len(own)] == own


@dataclass(frozen=True)
class Problem:
    """Something validate() found; kind is a stable English word, message is Dutch."""

    kind: str  # "unreachable" | "loop" | "dead-end" | "no-label-group" | "too-many-states"
    node_id: str
    message: str


@dataclass(frozen=True)
class Estimate:
    """Questions still to answer from a state to a conclusion, over all distinct paths."""

    paths: int  # how many distinct paths
    total: int  # their lengths added up
    shortest: int
    longest: int

    @property
    def mean(self) -> float:
        return self.total / self.paths if self.paths else 0.0

    @property
    def typical(self) -> int:
        """The mean, rounded, within [shortest, longest]: "about this many"."""
        return min(self.longest, max(self.shortest, round(self.mean)))


@dataclass(frozen=True)
class Tree:
    name: str
    version: str
    questions: tuple[Question, ...]
    conclusions: tuple[Conclusion, ...]
    categories: tuple[Category, ...] = ()
    definitions: tuple[Definition, ...] = ()
    folder: Path | None = field(default=None, compare=False)
    _questions: dict[str, Question] = field(init=False, compare=False, repr=False)
    _conclusions: dict[str, Conclusion] = field(init=False, compare=False, repr=False)
    _remaining: dict[tuple[str, frozenset[str]], Estimate | None] = field(init=False, compare=False, repr=False)
    _groups: dict[str, Category | None] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_questions", {q.id: q for q in self.questions})
        object.__setattr__(self, "_conclusions", {c.id: c for c in self.conclusions})
        object.__setattr__(self, "_remaining", {})
        object.__setattr__(self, "_groups", {})

    # lookups

    @property
    def first_question(self) -> Question:
        return self.questions[0]

    def question(self, question_id: str) -> Question:
        return self._questions[question_id]

    def conclusion(self, conclusion_id: str) -> Conclusion:
        return self._conclusions[conclusion_id]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._questions

    def category_for(self, node_id: str) -> Category | None:
        """The categories.yaml row with the longest prefix (in whole parts) of this id."""
        if node_id in self._groups:
            return self._groups[node_id]
        best: Category | None = None
        for cat in self.categories:
            if cat.matches(node_id) and (best is None or len(cat.prefix.split(".")) > len(best.prefix.split("."))):
                best = cat
        self._groups[node_id] = best
        return best

    def label_group(self, node_id: str) -> str | None:
        cat = self.category_for(node_id)
        return cat.subcategory if cat else None

    def all_labels(self) -> frozenset[str]:
        return frozenset(label for q in self.questions for a in q.answers for label in a.labels)

    # walking

    def step(self, question_id: str, labels: frozenset[str], index: int) -> tuple[frozenset[str], Target | None]:
        """Labels after answering question_id with answer `index`, and where that leads."""
        answer = self.question(question_id).answers[index]
        after = labels | frozenset(answer.labels)
        return after, answer.resolve(after)

    def remaining(self, question_id: str, labels: frozenset[str] = frozenset()) -> Estimate | None:
        """How many questions are still to come from this question (itself included) to a
        conclusion, given the labels so far: fewest, most and the mean over all distinct
        paths. None when no conclusion can be reached from here."""
        state = (question_id, frozenset(labels))
        if state not in self._remaining:
            self._estimate(state)
        return self._remaining.get(state)

    def _estimate(self, start: tuple[str, frozenset[str]]) -> None:
        """Fill the memo for `start` and every state below it (iterative post-order DFS).
        A step back onto a state still being computed (a loop) is left out of the counts;
        validate() reports such loops."""
        memo = self._remaining
        on_stack: set[tuple[str, frozenset[str]]] = set()
        stack: list[tuple[tuple[str, frozenset[str]], list[tuple[str, frozenset[str]] | None] | None]] = [
            (start, None)
        ]
        expanded = 0
        while stack:
            state, kids = stack[-1]
            if kids is None:
                if state in memo:
                    stack.pop()
                    continue
                expanded += 1
                if expanded > MAX_STATES:
                    memo[start] = None  # a hostile tree: give up (once), the caller gets None
                    return
                on_stack.add(state)
                qid, have = state
                kids = []
                for index in range(len(self.question(qid).answers)):
                    after, target = self.step(qid, have, index)
                    if target is not None:
                        kids.append(None if target.is_conclusion else (target.id, after))
                stack[-1] = (state, kids)
                for kid in kids:
                    if kid is not None and kid not in memo and kid not in on_stack:
                        stack.append((kid, None))
                continue
            stack.pop()
            on_stack.discard(state)
            if state in memo:
                continue
            count = total = longest = 0
            shortest: int | None = None
            for kid in kids:
                sub = Estimate(1, 0, 0, 0) if kid is None else memo.get(kid)
                if sub is None:
                    continue
                count += sub.paths
                total += sub.total + sub.paths
                shortest = sub.shortest + 1 if shortest is None else min(shortest, sub.shortest + 1)
                longest = max(longest, sub.longest + 1)
            memo[state] = Estimate(count, total, shortest, longest) if shortest is not None else None

    def paths(self, limit: int = 1_000_000) -> Iterator[tuple[tuple[int, ...], Target | None]]:
        """Every path from the first question: (answer indexes, final target). The target is
        a conclusion, or None for a dead end. A path that returns to a state it was in (a loop)
        is cut off and ends with Target("loop", question id). At most `limit` paths."""
        count = 0
        stack: list[tuple[str, frozenset[str], tuple[int, ...], frozenset[tuple[str, frozenset[str]]]]] = [
            (self.first_question.id, frozenset(), (), frozenset())
        ]
        while stack:
            qid, have, path, visited = stack.pop()
            state = (qid, have)
            visited = visited | {state}
            question = self.question(qid)
            for index in reversed(range(len(question.answers))):
                after, target = self.step(qid, have, index)
                if target is not None and not target.is_conclusion:
                    if (target.id, after) in visited:
                        target = Target("loop", target.id)
                    else:
                        stack.append((target.id, after, (*path, index), visited))
                        continue
                count += 1
                if count > limit:
                    return
                yield (*path, index), target

    def validate(self) -> list[Problem]:
        """Walk every reachable state and report what a user could run into."""
        problems: list[Problem] = []
        start = (self.first_question.id, frozenset[str]())
        # Iterative DFS over states with colours, to find cycles (back edges).
        colour: dict[tuple[str, frozenset[str]], int] = {start: 1}  # 1 = on stack, 2 = done
        stack: list[tuple[tuple[str, frozenset[str]], int]] = [(start, 0)]
        path: list[tuple[str, frozenset[str]]] = [start]
        reached_q, reached_c = {start[0]}, set()
        dead: set[tuple[str, int]] = set()
        loops: set[str] = set()
        too_many = False
        while stack:
            state, index = stack[-1]
            qid, have = state
            answers = self.question(qid).answers
            if index >= len(answers):
                stack.pop()
                path.pop()
                colour[state] = 2
                continue
            stack[-1] = (state, index + 1)
            after, target = self.step(qid, have, index)
            if target is None:
                if (qid, index) not in dead:
                    dead.add((qid, index))
                    shown = ", ".join(sorted(after)) or "geen"
                    problems.append(Problem(
                        "dead-end", qid,
                        f"Vraag {qid}, antwoord {index + 1} ({answers[index].answer!r}): geen enkele "
                        f"doorverwijzing geldt bij de labels {shown}.",
                    ))
                continue
            if target.is_conclusion:
                reached_c.add(target.id)
                continue
            nxt = (target.id, after)
            reached_q.add(target.id)
            seen = colour.get(nxt)
            if seen == 1:
                cycle = [s[0] for s in path[path.index(nxt):]] + [target.id]
                key = " -> ".join(cycle)
                if key not in loops:
                    loops.add(key)
                    problems.append(Problem("loop", target.id, f"Lus: de vragen {key} volgen elkaar eindeloos op."))
            elif seen is None:
                if len(colour) >= MAX_STATES:
                    too_many = True
                    continue
                colour[nxt] = 1
                stack.append((nxt, 0))
                path.append(nxt)
        if too_many:
            problems.append(Problem(
                "too-many-states", self.first_question.id,
                f"Meer dan {MAX_STATES} combinaties van vraag en labels; de controle is afgebroken.",
            ))
        for q in self.questions:
            if q.id not in reached_q:
                problems.append(Problem("unreachable", q.id, f"Vraag {q.id} is met geen enkel pad te bereiken."))
            if self.label_group(q.id) is None and any(a.labels for a in q.answers):
                problems.append(Problem(
                    "no-label-group", q.id,
                    f"Vraag {q.id} geeft labels, maar {CATEGORIES_FILE} kent er geen labelgroep voor.",
                ))
        for c in self.conclusions:
            if c.id not in reached_c:
                problems.append(Problem("unreachable", c.id, f"Conclusie {c.id} is met geen enkel pad te bereiken."))
        return problems

    # identity

    def structure(self) -> dict[str, object]:
        """Everything that decides the walk and the labels, without any prose: ids, answer
        counts, labels, targets, conditions (canonical) and label groups."""

        def target(t: Target | None) -> list[str] | None:
            return [t.kind, t.id] if t else None

        def answer(a: Answer) -> list[object]:
            redirects = [[to_source(r.expression), target(r.target)] for r in a.redirects]
            return [list(a.labels), target(a.target), redirects]

        return {
            "version": self.version.split(".")[0],
            "questions": [[q.id, [answer(a) for a in q.answers]] for q in self.questions],
            "conclusions": [c.id for c in self.conclusions],
            "groups": [[c.prefix, c.subcategory] for c in self.categories],
        }

    def fingerprint(self) -> str:
        """A short hash of structure(): equal for two trees that walk alike."""
        data = json.dumps(self.structure(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


# --- loading -----------------------------------------------------------------------------


class _Reader:
    """Typed access to parsed YAML with Dutch errors that say where."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, message: str, node_id: str | None = None) -> TreeError:
        prefix = f"{self.path.name}: {where}: " if where else f"{self.path.name}: "
        return TreeError(prefix + message, self.path, node_id)

    def mapping(self, value: object, where: str, node_id: str | None = None) -> dict[str, object]:
        if not isinstance(value, dict):
            raise self.fail(where, f"verwacht een lijst van sleutels en waarden, maar vond {_kind(value)}", node_id)
        return value

    def seq(self, obj: dict[str, object], key: str, where: str, node_id: str | None = None,
            required: bool = False) -> list[object]:
        if key not in obj or obj[key] is None:
            if required:
                raise self.fail(where, f"de sleutel '{key}' ontbreekt", node_id)
            return []
        value = obj[key]
        if not isinstance(value, list):
            raise self.fail(where, f"'{key}' moet een lijst zijn, maar is {_kind(value)}", node_id)
        return value

    def text(self, obj: dict[str, object], key: str, where: str, node_id: str | None = None,
             required: bool = True) -> str:
        if key not in obj or obj[key] is None:
            if required:
                raise self.fail(where, f"de sleutel '{key}' ontbreekt", node_id)
            return ""
        value = obj[key]
        if not isinstance(value, str):
            hint = " (zet de waarde tussen aanhalingstekens)" if isinstance(value, bool | int | float) else ""
            raise self.fail(where, f"'{key}' moet tekst zijn, maar is {_kind(value)}{hint}", node_id)
        return value

    def ident(self, obj: dict[str, object], key: str, where: str, node_id: str | None = None) -> str:
        value = self.text(obj, key, where, node_id)
        if not value.strip():
            raise self.fail(where, f"'{key}' is leeg", node_id)
        return value


def _kind(value: object) -> str:
    if value is None:
        return "niets"
    return {
        bool: "een ja/nee-waarde", int: "een getal", float: "een getal", str: "tekst",
        list: "een lijst", dict: "een lijst van sleutels en waarden",
    }.get(type(value), type(value).__name__)


def _safe_load(text: str) -> object:
    """yaml.safe_load, through libyaml's CSafeLoader when PyYAML has it (ten times faster on
    the official tree; the same safe constructors, so the same result)."""
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None:
        return yaml.safe_load(text)
    return yaml.load(text, Loader=loader)  # a SafeLoader: no arbitrary objects


def _read_yaml(path: Path) -> object:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TreeError(f"{path.name}: het bestand is te groot ({size} bytes)", path)
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TreeError(f"{path.name}: het bestand ontbreekt in {path.parent}", path) from None
    except UnicodeDecodeError as exc:
        raise TreeError(f"{path.name}: geen geldige UTF-8-tekst (byte {exc.start})", path) from None
    except OSError as exc:
        raise TreeError(f"{path.name}: kan het bestand niet lezen ({exc.strerror or exc})", path) from None
    try:
        return _safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (regel {mark.line + 1}, kolom {mark.column + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise TreeError(f"{path.name}: geen geldige YAML{where}: {problem}", path) from None
    except RecursionError:
        raise TreeError(f"{path.name}: geen geldige YAML: te diep genest", path) from None


def _sources(r: _Reader, obj: dict[str, object], where: str, node_id: str) -> tuple[Source, ...]:
    out = []
    for i, item in enumerate(r.seq(obj, "sources", where, node_id), 1):
        here = f"{where}, bron {i}"
        m = r.mapping(item, here, node_id)
        out.append(Source(r.text(m, "source", here, node_id), r.text(m, "url", here, node_id, required=False)))
    return tuple(out)


def _target(r: _Reader, obj: dict[str, object], where: str, node_id: str, *, allow_none: bool) -> Target | None:
    has_q = obj.get("nextQuestionId") is not None
    has_c = obj.get("nextConclusionId") is not None
    if has_q and has_c:
        raise r.fail(where, "heeft zowel 'nextQuestionId' als 'nextConclusionId'; kies er één", node_id)
    if has_q:
        return Target("question", r.ident(obj, "nextQuestionId", where, node_id))
    if has_c:
        return Target("conclusion", r.ident(obj, "nextConclusionId", where, node_id))
    if allow_none:
        return None
    raise r.fail(where, "'nextQuestionId' of 'nextConclusionId' ontbreekt", node_id)


def _answer(r: _Reader, raw: object, index: int, where: str, qid: str) -> Answer:
    m = r.mapping(raw, where, qid)
    labels = []
    for j, label in enumerate(r.seq(m, "labels", where, qid), 1):
        if not isinstance(label, str) or not label.strip():
            raise r.fail(where, f"label {j} moet niet-lege tekst zijn, maar is {_kind(label)}", qid)
        labels.append(label)
    target = _target(r, m, where, qid, allow_none=True)
    raw_redirects = r.seq(m, "redirects", where, qid)
    if target is not None and raw_redirects:
        raise r.fail(where, "heeft zowel een vaste volgende stap als 'redirects'; kies er één", qid)
    if target is None and not raw_redirects:
        raise r.fail(where, "'nextQuestionId', 'nextConclusionId' of 'redirects' ontbreekt", qid)
    redirects = []
    for k, raw_redirect in enumerate(raw_redirects, 1):
        here = f"{where}, doorverwijzing {k}"
        rm = r.mapping(raw_redirect, here, qid)
        condition = r.text(rm, "if", here, qid)
        try:
            expression = parse(condition)
        except ConditionError as exc:
            raise r.fail(here, str(exc), qid) from None
        goes_to = _target(r, rm, here, qid, allow_none=False)
        assert goes_to is not None  # allow_none=False raises instead
        redirects.append(Redirect(condition, goes_to, expression))
    return Answer(
        index=index,
        answer=r.text(m, "answer", where, qid),
        labels=tuple(labels),
        target=target,
        redirects=tuple(redirects),
        subresult=r.text(m, "subresult", where, qid, required=False),
        comment=r.text(m, "answerComment", where, qid, required=False),
    )


def _question(r: _Reader, raw: object, position: int) -> Question:
    m = r.mapping(raw, f"vraag {position}")
    qid = r.ident(m, "questionId", f"vraag {position}")
    where = f"vraag {qid}"
    raw_answers = r.seq(m, "answers", where, qid, required=True)
    if not raw_answers:
        raise r.fail(where, "heeft geen antwoorden", qid)
    answers = tuple(_answer(r, a, i, f"{where}, antwoord {i + 1}", qid) for i, a in enumerate(raw_answers))
    return Question(
        id=qid,
        question=r.text(m, "question", where, qid),
        explanation=r.text(m, "explanation", where, qid),
        category=r.text(m, "category", where, qid),
        subcategory=r.text(m, "subcategory", where, qid),
        answers=answers,
        sources=_sources(r, m, where, qid),
        description=r.text(m, "description", where, qid, required=False),
    )


def _conclusion(r: _Reader, raw: object, position: int) -> Conclusion:
    m = r.mapping(raw, f"conclusie {position}")
    cid = r.ident(m, "conclusionId", f"conclusie {position}")
    where = f"conclusie {cid}"
    return Conclusion(
        id=cid,
        conclusion=r.text(m, "conclusion", where, cid),
        obligation=r.text(m, "obligation", where, cid),
        comment=r.text(m, "conclusionComment", where, cid, required=False),
        sources=_sources(r, m, where, cid),
    )


def _version(r: _Reader, top: dict[str, object]) -> str:
    if "version" not in top or top["version"] is None:
        raise r.fail("", "de sleutel 'version' ontbreekt")
    raw = top["version"]
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        raise r.fail("", f"'version' moet tekst zijn, maar is {_kind(raw)}")
    version = str(raw).strip()
    match = _VERSION.match(version)
    if not match:
        raise r.fail("", f"onbekende versie {version!r} (verwacht bijvoorbeeld 1.0.0)")
    if int(match.group(1)) != SUPPORTED_MAJOR:
        raise r.fail("", f"versie {version} wordt niet ondersteund (deze app kent versie {SUPPORTED_MAJOR}.x)")
    return version


def _parse_tree(path: Path) -> tuple[str, str, tuple[Question, ...], tuple[Conclusion, ...]]:
    r = _Reader(path)
    top = r.mapping(_read_yaml(path), "")
    version = _version(r, top)
    name = r.text(top, "name", "", required=False)
    raw_questions = r.seq(top, "questions", "", required=True)
    raw_conclusions = r.seq(top, "conclusions", "", required=True)
    if not raw_questions:
        raise r.fail("", "de lijst 'questions' is leeg")
    if not raw_conclusions:
        raise r.fail("", "de lijst 'conclusions' is leeg")
    questions = tuple(_question(r, q, i) for i, q in enumerate(raw_questions, 1))
    conclusions = tuple(_conclusion(r, c, i) for i, c in enumerate(raw_conclusions, 1))
    _unique(r, [q.id for q in questions], "vraag")
    _unique(r, [c.id for c in conclusions], "conclusie")
    qids, cids = {q.id for q in questions}, {c.id for c in conclusions}
    for q in questions:
        for a in q.answers:
            for k, t in enumerate(a.targets(), 1):
                where = f"vraag {q.id}, antwoord {a.index + 1}" + (f", doorverwijzing {k}" if a.redirects else "")
                if t.kind == "question" and t.id not in qids:
                    raise r.fail(where, f"verwijst naar vraag {t.id}, die niet bestaat", q.id)
                if t.kind == "conclusion" and t.id not in cids:
                    raise r.fail(where, f"verwijst naar conclusie {t.id}, die niet bestaat", q.id)
    return name, version, questions, conclusions


def _unique(r: _Reader, ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for node_id in ids:
        if node_id in seen:
            raise r.fail(f"{what} {node_id}", "dit id komt meer dan eens voor", node_id)
        seen.add(node_id)


def _parse_categories(path: Path) -> tuple[Category, ...]:
    r = _Reader(path)
    data = _read_yaml(path)
    if not isinstance(data, list):
        raise r.fail("", f"verwacht een lijst, maar vond {_kind(data)}")
    out = []
    for i, raw in enumerate(data, 1):
        m = r.mapping(raw, f"regel {i}")
        prefix = r.ident(m, "questionId", f"regel {i}")
        where = f"questionId {prefix}"
        out.append(Category(prefix, r.text(m, "category", where, prefix), r.ident(m, "subcategory", where, prefix)))
    _unique(r, [c.prefix for c in out], "questionId")
    return tuple(out)


def _parse_definitions(path: Path) -> tuple[Definition, ...]:
    r = _Reader(path)
    top = r.mapping(_read_yaml(path), "")
    out = []
    for i, raw in enumerate(r.seq(top, "definitions", "", required=True), 1):
        m = r.mapping(raw, f"definitie {i}")
        term = r.ident(m, "term", f"definitie {i}")
        out.append(Definition(term, r.text(m, "definition", f"definitie {term!r}", term)))
    return tuple(out)


def load_tree(folder: str | Path) -> Tree:
    """Read a beslishulp folder; raises TreeError (Dutch) when it cannot be used."""
    folder = Path(folder)
    if not folder.is_dir():
        raise TreeError(f"De map van de beslishulp bestaat niet: {folder}", folder)
    name, version, questions, conclusions = _parse_tree(folder / TREE_FILE)
    categories = _parse_categories(folder / CATEGORIES_FILE)
    definitions_path = folder / DEFINITIONS_FILE
    definitions = _parse_definitions(definitions_path) if definitions_path.exists() else ()
    return Tree(name, version, questions, conclusions, categories, definitions, folder)
