"""The beslishulp AI-verordening offline: decision tree, walk, profile, terminal. No Qt.

    tree = load_tree(bundled_tree_folder())
    session = Session(tree)
    session.answer(0)              # answers are 0-based
    session.progress().text()      # "vraag 2 van ongeveer 7"
    profile_for(session).front_matter()

Layers inside: conditions (the `if` language, in reader.content.conditions) <- tree (load, validate, walk) <- session
(one walk, save/restore) <- profile (labels -> front-matter vocabulary) <- terminal.
"""

from __future__ import annotations

from pathlib import Path

from reader.beslishulp.html_text import html_to_text
from reader.beslishulp.profile import (
    GROUP_KEYS,
    LABEL_VALUES,
    NOT_APPLICABLE,
    PROFILE_KEYS,
    Profile,
    UnmappedLabel,
    map_label,
    profile_for,
    profile_from_labels,
)
from reader.beslishulp.session import Progress, Session, SessionError, Step
from reader.beslishulp.terminal import run
from reader.beslishulp.tree import (
    Answer,
    Category,
    Conclusion,
    Definition,
    Problem,
    Question,
    Redirect,
    Source,
    Target,
    Tree,
    TreeError,
    load_tree,
)
from reader.content.conditions import ConditionError, check, evaluate, parse
from reader.resources import bundled_content

#: Where the bundled tree lives inside the content root.
BUNDLED_SUBFOLDER = ("ai-verordening", "beslishulp")


def bundled_tree_folder() -> Path:
    """The folder of the beslishulp shipped with the app (it may not exist yet)."""
    return bundled_content().joinpath(*BUNDLED_SUBFOLDER)


def load_bundled_tree() -> Tree:
    """load_tree(bundled_tree_folder()); TreeError when it is missing or broken."""
    return load_tree(bundled_tree_folder())


__all__ = [
    "BUNDLED_SUBFOLDER",
    "GROUP_KEYS",
    "LABEL_VALUES",
    "NOT_APPLICABLE",
    "PROFILE_KEYS",
    "Answer",
    "Category",
    "Conclusion",
    "ConditionError",
    "Definition",
    "Problem",
    "Profile",
    "Progress",
    "Question",
    "Redirect",
    "Session",
    "SessionError",
    "Source",
    "Step",
    "Target",
    "Tree",
    "TreeError",
    "UnmappedLabel",
    "bundled_tree_folder",
    "check",
    "evaluate",
    "html_to_text",
    "load_bundled_tree",
    "load_tree",
    "map_label",
    "parse",
    "profile_for",
    "profile_from_labels",
    "run",
]
