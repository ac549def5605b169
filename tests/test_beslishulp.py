"""The beslishulp AI-verordening core: loading, conditions, walking, sessions, profile, terminal.

Real data: the bundled own-words tree (content/ai-verordening/beslishulp) whenever it exists,
the official tree (../shared/corpora/ai-verordening-beslishulp) only where a test is about it
(every-path walk, the comparison of both) or as a stand-in while the bundled one is missing.
Small synthetic trees written per test cover the error paths and run without any data.
"""

from __future__ import annotations

import ast
import io
import json
import random
import re
import shutil
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.beslishulp import (
    LABEL_VALUES,
    NOT_APPLICABLE,
    PROFILE_KEYS,
    ConditionError,
    Session,
    SessionError,
    Target,
    Tree,
    TreeError,
    bundled_tree_folder,
    check,
    html_to_text,
    load_tree,
    map_label,
    parse,
    profile_for,
    profile_from_labels,
    run,
)
from reader.content import conditions as cond
from reader.resources import bundled_content
from tests.conftest import CONTENT, CORPUS, REPO, SHARED

OFFICIAL = SHARED / "corpora" / "ai-verordening-beslishulp"
BUNDLED = REPO / "content" / "ai-verordening" / "beslishulp"
VEREISTEN = CONTENT / "voldoen-aan-wetten-en-regels" / "vereisten"
OFFICIAL_VEREISTEN = CORPUS / "voldoen-aan-wetten-en-regels" / "vereisten"


def _has_tree(folder: Path) -> bool:
    return (folder / "decision-tree.yaml").is_file() and (folder / "categories.yaml").is_file()


@pytest.fixture(scope="module")
def official() -> Tree:
    if not _has_tree(OFFICIAL):
        pytest.skip(f"official beslishulp data not found at {OFFICIAL} (../shared is absent)")
    return load_tree(OFFICIAL)


@pytest.fixture(scope="module")
def bundled() -> Tree:
    if not _has_tree(BUNDLED):
        pytest.skip(f"bundled beslishulp not written yet: {BUNDLED} has no decision-tree.yaml + categories.yaml")
    return load_tree(BUNDLED)


@pytest.fixture(scope="module")
def real() -> Tree:
    """The bundled tree; the official one only while the bundled one does not exist yet."""
    if _has_tree(BUNDLED):
        return load_tree(BUNDLED)
    if _has_tree(OFFICIAL):
        return load_tree(OFFICIAL)
    pytest.skip("neither the bundled beslishulp nor the official data (../shared) is present")


# --- a small synthetic tree --------------------------------------------------------------

MINI_TREE = """
version: 1.0.0
name: Mini
questions:
  - questionId: "1.1"
    question: "Wie <strong>ben</strong> je?"
    explanation: "Kies je rol.<br><br>• eerste punt<br>• tweede &amp; laatste"
    category: c
    subcategory: "Rol kiezen"
    sources:
      - source: Artikel 3
        url: https://example.org/a3
    answers:
      - answer: Aanbieder
        labels: ["aanbieder"]
        nextQuestionId: "2.1"
      - answer: Gebruiker
        labels: ["gebruiksverantwoordelijke"]
        subresult: "Let op de uitzondering"
        nextQuestionId: "2.1"
      - answer: Geen van beide
        nextConclusionId: "11.0"
  - questionId: "2.1"
    question: "Hoog risico?"
    explanation: ""
    category: c
    subcategory: "Risico"
    answers:
      - answer: Ja
        labels: ["hoog-risico AI"]
        redirects:
          - if: '"hoog-risico AI" in labels && "aanbieder" in labels'  # provider of a high-risk system
            nextConclusionId: "12.1"
          - nextConclusionId: "13.1"
            if: '"gebruiksverantwoordelijke" in labels'
      - answer: Nee
        labels: ["geen hoog-risico AI"]
        nextQuestionId: "2.10"
  - questionId: "2.10"
    question: "Transparantie?"
    explanation: "Uitleg"
    category: c
    subcategory: "Transparantie"
    answers:
      - answer: Ja
        labels: ["transparantieverplichting"]
        nextConclusionId: "12.2"
      - answer: Nee
        labels: ["geen transparantieverplichting"]
        redirects:
          - nextConclusionId: "12.2"
            if: '!("gebruiksverantwoordelijke" in labels)'
          - nextConclusionId: "13.1"
            if: '"gebruiksverantwoordelijke" in labels'
conclusions:
  - conclusionId: "11.0"
    conclusion: "Niet van toepassing."
    obligation: "Geen."
  - conclusionId: "12.1"
    conclusion: "Aanbieder van <i>hoog-risico</i> AI."
    obligation: "Veel plichten:<br>• registreren<br>• documenteren"
    sources:
      - source: Artikel 16
        url: https://example.org/a16
  - conclusionId: "12.2"
    conclusion: "Aanbieder, geen hoog risico."
    obligation: "Minder plichten."
  - conclusionId: "13.1"
    conclusion: "Gebruiksverantwoordelijke."
    obligation: "Gebruik volgens instructies."
"""

MINI_CATEGORIES = """
- questionId: "1"
  category: Toepassing
  subcategory: Verantwoordelijkheid
- questionId: "2"
  category: Risico
  subcategory: Risicogroep
- questionId: "2.10"
  category: Risico
  subcategory: Transparantieverplichting
"""


def write(folder: Path, tree: str = MINI_TREE, categories: str | None = MINI_CATEGORIES,
          definitions: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "decision-tree.yaml").write_text(textwrap.dedent(tree).lstrip(), encoding="utf-8")
    if categories is not None:
        (folder / "categories.yaml").write_text(textwrap.dedent(categories).lstrip(), encoding="utf-8")
    if definitions is not None:
        (folder / "definitions.yaml").write_text(textwrap.dedent(definitions).lstrip(), encoding="utf-8")
    return folder


@pytest.fixture
def mini(tmp_path: Path) -> Tree:
    return load_tree(write(tmp_path / "mini", definitions="definitions:\n- term: aanbieder\n  definition: Wie maakt.\n"))


def raw_tree(folder: Path) -> dict:
    return yaml.safe_load((folder / "decision-tree.yaml").read_text(encoding="utf-8"))


# --- loading -----------------------------------------------------------------------------


def test_load_mini_tree_reads_every_field(mini: Tree) -> None:
    assert (mini.name, mini.version) == ("Mini", "1.0.0")
    assert [q.id for q in mini.questions] == ["1.1", "2.1", "2.10"]
    first = mini.first_question
    assert first.sources[0].source == "Artikel 3" and first.sources[0].url == "https://example.org/a3"
    assert first.answers[1].subresult == "Let op de uitzondering"
    assert first.answers[0].target == Target("question", "2.1")
    assert first.answers[2].target == Target("conclusion", "11.0")
    redirect = mini.question("2.1").answers[0].redirects[1]
    assert redirect.condition == '"gebruiksverantwoordelijke" in labels'
    assert redirect.target == Target("conclusion", "13.1")
    assert mini.conclusion("12.1").sources[0].url == "https://example.org/a16"
    assert [(d.term, d.definition) for d in mini.definitions] == [("aanbieder", "Wie maakt.")]
    assert mini.validate() == []


