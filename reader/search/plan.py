"""A planned query: the clause groups to score and what the ranking and snippets need to
know about the words (made by `planner.QueryPlanner`, read by `ranking` and the engine)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.search import backend
from reader.search.snippets import WordKeys


@dataclass
class Plan:
    groups: list[list[backend.Clause]]
    stems: set[str]  # stemmed terms to highlight
    exact: set[str]  # folded words to highlight
    role_words: set[str]
    topic_values: set[str]
    suggestion: str | None
    empty_reason: str | None = None
    word_groups: int = 0  # the first N groups stand for words; the rest are bonuses
    plain: tuple[str, ...] = ()  # the query's words, folded
    word_keys: WordKeys = field(default_factory=WordKeys)  # snippet matches, per spelling
    roles: set[str] = field(default_factory=set)  # the roles (facet values) that `role_words` name
    #: word groups that find pages but do not count in `ranking.coverage` (the words of a query
    #: that is all one phrase of the vocabulary: the phrase is what it asks for)
    loose: frozenset[int] = frozenset()
