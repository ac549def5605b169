"""A loaded content root: its pages, the link graph between them, and its problems.

`Site.load(root)` is the entry point of the whole application: everything else (search
index, renderer, command line, window) works from a `Site`.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from reader.content.conditions import ConditionError, label_rule
from reader.content.model import (
    FACET_FASE,
    FACET_KEYS,
    FACET_ONDERWERP,
    FACET_SOORT,
    KIND_ORDER,
    PHASE_ORDER,
    TAXONOMY_KINDS,
    Kind,
    Page,
    Problem,
    Severity,
    ai_act_order,
)

if TYPE_CHECKING:
    from reader.content import links as linkmod

# `loader` (PyYAML) and `links` (its regular expressions) are imported where they are used:
# a site restored from its start-up snapshot (`reader.content.snapshot`) needs neither
# before the window's first paint.

#: front-matter key -> kind of the pages its stems point to
RELATION_TARGETS: dict[str, Kind] = {"maatregel": Kind.MAATREGEL, "vereiste": Kind.VEREISTE}
#: taxonomy key -> kind of the pages that define its values
TAXONOMY_TARGETS: dict[str, Kind] = {
    "rollen": Kind.ROL,
    "levenscyclus": Kind.FASE,
    "onderwerp": Kind.ONDERWERP,
}


@dataclass(frozen=True)
class Ref:
    """One entry of a relation list: the stem as written, and the page if it resolves."""

    stem: str
    page: Page | None


@dataclass
class Site:
    root: Path
    pages: dict[str, Page]
    files: frozenset[str]  # non-Markdown files, relative paths
    glossary: dict[str, str]
    problems: list[Problem] = field(default_factory=list)
    glossary_file: Path | None = None

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, root: Path | str, progress: Callable[[int, int], None] | None = None) -> Site:
        """Read every file under `root`; `progress(done, total)` is told how far the
        reading got, every 100 files and at the end."""
        from reader.content.loader import (
            find_glossary,
            iter_files,
            parse_glossary,
            parse_page,
            symlink_stub_target,
        )

        root = Path(root).expanduser().resolve()
        problems: list[Problem] = []
        if not root.is_dir():
            problems.append(
                Problem(str(root), None, Severity.ERROR, "no-root", "Inhoudsmap bestaat niet.")
            )
            return cls(root, {}, frozenset(), {}, problems)
        pages: dict[str, Page] = {}
        files: set[str] = set()
        sources = deque(iter_files(root, problems))  # let each go once read: 30k add up
        total = len(sources)
        while sources:
            source = sources.popleft()
            done = total - len(sources) - 1
            if progress is not None and done % 100 == 0:
                progress(done, total)
            if not source.rel.endswith(".md"):
                files.add(source.rel)
                continue
            try:
                data = source.path.read_bytes()
            except OSError as exc:
                problems.append(
                    Problem(source.rel, None, Severity.ERROR, "unreadable", f"Kan niet lezen: {exc}")
                )
                continue
            stub = symlink_stub_target(source.rel, data)
            if stub is not None and (stub.startswith("..") or stub.startswith("/")):
                problems.append(
                    Problem(
                        source.rel,
                        1,
                        Severity.ERROR,
                        "symlink-outside-root",
                        f"Symbolische link (als tekstbestand) naar '{stub}' wijst buiten de "
                        "inhoudsmap; niet gelezen.",
                    )
                )
                continue
            page = parse_page(source, data, problems)
            pages[page.path] = page
        glossary_file = find_glossary(root)
        glossary: dict[str, str] = {}
        if glossary_file is not None:
            try:
                glossary = parse_glossary(glossary_file.read_text(encoding="utf-8", errors="replace"))
            except OSError as exc:
                problems.append(
                    Problem("includes/begrippenlijst.md", None, Severity.WARNING, "unreadable", str(exc))
                )
        site = cls(root, pages, frozenset(files), glossary, problems, glossary_file)
        site.problems.extend(site.validate())
        site.problems.sort(key=lambda p: (p.file, p.line or 0, p.code, p.message))
        if progress is not None:
            progress(total, total)
        return site

    # ------------------------------------------------------------------ lookups
    def get(self, path: str) -> Page | None:
        return self.pages.get(path)

    def has_page(self, path: str) -> bool:
        return path in self.pages

    def has_file(self, path: str) -> bool:
        return path in self.files

    @cached_property
    def _by_kind_stem(self) -> dict[Kind, dict[str, Page]]:
        out: dict[Kind, dict[str, Page]] = defaultdict(dict)
        for page in self.pages.values():
            out[page.kind][page.stem] = page
        return out

    def by_stem(self, kind: Kind, stem: str) -> Page | None:
        return self._by_kind_stem.get(kind, {}).get(stem)

    def of_kind(self, kind: Kind) -> list[Page]:
        return sorted(self._by_kind_stem.get(kind, {}).values(), key=Page.sort_key)

    def sorted_pages(self, paths: Iterable[str] | None = None) -> list[Page]:
        chosen = self.pages.values() if paths is None else (self.pages[p] for p in paths if p in self.pages)
        return sorted(chosen, key=Page.sort_key)

    # ------------------------------------------------------------------ graph
    def refs(self, page: Page, key: str) -> list[Ref]:
        """The stems a page lists under `maatregel` or `vereiste`, in front-matter order."""
        kind = RELATION_TARGETS[key]
        return [Ref(stem, self.by_stem(kind, stem)) for stem in page.values(key)]

    def maatregelen_of(self, page: Page) -> list[Ref]:
        return self.refs(page, "maatregel")

    def vereisten_of(self, page: Page) -> list[Ref]:
        return self.refs(page, "vereiste")

    @cached_property
    def _reverse(self) -> dict[tuple[str, str], list[str]]:
        """(key, target path) -> source paths, for `maatregel` and `vereiste` edges."""
        out: dict[tuple[str, str], list[str]] = defaultdict(list)
        for page in self.sorted_pages():
            for key in RELATION_TARGETS:
                for ref in self.refs(page, key):
                    if ref.page is not None and page.path not in out[(key, ref.page.path)]:
                        out[(key, ref.page.path)].append(page.path)
        return out

    def referrers(self, target: Page, key: str, kind: Kind | None = None) -> list[Page]:
        """Pages that list `target` under `key` (back-links), optionally of one kind."""
        pages = [self.pages[p] for p in self._reverse.get((key, target.path), [])]
        return [p for p in pages if kind is None or p.kind is kind]

    def hulpmiddelen_using(self, maatregel: Page) -> list[Page]:
        return self.referrers(maatregel, "maatregel", Kind.HULPMIDDEL)

    def maatregelen_serving(self, vereiste: Page) -> list[Page]:
        return self.referrers(vereiste, "vereiste", Kind.MAATREGEL)

    def hulpmiddelen_citing(self, vereiste: Page) -> list[Page]:
        return self.referrers(vereiste, "vereiste", Kind.HULPMIDDEL)

    @cached_property
    def _members(self) -> dict[tuple[str, str], frozenset[str]]:
        """(facet, value) -> paths of the pages that carry it."""
        out: dict[tuple[str, str], set[str]] = defaultdict(set)
        for page in self.pages.values():
            for facet in FACET_KEYS:
                for value in page.facet_values(facet):
                    out[(facet, value)].add(page.path)
        return {k: frozenset(v) for k, v in out.items()}

    def members(self, facet: str, value: str) -> frozenset[str]:
        return self._members.get((facet, value), frozenset())

    @cached_property
    def _facet_values(self) -> dict[str, list[str]]:
        return {facet: self._compute_facet_values(facet) for facet in FACET_KEYS}

    def facet_values(self, facet: str) -> list[str]:
        """Every value of a facet, in display order (phases in lifecycle order)."""
        return list(self._facet_values[facet])

    def _compute_facet_values(self, facet: str) -> list[str]:
        if facet == FACET_SOORT:
            present = {k for (f, k) in self._members if f == FACET_SOORT}
            return [str(k) for k in KIND_ORDER if str(k) in present]
        if facet not in TAXONOMY_KINDS:  # AI-act labels and laws
            return sorted({v for (f, v) in self._members if f == facet}, key=ai_act_order)
        kind = TAXONOMY_KINDS[facet]
        defined = [p.stem for p in self.of_kind(kind)]
        used = {v for (f, v) in self._members if f == facet}
        values = list(dict.fromkeys(defined + sorted(used - set(defined))))
        if facet == FACET_FASE:
            values.sort(key=lambda v: (PHASE_ORDER.index(v) if v in PHASE_ORDER else 99, v))
        return values

    @cached_property
    def taxonomy_labels(self) -> dict[tuple[str, str], str]:
        labels: dict[tuple[str, str], str] = {}
        for facet, kind in TAXONOMY_KINDS.items():
            for page in self.of_kind(kind):
                labels[(facet, page.stem)] = page.title
        return labels

    def label(self, facet: str, value: str) -> str:
        """Display label of a facet value: the title of its own page."""
        if facet == FACET_SOORT:
            try:
                return Kind(value).label
            except ValueError:
                return value
        found = self.taxonomy_labels.get((facet, value))
        return found or value.replace("-", " ").capitalize()

    def short_label(self, facet: str, value: str) -> str:
        """A label short enough for chips and the sidebar.

        Phases drop the "Fase 2, " prefix of their titles. Topic pages have long titles
        ("Discriminerende effecten en ander ongewenst onderscheid ..."), so a topic is named
        by its own value instead (`bias-en-non-discriminatie` -> "Bias en non-discriminatie").
        """
        if facet == FACET_ONDERWERP:
            text = re.sub(r"\bnon (\w)", r"non-\1", value.replace("-", " ").strip())
            return text[:1].upper() + text[1:]
        text = self.label(facet, value)
        if facet == FACET_FASE and text.lower().startswith("fase ") and ("," in text or ":" in text):
            text = text.split(",", 1)[-1] if "," in text else text.split(":", 1)[-1]
            text = text.strip()
            text = text[:1].upper() + text[1:]
        return text

    def taxonomy_page(self, facet: str, value: str) -> Page | None:
        return self.by_stem(TAXONOMY_KINDS[facet], value) if facet in TAXONOMY_KINDS else None

    # ------------------------------------------------------------------ links
    @cached_property
    def anchors_of(self) -> _Anchors:
        """path -> the fragment ids its rendered page has (worked out per page on first use:
        only pages that links point into with a `#fragment` are ever asked)."""
        return _Anchors(self.pages)

    def resolve(self, page: Page, url: str, *, is_html: bool = False) -> linkmod.Target:
        from reader.content import links as linkmod

        return linkmod.resolve(
            page.path, url, is_html=is_html, has_page=self.has_page, has_file=self.has_file
        )

    def outgoing_links(self, page: Page) -> list[tuple[linkmod.RawLink, linkmod.Target]]:
        from reader.content import links as linkmod
        from reader.content.limits import too_complex

        if too_complex(page.body):  # shown as plain text: it has no links
            return []
        return [
            (raw, self.resolve(page, raw.url, is_html=raw.is_html))
            for raw in linkmod.extract_links(page.body)
        ]

    def linked_pages(self, page: Page) -> list[str]:
        """Paths of the pages this page's body links to, in order, without repeats."""
        from reader.content import links as linkmod

        seen: dict[str, None] = {}
        for _raw, target in self.outgoing_links(page):
            if target.kind is linkmod.TargetKind.PAGE and target.path != page.path:
                seen[target.path] = None
        return list(seen)

    @cached_property
    def incoming(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for page in self.sorted_pages():
            for target in self.linked_pages(page):
                out[target].append(page.path)
        return out

    # ------------------------------------------------------------------ checks
    def validate(self) -> list[Problem]:
        out: list[Problem] = []
        by_id: dict[str, list[Page]] = defaultdict(list)
        for page in self.sorted_pages():
            out.extend(self._check_relations(page))
            out.extend(self._check_links(page))
            if page.urn:
                by_id[page.urn].append(page)
        for urn, same in by_id.items():
            for page in same if len(same) > 1 else ():
                others = ", ".join(p.file for p in same if p is not page)
                out.append(Problem(page.file, None, Severity.ERROR, "duplicate-id",
                                   f"Id '{urn}' staat ook in {others}."))
        return out

    def _check_relations(self, page: Page) -> list[Problem]:
        out = []
        for key, kind in RELATION_TARGETS.items():
            for ref in self.refs(page, key):
                if ref.page is None:
                    out.append(
                        Problem(
                            page.file,
                            None,
                            Severity.ERROR,
                            "unknown-stem",
                            f"'{key}' noemt '{ref.stem}', maar er is geen {kind.label.lower()} "
                            "met die bestandsnaam.",
                        )
                    )
        for item in page.values("uitzondering"):
            try:
                label_rule(item)
            except ConditionError as exc:
                out.append(Problem(page.file, None, Severity.WARNING, "unreadable-exception",
                                   f"'uitzondering' is niet te lezen en wordt genegeerd: {exc}"))
        if not any(self._by_kind_stem.get(k) for k in TAXONOMY_TARGETS.values()):
            return out  # a content root without taxonomy pages: nothing to check against
        for key, kind in TAXONOMY_TARGETS.items():
            known = self._by_kind_stem.get(kind, {})
            for value in page.values(key):
                if value not in known:
                    out.append(
                        Problem(
                            page.file,
                            None,
                            Severity.ERROR,
                            "unknown-label",
                            f"'{key}' heeft de onbekende waarde '{value}'.",
                        )
                    )
        return out

    def _check_links(self, page: Page) -> list[Problem]:
        from reader.content import links as linkmod

        out = []
        T = linkmod.TargetKind
        for raw, target in self.outgoing_links(page):
            line = page.body_line + raw.line
            if target.kind is T.MISSING:
                out.append(
                    Problem(
                        page.file,
                        line,
                        Severity.ERROR,
                        "missing-target",
                        f"Link naar '{raw.url}' wijst naar iets dat niet bestaat.",
                    )
                )
            elif target.kind is T.EMPTY and raw.is_script:
                out.append(
                    Problem(
                        page.file,
                        line,
                        Severity.INFO,
                        "script-link",
                        "Link werkt op de website alleen met JavaScript; de app toont hem als tekst.",
                    )
                )
            elif target.kind is T.EMPTY:
                out.append(
                    Problem(page.file, line, Severity.WARNING, "empty-link", "Link zonder doel.")
                )
            elif target.kind is T.UNSAFE:
                out.append(
                    Problem(
                        page.file,
                        line,
                        Severity.WARNING,
                        "unsafe-link",
                        f"Link '{raw.url[:40]}' is geen veilige link en wordt niet getoond.",
                    )
                )
            elif target.kind in (T.PAGE, T.SAME_PAGE) and target.anchor:
                if target.anchor not in self.anchors_of.get(target.path, frozenset()):
                    out.append(
                        Problem(
                            page.file,
                            line,
                            Severity.ERROR,
                            "missing-anchor",
                            f"Link naar '{raw.url}': de pagina heeft geen kop '#{target.anchor}'.",
                        )
                    )
        return out

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]


class _Anchors:
    """The fragment ids of each page, read from its body when first asked for."""

    def __init__(self, pages: dict[str, Page]) -> None:
        self._pages = pages
        self._known: dict[str, frozenset[str]] = {}

    def __getitem__(self, path: str) -> frozenset[str]:
        found = self._known.get(path)
        if found is None:
            from reader.content import links as linkmod

            found = self._known[path] = linkmod.anchors(self._pages[path].body)
        return found

    def get(self, path: str, default: frozenset[str] = frozenset()) -> frozenset[str]:
        return self[path] if path in self._pages else default