def test_label_group_is_the_longest_prefix_in_whole_parts(tmp_path: Path) -> None:
    tree = load_tree(write(tmp_path / "t", categories="""
        - {questionId: "2", category: A, subcategory: Twee}
        - {questionId: "2.1", category: A, subcategory: TweeEen}
        - {questionId: "2.10", category: A, subcategory: TweeTien}
        - {questionId: "2.7.1", category: A, subcategory: Conformiteit}
        - {questionId: "1", category: A, subcategory: Een}
    """))
    assert tree.label_group("2.10") == "TweeTien"
    assert tree.label_group("2.1") == "TweeEen"
    assert tree.label_group("2.1.5") == "TweeEen"
    assert tree.label_group("2.11") == "Twee"  # "2.1" is a string prefix of "2.11", not a part prefix
    assert tree.label_group("2.7.1") == "Conformiteit"
    assert tree.label_group("2.7.2") == "Twee"
    assert tree.label_group("2") == "Twee"
    assert tree.label_group("20") is None
    assert tree.label_group("1.4.1") == "Een"


def test_label_groups_of_the_real_tree(real: Tree) -> None:
    expected = {
        "1.1": "Soort toepassing", "1.2": "Verantwoordelijkheid", "1.3": "Operationeel",
        "1.4.1": "Soort toepassing", "1.4.2": "Soort toepassing", "1.5": "Risicogroep",
        "1.6.2": "Soort toepassing", "2.0": "Risicogroep", "2.3": "Risicogroep",
        "2.7.1": "Conformiteitsbeoordelingsinstantie", "2.7.2": "Conformiteitsbeoordelingsinstantie",
        "2.8": "Systeemrisico", "2.9": "Transparantieverplichting", "2.10": "Transparantieverplichting",
        "2.11": "Open source",
    }
    assert {qid: real.label_group(qid) for qid in expected} == expected
    assert all(real.label_group(q.id) is not None for q in real.questions)


def _mutate(tmp_path: Path, old: str, new: str, *, categories: str | None = MINI_CATEGORIES) -> Path:
    assert old in MINI_TREE
    return write(tmp_path / "broken", MINI_TREE.replace(old, new, 1), categories)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("version: 1.0.0", "version: 2.0.0", ["decision-tree.yaml", "versie 2.0.0", "niet ondersteund"]),
        ("version: 1.0.0", "version: banaan", ["decision-tree.yaml", "onbekende versie"]),
        ("version: 1.0.0\n", "", ["decision-tree.yaml", "'version' ontbreekt"]),
        ('    question: "Hoog risico?"\n', "", ["vraag 2.1", "'question' ontbreekt"]),
        ('questionId: "2.10"', "questionId: 2.10", ["'questionId' moet tekst zijn", "aanhalingstekens"]),
        ("- answer: Aanbieder", "- answer: [Aanbieder]", ["vraag 1.1, antwoord 1", "'answer' moet tekst zijn"]),
        ('labels: ["aanbieder"]', "labels: aanbieder", ["vraag 1.1, antwoord 1", "'labels' moet een lijst zijn"]),
        ('labels: ["aanbieder"]', "labels: [3]", ["vraag 1.1, antwoord 1", "label 1"]),
        ('questionId: "2.10"', 'questionId: "2.1"', ["vraag 2.1", "meer dan eens"]),
        ('conclusionId: "12.2"', 'conclusionId: "12.1"', ["conclusie 12.1", "meer dan eens"]),
        ('nextQuestionId: "2.10"', 'nextQuestionId: "9.9"', ["vraag 2.1, antwoord 2", "vraag 9.9", "niet bestaat"]),
        ('nextConclusionId: "11.0"', 'nextConclusionId: "99"', ["vraag 1.1, antwoord 3", "conclusie 99"]),
        ("if: '\"gebruiksverantwoordelijke\" in labels'\n      - answer: Nee",
         "if: '(\"gebruiksverantwoordelijke\" in labels'\n      - answer: Nee",
         ["vraag 2.1, antwoord 1, doorverwijzing 2", "Ongeldige voorwaarde", "')' verwacht"]),
        ('            if: \'!("gebruiksverantwoordelijke" in labels)\'\n', "",
         ["vraag 2.10, antwoord 2, doorverwijzing 1", "'if' ontbreekt"]),
        ('        nextConclusionId: "11.0"\n', "", ["vraag 1.1, antwoord 3", "'redirects' ontbreekt"]),
        ('        labels: ["transparantieverplichting"]\n        nextConclusionId: "12.2"',
         '        labels: ["transparantieverplichting"]\n        nextConclusionId: "12.2"\n        nextQuestionId: "1.1"',
         ["vraag 2.10, antwoord 1", "zowel"]),
        ('    obligation: "Geen."\n', "", ["conclusie 11.0", "'obligation' ontbreekt"]),
        ("questions:\n", "questions: 3\nunused:\n", ["'questions' moet een lijst zijn"]),
    ],
)
def test_broken_trees_give_clear_dutch_errors(tmp_path: Path, old: str, new: str, expected: list[str]) -> None:
    folder = _mutate(tmp_path, old, new)
    with pytest.raises(TreeError) as info:
        load_tree(folder)
    for part in expected:
        assert part in str(info.value), str(info.value)
    assert info.value.file is not None and info.value.file.parent == folder


def test_broken_yaml_names_file_line_and_column(tmp_path: Path) -> None:
    folder = write(tmp_path / "t", MINI_TREE.replace("name: Mini", "name: [Mini"))
    with pytest.raises(TreeError, match=r"decision-tree\.yaml: geen geldige YAML \(regel \d+, kolom \d+\)"):
        load_tree(folder)
    folder = write(tmp_path / "c", categories="- questionId: '1'\n  subcategory: {\n")
    with pytest.raises(TreeError, match=r"categories\.yaml: geen geldige YAML"):
        load_tree(folder)


