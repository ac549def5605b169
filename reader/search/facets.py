"""Facet filters and counts as bitmaps over the site's pages.

Each page gets an ordinal (its place in the browse order); each facet value is the set of
its pages as one Python integer with those bits set. Filtering is then `&` and `|`, and a
count is `int.bit_count()`: the sidebar's forty-odd counts for a query matching 25,000 of
30,000 pages take well under a millisecond, where intersecting sets of paths took 15 ms.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

from reader.content import Page, Site
from reader.content.conditions import ConditionError, Node, evaluate, label_rule
from reader.content.model import AI_ACT_FACETS, FACET_KEYS

log = logging.getLogger(__name__)
FACETS: tuple[str, ...] = tuple(FACET_KEYS)  # rol, fase, onderwerp, soort, the AI-act profile, wetgeving


def exception_rule(text: str) -> Node | None:
    """A vereiste's `uitzondering` item as a rule (see `label_rule`); None when it cannot be
    read (`check` reports it)."""
    try:
        return label_rule(text)
    except ConditionError as exc:
        log.info("unreadable exception %r: %s", text, exc)
        return None


class FacetBits:
    """The facet bitmaps of one `Site` (make a new one when the site is reloaded)."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.pages: list[Page] = site.sorted_pages()  # browse order
        self.paths: list[str] = [p.path for p in self.pages]
        self.ordinal: dict[str, int] = {path: i for i, path in enumerate(self.paths)}
        self.size = len(self.paths)
        self.all = (1 << self.size) - 1
        self.values: dict[str, list[str]] = {facet: site.facet_values(facet) for facet in FACETS}
        self.bits: dict[tuple[str, str], int] = {
            (facet, value): self.of(site.members(facet, value))
            for facet in FACETS for value in self.values[facet]
        }
        # AI-act facets filter leniently: a page with no value for one is not limited by it
        self.unlabelled: dict[str, int] = {}
        for facet in AI_ACT_FACETS:
            labelled = 0
            for value in self.values[facet]:
                labelled |= self.bits[(facet, value)]
            self.unlabelled[facet] = self.all & ~labelled
        # the vereisten's exceptions: excluded when their rule holds for the chosen profile
        self.exceptions: list[tuple[int, tuple[Node, ...]]] = []
        for o, page in enumerate(self.pages):
            rules = tuple(r for item in page.values("uitzondering") if (r := exception_rule(item)) is not None)
            if rules:
                self.exceptions.append((o, rules))

    def of(self, paths: Iterable[str]) -> int:
        """The bitmap of these pages (paths not in the site are left out)."""
        return self.of_ordinals(o for p in paths if (o := self.ordinal.get(p)) is not None)

    def of_ordinals(self, ordinals: Iterable[int]) -> int:
        buf = bytearray((self.size + 7) // 8)
        for o in ordinals:
            buf[o >> 3] |= 1 << (o & 7)
        return int.from_bytes(buf, "little")

    def flags(self, bits: int) -> bytes:
        """`bits` as bytes, for testing one ordinal: `flags[o >> 3] >> (o & 7) & 1`."""
        return bits.to_bytes((self.size + 7) // 8, "little")

    def allowed(self, filters: Mapping[str, frozenset[str]], skip: str | None = None) -> int | None:
        """Pages passing every active filter except `skip` (OR within a facet, AND across
        facets); None when nothing is filtered."""
        allowed: int | None = None
        for facet, values in filters.items():
            if facet == skip or not values:
                continue
            union = self.unlabelled.get(facet, 0)
            for value in values:
                union |= self.bits.get((facet, value), 0) if facet in self.values else 0
            allowed = union if allowed is None else allowed & union
        excluded = self.excluded({f: v for f, v in filters.items() if f != skip})
        if excluded:
            allowed = (self.all if allowed is None else allowed) & ~excluded
        return allowed

    def excluded(self, filters: Mapping[str, frozenset[str]]) -> int:
        """The pages whose exception holds for the AI-act profile in `filters`."""
        labels = {f"{facet}-{value}" for facet in AI_ACT_FACETS for value in filters.get(facet, ())}
        if not labels:
            return 0
        return self.of_ordinals(o for o, rules in self.exceptions
                                if any(evaluate(rule, labels, literal_membership=True) for rule in rules))

    def counts(self, matched: int, filters: Mapping[str, frozenset[str]]) -> dict[str, dict[str, int]]:
        """Per facet value: how many matched pages it would give with the *other* filters."""
        out: dict[str, dict[str, int]] = {}
        for facet in FACETS:
            others = self.allowed(filters, skip=facet)
            base = matched if others is None else matched & others
            out[facet] = {value: (base & self.bits[(facet, value)]).bit_count() for value in self.values[facet]}
        return out

    def listed(self, bits: int, limit: int | None) -> list[Page]:
        """The pages in `bits`, in browse order, the first `limit` of them."""
        if bits == self.all:
            return self.pages[:limit] if limit is not None else list(self.pages)
        flags = self.flags(bits)
        out: list[Page] = []
        for o, page in enumerate(self.pages):
            if flags[o >> 3] >> (o & 7) & 1:
                out.append(page)
                if limit is not None and len(out) >= limit:
                    break
        return out
