"""A project's working list: what applies to its roles, phases and AI-act profile.

The maatregelen and vereisten that pass the same filter the search applies (roles OR'ed,
phases current + planned OR'ed, the AI-act profile with its lenient rule and the vereisten's
exceptions: `FacetBits.allowed`), plus the maatregelen linked from the project's chosen
hulpmiddelen, plus what the user added by hand, minus what the user removed by hand. Items
are never dropped: one the user worked on that no longer matches is flagged
`niet-meer-in-profiel`, one whose page is gone `niet-in-inhoud`, one whose page changed since
the user last touched it `gewijzigd`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reader.content import Page, Site
from reader.content.model import FACET_FASE, FACET_ROL, FACET_SOORT, PHASE_ORDER, Kind
from reader.projects.database import STATUSES, ItemState, Project, ProjectStore, content_hash, item_key
from reader.search.facets import FacetBits

KINDS: tuple[str, ...] = (str(Kind.MAATREGEL), str(Kind.VEREISTE))
FLAG_NOT_IN_PROFILE = "niet-meer-in-profiel"
FLAG_NOT_IN_CONTENT = "niet-in-inhoud"
FLAG_CHANGED = "gewijzigd"
OTHER_PHASE = ""  # the last group: items without a matching phase
DONE = ("gedaan", "niet-van-toepassing")


@dataclass
class Entry:
    key: str
    page: Page | None
    state: ItemState
    phase: str = OTHER_PHASE
    sources: tuple[str, ...] = ()  # "profiel", "hulpmiddel", "hand"
    flags: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return self.page.title if self.page else self.key

    @property
    def kind(self) -> str:
        return str(self.page.kind) if self.page else ""

    @property
    def url(self) -> str:
        return self.page.url if self.page else ""

    @property
    def open(self) -> bool:
        return self.state.status not in DONE


@dataclass
class Progress:
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def done(self) -> int:
        """gedaan plus niet van toepassing."""
        return sum(self.counts[s] for s in DONE)

    def as_dict(self) -> dict[str, int]:
        return {**{s: self.counts[s] for s in STATUSES}, "totaal": self.total, "afgerond": self.done}


@dataclass
class Group:
    phase: str  # a PHASE_ORDER value, or OTHER_PHASE
    entries: list[Entry]

    @property
    def progress(self) -> Progress:
        return Progress(Counter(e.state.status for e in self.entries))


@dataclass
class Worklist:
    project: Project
    groups: list[Group]

    @property
    def entries(self) -> list[Entry]:
        return [e for g in self.groups for e in g.entries]

    @property
    def keys(self) -> set[str]:
        return {e.key for e in self.entries}

    @property
    def progress(self) -> Progress:
        return Progress(Counter(e.state.status for e in self.entries))


def profile_filters(project: Project) -> dict[str, frozenset[str]]:
    """The project as search filters (the same a `Query` gives the engine)."""
    filters = {FACET_ROL: frozenset(project.roles), FACET_FASE: frozenset(project.phases),
               FACET_SOORT: frozenset(KINDS)}
    for facet, values in project.profile.items():
        if values:
            filters[facet] = frozenset(values)
    return filters


def matching(site: Site, project: Project, bits: FacetBits | None = None) -> list[Page]:
    """The maatregelen and vereisten the project's filters give, in browse order."""
    bits = bits if bits is not None and bits.site is site else FacetBits(site)
    allowed = bits.allowed(profile_filters(project))
    return bits.listed(bits.all if allowed is None else allowed, None)


def _phase_of(page: Page | None, project: Project) -> str:
    if page is None:
        return OTHER_PHASE
    own = [p for p in PHASE_ORDER if p in page.values("levenscyclus")]
    chosen = [p for p in own if p in project.phases] if project.phases else own
    return chosen[0] if chosen else OTHER_PHASE


def worklist(site: Site, project: Project, store: ProjectStore, bits: FacetBits | None = None) -> Worklist:
    by_key = {item_key(p): p for p in site.pages.values()}
    sources: dict[str, list[str]] = {}
    for page in matching(site, project, bits):
        sources.setdefault(item_key(page), []).append("profiel")
    for ref in project.hulpmiddelen:
        tool = site.get(ref) or by_key.get(ref)
        if tool is None:
            continue
        for linked in site.maatregelen_of(tool):
            if linked.page is not None:
                sources.setdefault(item_key(linked.page), []).append("hulpmiddel")
    states = store.items(project.id)
    for key, state in states.items():
        if state.membership == "added":
            sources.setdefault(key, []).append("hand")
    entries: list[Entry] = []
    for key in list(sources) + [k for k in states if k not in sources]:
        state = states.get(key) or ItemState(key)
        if state.membership == "removed":
            continue
        found = by_key.get(key)
        flags = []
        if key not in sources:
            if not state.has_user_state:
                continue
            flags.append(FLAG_NOT_IN_PROFILE)
        if found is None:
            flags.append(FLAG_NOT_IN_CONTENT)
        elif state.seen_hash and content_hash(found, site.root) != state.seen_hash:
            flags.append(FLAG_CHANGED)
        entries.append(Entry(key, found, state, _phase_of(found, project), tuple(sources.get(key, ())), tuple(flags)))
    order = {p: i for i, p in enumerate(PHASE_ORDER)}
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        groups.setdefault(entry.phase, []).append(entry)
    ranked = sorted(groups, key=lambda phase: order.get(phase, len(order)))
    return Worklist(project, [Group(phase, groups[phase]) for phase in ranked])