def test_missing_files_and_bad_categories(tmp_path: Path) -> None:
    with pytest.raises(TreeError, match="bestaat niet"):
        load_tree(tmp_path / "nowhere")
    with pytest.raises(TreeError, match=r"categories\.yaml: het bestand ontbreekt"):
        load_tree(write(tmp_path / "a", categories=None))
    with pytest.raises(TreeError, match=r"categories\.yaml: questionId 2: dit id komt meer dan eens voor"):
        load_tree(write(tmp_path / "b", categories=MINI_CATEGORIES + '- {questionId: "2", category: X, subcategory: Y}\n'))
    with pytest.raises(TreeError, match=r"categories\.yaml: questionId 1: de sleutel 'subcategory' ontbreekt"):
        load_tree(write(tmp_path / "c", categories="- questionId: '1'\n  category: x\n"))
    with pytest.raises(TreeError, match=r"definitions\.yaml: definitie 'x': de sleutel 'definition' ontbreekt"):
        load_tree(write(tmp_path / "d", definitions="definitions:\n- term: x\n"))
    (tmp_path / "e").mkdir()
    (tmp_path / "e" / "decision-tree.yaml").write_bytes(b"version: \xff\n")
    with pytest.raises(TreeError, match="UTF-8"):
        load_tree(tmp_path / "e")


def test_validate_finds_unreachable_nodes_loops_and_dead_ends(tmp_path: Path) -> None:
    tree = load_tree(write(tmp_path / "t", """
        version: "1.2"
        questions:
          - {questionId: "1", question: A, explanation: "", category: c, subcategory: s, answers: [
              {answer: verder, nextQuestionId: "2"},
              {answer: klaar, labels: [x], nextConclusionId: "C1"}]}
          - {questionId: "2", question: B, explanation: "", category: c, subcategory: s, answers: [
              {answer: terug, nextQuestionId: "1"},
              {answer: vast, redirects: [{if: '"y" in labels', nextConclusionId: "C1"},
                                         {if: '"z" in labels', nextConclusionId: "C2"}]}]}
          - {questionId: "3", question: C, explanation: "", category: c, subcategory: s, answers: [
              {answer: weg, labels: [q], nextConclusionId: "C1"}]}
        conclusions:
          - {conclusionId: "C1", conclusion: een, obligation: geen}
          - {conclusionId: "C2", conclusion: twee, obligation: geen}
    """, categories='- {questionId: "1", category: c, subcategory: G}\n'))
    problems = {(p.kind, p.node_id) for p in tree.validate()}
    assert problems == {
        ("loop", "1"),
        ("dead-end", "2"),
        ("unreachable", "3"),
        ("unreachable", "C2"),
        ("no-label-group", "3"),
    }
    messages = " | ".join(p.message for p in tree.validate())
    assert "Lus: de vragen 1 -> 2 -> 1" in messages and "antwoord 2 ('vast')" in messages
    ends = {target for _, target in tree.paths()}
    assert Target("loop", "1") in ends and None in ends and Target("conclusion", "C1") in ends


def test_exploding_label_combinations_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.beslishulp import tree as tree_module

    monkeypatch.setattr(tree_module, "MAX_STATES", 500)
    questions = []
    for n in range(1, 13):  # 2**12 label combinations
        nxt = {"nextQuestionId": f"1.{n + 1}"} if n < 12 else {"nextConclusionId": "C"}
        questions.append({"questionId": f"1.{n}", "question": "?", "explanation": "", "category": "c",
                          "subcategory": "s", "answers": [{"answer": "a", "labels": [f"a{n}"], **nxt},
                                                          {"answer": "b", "labels": [f"b{n}"], **nxt}]})
    data = {"version": "1.0.0", "questions": questions,
            "conclusions": [{"conclusionId": "C", "conclusion": "c", "obligation": "o"}]}
    tree = load_tree(write(tmp_path / "t", yaml.safe_dump(data), '- {questionId: "1", category: c, subcategory: s}\n'))
    start = time.perf_counter()
    assert [p.kind for p in tree.validate()] == ["too-many-states"]
    assert tree.remaining("1.1") is None and tree.remaining("1.1") is None
    progress = Session(tree).progress()
    assert (progress.remaining, progress.text()) == (1, "vraag 1 (de laatste)")
    assert time.perf_counter() - start < 5


# --- (a) every path through the official tree --------------------------------------------


def _targets_of(answer: dict) -> list[tuple[str, str]]:
    out = []
    for item in [answer, *(answer.get("redirects") or [])]:
        if "nextQuestionId" in item:
            out.append(("question", item["nextQuestionId"]))
        if "nextConclusionId" in item:
            out.append(("conclusion", item["nextConclusionId"]))
    return out


def test_official_references_all_exist_read_independently() -> None:
    if not _has_tree(OFFICIAL):
        pytest.skip(f"official beslishulp data not found at {OFFICIAL} (../shared is absent)")
    data = raw_tree(OFFICIAL)
    qids = [q["questionId"] for q in data["questions"]]
    cids = [c["conclusionId"] for c in data["conclusions"]]
    assert (len(qids), len(cids)) == (22, 50)
    assert len(set(qids)) == 22 and len(set(cids)) == 50
    for q in data["questions"]:
        for a in q["answers"]:
            for kind, node in _targets_of(a):
                assert node in (qids if kind == "question" else cids), (q["questionId"], a["answer"], node)


def _walk_with_session(session: Session, found: list[tuple[tuple[int, ...], str]], path: tuple[int, ...] = ()) -> None:
    """Every path by trying each answer and going back: independent of Tree.paths()."""
    question = session.question
    assert question is not None
    assert len(path) < 60, f"path too long, a loop? {path}"
    for index in range(len(question.answers)):
        node = session.answer(index)  # raises SessionError on a dead end
        if session.finished:
            found.append(((*path, index), node.id))
        else:
            _walk_with_session(session, found, (*path, index))
        assert session.back()
        assert session.question is question


def test_every_official_path_ends_in_a_conclusion(official: Tree) -> None:
    paths = list(official.paths())
    assert len(paths) > 1000
    assert all(target is not None and target.kind == "conclusion" for _, target in paths)
    assert {t.id for _, t in paths} == {c.id for c in official.conclusions}  # every conclusion reachable
    found: list[tuple[tuple[int, ...], str]] = []
    _walk_with_session(Session(official), found)
    assert sorted(found) == sorted((p, t.id) for p, t in paths)
    assert official.validate() == []
    estimate = official.remaining(official.first_question.id)
    assert estimate is not None and estimate.paths == len(paths)
    assert estimate.longest == max(len(p) for p, _ in paths) and estimate.shortest == 1


def test_the_real_tree_validates_and_every_path_ends(real: Tree) -> None:
    assert real.validate() == []
    assert all(t is not None and t.is_conclusion for _, t in real.paths())


# --- (b) the bundled tree walks exactly like the official one ----------------------------


def _sources(sources) -> list[tuple[str, str]]:
    return [(s.source, unquote(s.url)) for s in sources]


def assert_same_structure(ours: Tree, theirs: Tree) -> None:
    """Same ids, answers, labels, targets, conditions (as parsed), sources and label groups."""
    assert [q.id for q in ours.questions] == [q.id for q in theirs.questions]
    assert [c.id for c in ours.conclusions] == [c.id for c in theirs.conclusions]
    assert [(c.prefix, c.subcategory) for c in ours.categories] == [(c.prefix, c.subcategory) for c in theirs.categories]
    for a_q, b_q in zip(ours.questions, theirs.questions, strict=True):
        assert len(a_q.answers) == len(b_q.answers), a_q.id
        assert _sources(a_q.sources) == _sources(b_q.sources), a_q.id
        for a, b in zip(a_q.answers, b_q.answers, strict=True):
            where = (a_q.id, a.index + 1)
            assert a.labels == b.labels, where
            assert a.target == b.target, where
            assert [r.target for r in a.redirects] == [r.target for r in b.redirects], where
            assert [parse(r.condition) for r in a.redirects] == [parse(r.condition) for r in b.redirects], where
            assert bool(a.subresult) == bool(b.subresult), where
    for a_c, b_c in zip(ours.conclusions, theirs.conclusions, strict=True):
        assert _sources(a_c.sources) == _sources(b_c.sources), a_c.id
    assert ours.fingerprint() == theirs.fingerprint()


def assert_lockstep(ours_tree: Tree, theirs_tree: Tree) -> int:
    """Walk every path through both trees choosing the same answer index; at every step the
    same next node, labels, label groups and progress; at the end the same conclusion and
    profile. Returns the number of paths."""
    ours, theirs = Session(ours_tree), Session(theirs_tree)
    count = 0

    def walk() -> None:
        nonlocal count
        q1, q2 = ours.question, theirs.question
        assert q1 is not None and q2 is not None and q1.id == q2.id
        assert len(q1.answers) == len(q2.answers), q1.id
        for index in range(len(q1.answers)):
            n1, n2 = ours.answer(index), theirs.answer(index)
            assert n1.id == n2.id, [(s.question.id, s.answer_index) for s in ours.steps]
            assert ours.labels == theirs.labels
            assert ours.grouped_labels() == theirs.grouped_labels()
            assert ours.progress() == theirs.progress()
            if ours.finished:
                assert theirs.finished
                assert profile_for(ours) == profile_for(theirs)
                count += 1
            else:
                assert not theirs.finished
                walk()
            assert ours.back() and theirs.back()

    walk()
    return count


def test_bundled_tree_has_the_official_structure(bundled: Tree, official: Tree) -> None:
    assert_same_structure(bundled, official)
    assert bundled.validate() == []


def test_bundled_and_official_walk_in_lockstep(bundled: Tree, official: Tree) -> None:
    assert assert_lockstep(bundled, official) == len(list(official.paths()))


def _reworded_copy(folder: Path, change=None) -> Path:
    """The official tree with every prose text replaced, as the own-words version will be."""
    data = raw_tree(OFFICIAL)
    for q in data["questions"]:
        q["question"] = f"Eigen vraag {q['questionId']}?"
        q["explanation"] = "Eigen <strong>uitleg</strong>.<br>Tweede regel."
        q["subcategory"] = "Eigen titel"
        for a in q["answers"]:
            a["answer"] = "Eigen antwoord"
            if "subresult" in a:
                a["subresult"] = "Eigen kanttekening"
    for c in data["conclusions"]:
        c["conclusion"] = f"Eigen conclusie {c['conclusionId']}."
        c["obligation"] = "Eigen plichten."
        for source in c.get("sources") or []:
            if source.get("url"):
                source["url"] = source["url"].replace("-", "%2D", 1)  # the README's percent-encoding of facts
    if change:
        change(data)
    folder.mkdir()
    (folder / "decision-tree.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    categories = yaml.safe_load((OFFICIAL / "categories.yaml").read_text(encoding="utf-8"))
    for row in categories:
        row["category"] = "Eigen categorie"
    (folder / "categories.yaml").write_text(yaml.safe_dump(categories, allow_unicode=True), encoding="utf-8")
    return folder


def test_the_comparison_accepts_a_reworded_copy_and_catches_a_changed_one(tmp_path: Path, official: Tree) -> None:
    """The two checks above, proven on stand-ins while the bundled tree may not exist yet."""
    copy = load_tree(_reworded_copy(tmp_path / "ours"))
    assert copy.question("1.1").question != official.question("1.1").question
    assert_same_structure(copy, official)
    assert assert_lockstep(copy, official) == len(list(official.paths()))

    def relabel(data: dict) -> None:
        data["questions"][1]["answers"][0]["labels"] = ["gebruiksverantwoordelijke"]

    def reroute(data: dict) -> None:
        redirect = data["questions"][5]["answers"][1]["redirects"][0]
        redirect["if"] = redirect["if"].replace(" || ", " && ", 1)

    for n, change in enumerate((relabel, reroute)):
        changed = load_tree(_reworded_copy(tmp_path / f"changed{n}", change))
        with pytest.raises(AssertionError):
            assert_same_structure(changed, official)
        with pytest.raises(AssertionError):
            assert_lockstep(changed, official)


# --- (c) conditions ----------------------------------------------------------------------


def _python_reference(condition: str) -> Callable[[frozenset[str]], bool]:
    """Independent evaluation: rewrite to Python syntax by regex, let Python's own parser make
    the tree (ast.parse; nothing is executed), and walk that tree here."""
    strings: list[str] = []

    def keep(m: re.Match[str]) -> str:
        strings.append(m.group(1))
        return f"S{len(strings) - 1}"

    text = re.sub(r'"([^"\\]*)"', keep, condition)
    text = text.replace("&&", " and ").replace("||", " or ").replace("!", " not ")
    tree = ast.parse(text.strip(), mode="eval").body

    def ev(node: ast.AST, labels: frozenset[str]) -> bool:
        if isinstance(node, ast.BoolOp):
            values = [ev(v, labels) for v in node.values]
            return all(values) if isinstance(node.op, ast.And) else any(values)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return not ev(node.operand, labels)
        if isinstance(node, ast.Compare):
            assert len(node.ops) == 1 and isinstance(node.ops[0], ast.In)
            left, right = node.left, node.comparators[0]
            assert isinstance(left, ast.Name) and isinstance(right, ast.Name) and right.id == "labels"
            return strings[int(left.id[1:])] in labels
        raise AssertionError(f"unexpected {ast.dump(node)}")

    return lambda labels: ev(tree, labels)


def _official_conditions() -> list[str]:
    if not _has_tree(OFFICIAL):
        pytest.skip(f"official beslishulp data not found at {OFFICIAL} (../shared is absent)")
    data = raw_tree(OFFICIAL)
    return [r["if"] for q in data["questions"] for a in q["answers"] for r in a.get("redirects") or []]


def test_every_official_condition_matches_a_reference_evaluation(official: Tree) -> None:
    conditions = _official_conditions()
    assert len(conditions) == 111 and len(set(conditions)) > 30
    universe = sorted(official.all_labels() | {"open-source", "geen open-source", "onbekend"})
    rng = random.Random(20240801)
    label_sets = [frozenset(), frozenset(universe)]
    label_sets += [frozenset(rng.sample(universe, rng.randint(1, len(universe)))) for _ in range(300)]
    # plus every label set a real walk can have
    session_sets: set[frozenset[str]] = set()
    for path, _ in official.paths():
        s = Session(official)
        for index in path:
            s.answer(index)
            session_sets.add(s.labels)
    label_sets += sorted(session_sets, key=sorted)
    checked = 0
    for condition in conditions:
        node = parse(condition)
        assert parse(cond.to_source(node)) == node  # the canonical text reads back the same
        reference = _python_reference(condition)
        for labels in label_sets:
            assert cond.evaluate(node, labels) == reference(labels), (condition, sorted(labels))
            checked += 1
    assert checked > 111 * 300


def test_conditions_by_hand() -> None:
    labels = {"aanbieder", "AI-systeem", "hoog-risico AI"}
    assert check('"aanbieder" in labels', labels)
    assert not check('"importeur" in labels', labels)
    assert check('"importeur" in labels || "aanbieder" in labels', labels)
    assert not check('"importeur" in labels && "aanbieder" in labels', labels)
    assert check('!("importeur" in labels)', labels)
    assert not check('!("aanbieder" in labels) && "AI-systeem" in labels', labels)
    # && binds tighter than ||
    assert check('"aanbieder" in labels || "x" in labels && "y" in labels', labels)
    assert not check('("aanbieder" in labels || "x" in labels) && "y" in labels', labels)
    assert check("'aanbieder' in labels", labels)  # single quotes
    assert check('"a\\"b" in labels', {'a"b'})  # escaped quote
    assert check('!!("aanbieder" in labels)', labels)
    assert check('"x"', set()) and not check('""', {""})  # bare literals: jexl truthiness
    assert check('"x" && !("y" in labels)', set())
    # the vereisten's `uitzondering` form: bare literals as labels
    rule = '"open-source-open-source" && ("soort-toepassing-ai-systeem" || "soort-toepassing-x")'
    assert check(rule, {"open-source-open-source", "soort-toepassing-ai-systeem"}, literal_membership=True)
    assert not check(rule, {"open-source-open-source"}, literal_membership=True)
    assert cond.labels_in(parse(rule)) == {"open-source-open-source", "soort-toepassing-ai-systeem", "soort-toepassing-x"}


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("(", "verwacht"),
        ('("a" in labels', "')' verwacht"),
        ('"a" in labels)', "')'"),
        (")", "verwacht"),
        ('"a" == "b"', "onbekend teken '='"),
        ('"a" != "b"', "'!='"),
        ('"a" in labels; import os', "onbekend teken ';'"),
        ("__import__('os').system('true')", "onbekend woord '__import__'"),
        ("labels", "verwacht"),
        ('"a" in', "'labels' verwacht"),
        ('"a" in other', "onbekend woord 'other'"),
        ("&&", "verwacht"),
        ('"a" in labels &&', "verwacht"),
        ('"a" in labels & "b" in labels', "onbekend teken '&'"),
        ('"a" in labels | "b" in labels', "onbekend teken '|'"),
        ("!", "verwacht"),
        ('"unterminated', "aanhalingsteken"),
        ('"a" in labels "b"', "gevonden"),
        ('!"a" in labels', "dubbelzinnig"),
        ("", "leeg"),
        ("   ", "leeg"),
        ('"a" in labels\x00', "U+0000"),
        ("1 in labels", "onbekend teken '1'"),
        ("true", "onbekend woord 'true'"),
        ('"a" in labels in labels', "gevonden"),
        ("()", "verwacht"),
    ],
)
def test_hostile_conditions_raise_condition_error(text: str, fragment: str) -> None:
    with pytest.raises(ConditionError) as info:
        parse(text)
    assert fragment in str(info.value)
    assert str(info.value).startswith("Ongeldige voorwaarde")


@pytest.mark.parametrize("value", [None, 1, 1.5, True, b'"a" in labels', ['"a" in labels'], {"if": "x"}])
def test_non_string_conditions_raise_condition_error(value: object) -> None:
    with pytest.raises(ConditionError, match="verwacht tekst"):
        parse(value)
    with pytest.raises(ConditionError):
        check(value, set())


def test_huge_and_deep_conditions_are_refused_quickly() -> None:
    cases = [
        '"a" in labels || ' * 5_000 + '"b" in labels',  # too long
        "(" * 5_000 + '"a" in labels' + ")" * 5_000,  # too long and too deep
        "(" * 2_000 + '"a" in labels',
        "!" * 3_000 + '("a" in labels)',
        "(" * (cond.MAX_DEPTH + 5) + '"a" in labels' + ")" * (cond.MAX_DEPTH + 5),  # short but too deep
        "!(" * (cond.MAX_DEPTH + 1) + '"a" in labels' + ")" * (cond.MAX_DEPTH + 1),
        " || ".join(['"a" in labels'] * 2_000),  # too many tokens (within the length limit? no: both)
        '"' + "x" * 20_000 + '"',
    ]
    for text in cases:
        start = time.perf_counter()
        with pytest.raises(ConditionError):
            parse(text)
        assert time.perf_counter() - start < 1.0
    # within the limits: long flat chains and moderate nesting are fine
    flat = " || ".join(f'"l{i}" in labels' for i in range(400))
    assert check(flat, {"l399"}) and not check(flat, {"x"})
    nested = "(" * cond.MAX_DEPTH + '"a" in labels' + ")" * cond.MAX_DEPTH
    assert check(nested, {"a"})
    tokens = "||".join(['"a"'] * 1_100)
    assert len(tokens) < cond.MAX_LENGTH
    with pytest.raises(ConditionError, match="te veel onderdelen"):
        parse(tokens)


_LABELS = st.sampled_from(["a", "b", "c", "d e", "x'y"])


def _gen_nodes() -> st.SearchStrategy:
    leaf = _LABELS.map(cond.Contains)
    return st.recursive(
        leaf,
        lambda kids: st.one_of(
            kids.map(cond.Not),
            st.lists(kids, min_size=2, max_size=4).map(lambda xs: cond.And(tuple(xs))),
            st.lists(kids, min_size=2, max_size=4).map(lambda xs: cond.Or(tuple(xs))),
        ),
        max_leaves=12,
    )


def _truth(node, labels: frozenset[str]) -> bool:
    """The meaning of a generated node, computed directly (not with cond.evaluate)."""
    kind = type(node).__name__
    if kind == "Contains":
        return node.label in labels
    if kind == "Not":
        return not _truth(node.operand, labels)
    results = [_truth(op, labels) for op in node.operands]
    return all(results) if kind == "And" else any(results)


@settings(max_examples=300, deadline=None)
@given(_gen_nodes(), st.frozensets(_LABELS))
def test_generated_conditions_round_trip_and_evaluate(node, labels: frozenset[str]) -> None:
    text = cond.to_source(node)
    assert cond.evaluate(parse(text), labels) == _truth(node, labels)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='"\'()!&|in labels xyz\\\t', max_size=60))
def test_arbitrary_text_parses_or_raises_condition_error(text: str) -> None:
    try:
        node = parse(text)
    except ConditionError:
        return
    cond.evaluate(node, {"x"})  # whatever parses also evaluates


# --- (d) sessions ------------------------------------------------------------------------


def test_session_walk_labels_back_and_restart(mini: Tree) -> None:
    s = Session(mini)
    assert s.question is mini.first_question and not s.finished and s.steps == ()
    assert s.progress().answered == 0 and s.progress().current == 1
    s.answer(1, remark="Wij gebruiken het alleen")  # gebruiksverantwoordelijke
    assert s.question.id == "2.1"
    assert s.labels == {"gebruiksverantwoordelijke"}
    node = s.answer(0)  # Ja: redirects to 13.1 (not an aanbieder)
    assert s.finished and node.id == "13.1" and s.conclusion.id == "13.1" and s.question is None
    assert [(st.question.id, st.answer_index, st.remark) for st in s.steps] == [
        ("1.1", 1, "Wij gebruiken het alleen"), ("2.1", 0, ""),
    ]
    assert s.grouped_labels() == [("Verantwoordelijkheid", "gebruiksverantwoordelijke"), ("Risicogroep", "hoog-risico AI")]
    assert s.progress().done and s.progress().text() == "klaar: 2 vragen beantwoord"
    with pytest.raises(SessionError, match="al een conclusie"):
        s.answer(0)
    assert s.back() and s.question.id == "2.1" and s.conclusion is None
    assert s.labels == {"gebruiksverantwoordelijke"}
    assert s.back() and s.question.id == "1.1" and s.labels == frozenset()
    assert not s.back()
    assert s.remark("1.1") == "Wij gebruiken het alleen"  # remarks outlive back()
    s.answer(0)
    assert s.steps[0].remark == "Wij gebruiken het alleen"
    s.answer(1)
    assert s.question.id == "2.10" and s.labels == {"aanbieder", "geen hoog-risico AI"}
    s.answer(1)  # Nee: first redirect holds (no gebruiksverantwoordelijke)
    assert s.conclusion.id == "12.2"
    s.restart()
    assert s.steps == () and s.question is mini.first_question and s.remark("1.1") == ""
    with pytest.raises(SessionError, match="1 tot en met 3"):
        s.answer(3)
    with pytest.raises(SessionError):
        s.answer(-1)
    with pytest.raises(SessionError):
        s.answer(True)  # type: ignore[arg-type]
    assert s.steps == ()


def test_session_dead_end_changes_nothing(tmp_path: Path) -> None:
    tree = load_tree(write(tmp_path / "t", MINI_TREE.replace(
        "          - nextConclusionId: \"13.1\"\n            if: '\"gebruiksverantwoordelijke\" in labels'\n      - answer: Nee",
        "      - answer: Nee")))
    s = Session(tree)
    s.answer(1)
    with pytest.raises(SessionError, match="weet de beslishulp niet verder"):
        s.answer(0)
    assert len(s.steps) == 1 and s.question.id == "2.1"
    assert [p.kind for p in tree.validate()] == ["dead-end"]


def test_session_progress_estimates(mini: Tree) -> None:
    s = Session(mini)
    p = s.progress()
    assert (p.answered, p.shortest, p.longest) == (0, 1, 3)
    assert p.shortest <= p.remaining <= p.longest and p.text().startswith("vraag 1 van ongeveer ")
    s.answer(0)
    s.answer(1)
    p = s.progress()
    assert (p.answered, p.remaining, p.shortest, p.longest) == (2, 1, 1, 1)
    assert p.text() == "vraag 3 (de laatste)"


def test_real_progress_counts_down_to_the_conclusion(real: Tree) -> None:
    path, target = next((p, t) for p, t in real.paths() if len(p) >= 10)
    s = Session(real)
    seen = []
    for index in path:
        p = s.progress()
        assert p.current == len(s.steps) + 1 and p.shortest <= p.remaining <= p.longest
        assert re.fullmatch(r"vraag \d+ (van ongeveer \d+|\(de laatste\))", p.text())
        seen.append((p.total, p.shortest))
        s.answer(index)
    assert s.conclusion.id == target.id and s.progress().done
    assert seen[-1][1] == 1  # the last question has an answer that ends the walk
    assert all(total >= n + 1 for n, (total, _) in enumerate(seen))


def test_save_and_restore_round_trip(mini: Tree) -> None:
    s = Session(mini)
    s.answer(0, remark="eigen ontwikkeling")
    s.set_remark("nog navragen", "2.1")
    data = json.loads(json.dumps(s.to_dict()))
    assert data["answers"] == [{"questionId": "1.1", "answer": 0, "text": "Aanbieder", "labels": ["aanbieder"],
                                "remark": "eigen ontwikkeling"}]
    assert data["remarks"] == {"2.1": "nog navragen"} and data["conclusionId"] is None
    restored = Session.from_dict(mini, data, strict=True)
    assert restored.problems == []
    assert restored.question.id == "2.1" and restored.labels == s.labels and restored.remark("2.1") == "nog navragen"
    s.answer(0)
    restored = Session.from_dict(mini, json.loads(json.dumps(s.to_dict())))
    assert restored.problems == [] and restored.conclusion.id == "12.1"
    assert [(x.question.id, x.answer_index, x.remark) for x in restored.steps] == [
        (x.question.id, x.answer_index, x.remark) for x in s.steps
    ]


def test_restore_on_a_changed_tree_reports_where_it_stops(tmp_path: Path, mini: Tree) -> None:
    s = Session(mini)
    s.answer(0)
    s.answer(1)
    s.answer(0)
    saved = s.to_dict()
    # other labels for the second answer: replay stops there
    changed = load_tree(write(tmp_path / "c1", MINI_TREE.replace('labels: ["geen hoog-risico AI"]', 'labels: ["laag"]')))
    r = Session.from_dict(changed, saved)
    assert len(r.steps) == 1 and r.question.id == "2.1"
    assert "gewijzigd" in r.problems[0]
    assert any("Vraag 2.1, antwoord 2 geeft nu andere labels" in p for p in r.problems)
    assert r.problems[-1] == "Hersteld: 1 van de 3 antwoorden."
    with pytest.raises(SessionError, match="andere labels"):
        Session.from_dict(changed, saved, strict=True)
    # an answer that no longer exists
    fewer = load_tree(write(tmp_path / "c2", MINI_TREE.replace(
        '      - answer: Nee\n        labels: ["geen hoog-risico AI"]\n        nextQuestionId: "2.10"\n', "")))
    r = Session.from_dict(fewer, saved)
    assert len(r.steps) == 1 and any("geen antwoord 2 meer" in p for p in r.problems)
    # a different question on the way
    other = dict(saved, answers=[saved["answers"][0], dict(saved["answers"][1], questionId="9")])
    r = Session.from_dict(mini, other)
    assert any("hoort bij vraag 9" in p and "vraag 2.1" in p for p in r.problems)
    # text changes only (an own-words rewrite): no problem at all
    reworded = load_tree(write(tmp_path / "c3", MINI_TREE.replace("answer: Aanbieder", "answer: Wij bieden aan")))
    assert reworded.fingerprint() == mini.fingerprint()
    assert Session.from_dict(reworded, saved).problems == []
    # junk
    for junk in (None, [], {"format": "iets"}, {"format": "beslishulp-sessie", "formatVersion": 99},
                 dict(saved, answers="x"), dict(saved, answers=[{"questionId": "1.1", "answer": "0"}])):
        assert Session.from_dict(mini, junk).problems
    r = Session.from_dict(mini, dict(saved, conclusionId="13.1"))
    assert any("opgeslagen conclusie was 13.1" in p for p in r.problems)


def test_real_session_save_restore_and_back(real: Tree) -> None:
    path, target = next((p, t) for p, t in real.paths() if t.id.startswith("14."))
    s = Session(real)
    for n, index in enumerate(path):
        s.answer(index, remark=f"opmerking {n}" if n % 3 == 0 else None)
    assert s.conclusion.id == target.id
    data = json.loads(json.dumps(s.to_dict()))
    r = Session.from_dict(real, data, strict=True)
    assert r.conclusion.id == target.id and r.labels == s.labels
    assert [x.remark for x in r.steps] == [x.remark for x in s.steps]
    for _ in path:
        assert r.back()
    assert r.question is real.first_question and r.labels == frozenset()


# --- (e) the profile ---------------------------------------------------------------------


def _vocabulary(folder: Path) -> dict[str, set[str]]:
    vocab: dict[str, set[str]] = {key: set() for key in PROFILE_KEYS}
    for page in sorted(folder.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        if not text.startswith("---"):
            continue
        meta = yaml.safe_load(text.split("---", 2)[1]) or {}
        for key in PROFILE_KEYS:
            vocab[key].update(meta.get(key) or [])
    return vocab


@pytest.fixture(scope="module")
def vocabulary() -> dict[str, set[str]]:
    vocab = _vocabulary(VEREISTEN)
    assert all(vocab.values()), "the bundled vereisten lost their AI-act keys"
    return vocab


def test_mapping_table_uses_only_vereisten_vocabulary(vocabulary: dict[str, set[str]]) -> None:
    for key, values in LABEL_VALUES.items():
        assert set(values.values()) <= vocabulary[key], key
    if OFFICIAL_VEREISTEN.is_dir():
        official_vocab = _vocabulary(OFFICIAL_VEREISTEN)
        for key, values in LABEL_VALUES.items():
            assert set(values.values()) <= official_vocab[key], key


def _path_to(tree: Tree, conclusion_id: str) -> tuple[int, ...]:
    return next(p for p, t in tree.paths() if t.id == conclusion_id)


def _profile_at(tree: Tree, path: tuple[int, ...]) -> Session:
    s = Session(tree)
    for index in path:
        s.answer(index)
    return s


def test_profile_of_a_high_risk_provider(real: Tree, vocabulary: dict[str, set[str]]) -> None:
    s = _profile_at(real, _path_to(real, "12.0.2"))  # aanbieder van een hoog-risico AI-systeem
    profile = profile_for(s)
    assert profile.complete
    assert profile.values["rol-ai-act"] == ("aanbieder",)
    assert profile.values["soort-toepassing"] == ("ai-systeem",)
    assert profile.values["risicogroep"] == ("hoog-risico-ai-systeem",)
    assert profile.values["transparantieverplichting"] == ("geen-transparantieverplichting",)
    assert profile.values["systeemrisico"] == (NOT_APPLICABLE,) and "systeemrisico" in profile.filled
    assert "risicogroep" not in profile.filled
    assert list(profile.values) == list(PROFILE_KEYS)
    for key, values in profile.front_matter().items():
        assert set(values) <= vocabulary[key], key
    assert "rol-ai-act-aanbieder" in profile.site_labels()
    groups = {u.group for u in profile.unmapped}
    assert "Operationeel" in groups and groups <= {"Operationeel", "Conformiteitsbeoordelingsinstantie"}
    assert all(u.reason for u in profile.unmapped)


def test_profile_of_a_deployer_keeps_the_role(real: Tree) -> None:
    s = _profile_at(real, _path_to(real, "13.0.1"))  # gebruiksverantwoordelijke, hoog risico, transparantie
    profile = profile_for(s)
    assert profile.values["rol-ai-act"] == ("gebruiksverantwoordelijke",)
    assert profile.values["transparantieverplichting"] == ("transparantieverplichting",)
    assert profile.values["risicogroep"] == ("hoog-risico-ai-systeem",)


def test_profile_of_a_general_purpose_model_with_systemic_risk(real: Tree) -> None:
    profile = profile_for(_profile_at(real, _path_to(real, "12.2.1")))
    assert profile.values["soort-toepassing"] == ("ai-model-voor-algemene-doeleinden",)
    assert profile.values["systeemrisico"] == ("systeemrisico",)
    assert profile.values["rol-ai-act"] == ("aanbieder",)


def test_every_conclusion_profile_is_in_the_vocabulary(real: Tree, vocabulary: dict[str, set[str]]) -> None:
    unmapped: set[tuple[str | None, str]] = set()
    for path, _ in real.paths():
        profile = profile_for(_profile_at(real, path))
        for key, values in profile.front_matter().items():
            assert set(values) <= vocabulary[key], (path, key, values)
        unmapped |= {(u.group, u.label) for u in profile.unmapped}
    # exactly the documented leftovers: nothing is lost silently
    assert unmapped == {
        ("Soort toepassing", "geen algoritme"),
        ("Operationeel", "in gebruik"),
        ("Operationeel", "in ontwikkeling"),
        ("Conformiteitsbeoordelingsinstantie", "beoordeling door derde partij"),
        ("Conformiteitsbeoordelingsinstantie", "niet van toepassing"),
    }


def test_profile_mapping_rules() -> None:
    assert map_label("Verantwoordelijkheid", "aanbieder") == ("rol-ai-act", "aanbieder")
    assert map_label("Rol", "Importeur") == ("rol-ai-act", "importeur")  # the old group name, any case
    assert map_label("Risicogroep", " hoog-risico  AI ") == ("risicogroep", "hoog-risico-ai-systeem")
    assert map_label("Open source", "geen open-source") == ("open-source", "geen-open-source")
    for group, label, reason in [
        (None, "x", "geen labelgroep"),
        ("Operationeel", "in gebruik", "hoort niet bij het profiel"),
        ("Nieuwe groep", "x", "onbekende labelgroep"),
        ("Risicogroep", "middel", "geen waarde"),
    ]:
        result = map_label(group, label)
        assert not isinstance(result, tuple) and reason in result.reason
    partial = profile_from_labels([("Verantwoordelijkheid", "aanbieder"), ("Verantwoordelijkheid", "aanbieder")])
    assert partial.values["rol-ai-act"] == ("aanbieder",) and partial.filled == frozenset()
    assert partial.front_matter() == {"rol-ai-act": ["aanbieder"]}
    assert "Rol: aanbieder" in partial.lines() and "Risicogroep: nog niet bepaald" in partial.lines()


def test_profile_answers_the_vereisten_uitzondering_rule(real: Tree) -> None:
    """The open-source exception of the vereisten front matter, evaluated on a real profile."""
    rule = ('"open-source-open-source" && "risicogroep-geen-hoog-risico-ai-systeem" && '
            '"transparantieverplichting-geen-transparantieverplichting" && '
            '("soort-toepassing-ai-systeem" || "soort-toepassing-ai-systeem-voor-algemene-doeleinden")')
    hits = set()
    for path, target in real.paths():
        labels = set(profile_for(_profile_at(real, path)).site_labels())
        if check(rule, labels, literal_membership=True):
            hits.add(target.id)
    assert hits == {"11.2"}  # the open-source exemption ends in "not applicable"


# --- (f) the terminal --------------------------------------------------------------------


def _run(tree: Tree, script: str) -> tuple[Session, str]:
    out = io.StringIO()
    session = run(tree, input=io.StringIO(script), output=out)
    return session, out.getvalue()


def test_terminal_walk_with_back_restart_and_remark(mini: Tree) -> None:
    session, text = _run(mini, "x\n9\n1\nt\nm\nzelf gebouwd\n1\n2\n2\no\n3\nq\n")
    assert "Wie ben je?" in text and "<strong>" not in text
    assert "Kies je rol.\n\n• eerste punt\n• tweede & laatste" in text
    assert "1. Aanbieder\n2. Gebruiker\n3. Geen van beide" in text
    assert "Onbekende keuze 'x'" in text and "Er is geen antwoord 9; kies 1 tot en met 3." in text
    assert "Vraag 1 van ongeveer" in text and "Opmerking bewaard." in text and "Opnieuw begonnen." in text
    assert "Conclusie 12.2" in text and "Aanbieder, geen hoog risico." in text and "Minder plichten." in text
    assert "Rol: aanbieder" in text and "Risicogroep: geen hoog-risico AI-systeem" in text
    assert "Opmerking: zelf gebouwd" in text
    assert "Conclusie 11.0" in text and text.rstrip().endswith("Gestopt.")
    assert session.conclusion.id == "11.0" and len(session.steps) == 1


def test_terminal_shows_obligation_profile_and_reasons_as_plain_text(mini: Tree) -> None:
    session, text = _run(mini, "2\n1\n")  # gebruiker, hoog risico -> 13.1; then end of input
    assert session.conclusion.id == "13.1"
    block = text[text.index("Conclusie 13.1"):]
    assert "Verplichtingen\n--------------\nGebruik volgens instructies." in block
    assert "Profiel voor de vereisten" in block and "Rol: gebruiksverantwoordelijke" in block
    assert "Je antwoorden" in block and "1. Wie ben je?" in block and "→ Gebruiker" in block
    assert "Let op: Let op de uitzondering" in block
    assert text.rstrip().endswith("Gestopt.")
    # back from the conclusion works too
    session, text = _run(mini, "1\n1\nt\nt\nt\nq\n")
    assert "Conclusie 12.1" in text and "Veel plichten:\n• registreren\n• documenteren" in text
    assert "Je bent al bij de eerste vraag." in text and session.steps == ()


def test_terminal_stops_after_too_many_bad_inputs(mini: Tree) -> None:
    _, text = _run(mini, "nee\n" * 200)
    assert "Te veel ongeldige invoer" in text


def test_terminal_walk_on_the_real_tree(real: Tree) -> None:
    path = _path_to(real, "12.0.2")
    script = "".join(f"{i + 1}\n" for i in path) + "q\n"
    session, text = _run(real, script)
    assert session.conclusion.id == "12.0.2"
    assert "Conclusie 12.0.2" in text and "Profiel voor de vereisten" in text
    assert "Risicogroep: hoog-risico AI-systeem" in text and "Rol: aanbieder" in text
    assert not re.search(r"</?(br|strong|i|b)\b", text)
    assert text.count("→ ") == len(path)
    assert html_to_text(real.conclusion("12.0.2").obligation).splitlines()[0] in text


# --- helpers and the bundled location ----------------------------------------------------


def test_html_to_text() -> None:
    assert html_to_text("<strong>Let op:</strong> a<br>b<br><br>c &amp; d") == "Let op: a\nb\n\nc & d"
    assert html_to_text("  een\n        twee  <br/>  drie ") == "een twee\ndrie"
    assert html_to_text("<ul><li>een</li><li>twee</li></ul>") == "• een\n• twee"
    assert html_to_text("") == "" and html_to_text("<script>x</script>ok") == "ok"


def test_bundled_tree_folder_is_in_the_content_root() -> None:
    assert bundled_tree_folder() == bundled_content() / "ai-verordening" / "beslishulp"
    assert bundled_tree_folder() == BUNDLED


def test_bundled_tree_loads_with_definitions(bundled: Tree) -> None:
    assert bundled.folder == BUNDLED
    assert len(bundled.questions) == 22 and len(bundled.conclusions) == 50
    if (BUNDLED / "definitions.yaml").exists():
        assert bundled.definitions and all(d.term and d.definition for d in bundled.definitions)


def test_official_folder_copy_loads_the_same(tmp_path: Path, official: Tree) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(OFFICIAL, copy)
    again = load_tree(copy)
    assert again == official and again.fingerprint() == official.fingerprint()


def _iter_labels(tree: Tree) -> Iterator[str]:
    for q in tree.questions:
        for a in q.answers:
            yield from a.labels


def test_every_label_of_the_real_tree_is_mapped_or_documented(real: Tree) -> None:
    leftovers = set()
    for q in real.questions:
        for a in q.answers:
            for label in a.labels:
                result = map_label(real.label_group(q.id), label)
                if not isinstance(result, tuple):
                    leftovers.add(label)
    assert leftovers == {"geen algoritme", "in gebruik", "in ontwikkeling", "beoordeling door derde partij", "niet van toepassing"}
    assert set(_iter_labels(real)) == real.all_labels()
