"""Value types of the content layer: pages, kinds, facets and problems.

Everything here is plain data: no I/O, no Qt, no Whoosh.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any


class Kind(StrEnum):
    """What a page is, decided by where it lives in the content root."""

    HULPMIDDEL = "hulpmiddel"
    MAATREGEL = "maatregel"
    VEREISTE = "vereiste"
    ROL = "rol"
    FASE = "fase"
    ONDERWERP = "onderwerp"
    INDEX = "index"
    OTHER = "other"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS: dict[Kind, str] = {
    Kind.HULPMIDDEL: "Hulpmiddel",
    Kind.MAATREGEL: "Maatregel",
    Kind.VEREISTE: "Vereiste",
    Kind.ROL: "Rol",
    Kind.FASE: "Levenscyclusfase",
    Kind.ONDERWERP: "Onderwerp",
    Kind.INDEX: "Overzicht",
    Kind.OTHER: "Uitleg",
}

#: Browse order of kinds: the three main kinds first.
KIND_ORDER: tuple[Kind, ...] = (
    Kind.HULPMIDDEL,
    Kind.MAATREGEL,
    Kind.VEREISTE,
    Kind.ROL,
    Kind.FASE,
    Kind.ONDERWERP,
    Kind.OTHER,
    Kind.INDEX,
)

SECTION = "voldoen-aan-wetten-en-regels"
#: Folder of each of the three main kinds, relative to the content root.
KIND_FOLDERS: dict[Kind, str] = {
    Kind.HULPMIDDEL: f"{SECTION}/hulpmiddelen",
    Kind.MAATREGEL: f"{SECTION}/maatregelen",
    Kind.VEREISTE: f"{SECTION}/vereisten",
    Kind.ROL: "rollen",
    Kind.FASE: "levenscyclus",
    Kind.ONDERWERP: "onderwerpen",
}

#: The lifecycle order of the phases (the site numbers them 0..8).
PHASE_ORDER: tuple[str, ...] = (
    "organisatieverantwoordelijkheden",
    "probleemanalyse",
    "ontwerp",
    "dataverkenning-en-datapreparatie",
    "ontwikkelen",
    "verificatie-en-validatie",
    "implementatie",
    "monitoring-en-beheer",
    "uitfaseren",
)

#: The AI-act profile of a vereiste (the decision aid's result, in the same vocabulary):
#: each is a facet of the same name. A page without values for one of them is not limited
#: by it (the site's rule: maatregelen and hulpmiddelen carry none and always pass).
FACET_SOORT_TOEPASSING = "soort-toepassing"
FACET_ROL_AI_ACT = "rol-ai-act"
FACET_RISICOGROEP = "risicogroep"
FACET_TRANSPARANTIE = "transparantieverplichting"
FACET_SYSTEEMRISICO = "systeemrisico"
FACET_OPEN_SOURCE = "open-source"
AI_ACT_FACETS: tuple[str, ...] = (
    FACET_SOORT_TOEPASSING,
    FACET_ROL_AI_ACT,
    FACET_RISICOGROEP,
    FACET_TRANSPARANTIE,
    FACET_SYSTEEMRISICO,
    FACET_OPEN_SOURCE,
)
#: The AI-act roles in the act's own order (the other AI-act values sort by `ai_act_order`).
AI_ACT_ROLES: tuple[str, ...] = ("aanbieder", "gebruiksverantwoordelijke", "importeur", "distributeur")


def ai_act_order(value: str) -> tuple[int, int, str]:
    """Display order of an AI-act value: the positive values, their `geen-` negations,
    then the exception and "not applicable"."""
    if value == "niet-van-toepassing":
        rank = 3
    elif value == "uitzondering-van-toepassing":
        rank = 2
    else:
        rank = 1 if value.startswith("geen-") else 0
    role = AI_ACT_ROLES.index(value) if value in AI_ACT_ROLES else len(AI_ACT_ROLES)
    return (rank, role, value)


#: The facet names: the one place they are spelled (the filters of a search, the sidebar's
#: groups, the CLI's options, the saved session, reader://filter links).
FACET_ROL = "rol"
FACET_FASE = "fase"
FACET_ONDERWERP = "onderwerp"
FACET_SOORT = "soort"  # the page's kind
FACET_WETGEVING = "wetgeving"  # the law a vereiste's id names
#: The facets of the site's own taxonomy and page kinds (a `Query`'s roles, phases, topics, kinds).
BASIC_FACETS: tuple[str, ...] = (FACET_ROL, FACET_FASE, FACET_ONDERWERP, FACET_SOORT)
#: The AI-act profile and the law: the filters for vereisten.
PROFILE_FACETS: tuple[str, ...] = (*AI_ACT_FACETS, FACET_WETGEVING)
#: Facets a search can filter on: facet name -> front-matter key ("kind" and "wetgeving"
#: come from the page itself: its kind, and the law a vereiste's id names).
FACET_KEYS: dict[str, str] = {
    FACET_ROL: "rollen",
    FACET_FASE: "levenscyclus",
    FACET_ONDERWERP: "onderwerp",
    FACET_SOORT: "kind",
    **{facet: facet for facet in AI_ACT_FACETS},
    FACET_WETGEVING: FACET_WETGEVING,
}
#: Facets backed by a taxonomy folder: facet -> kind of the pages that define its values.
TAXONOMY_KINDS: dict[str, Kind] = {FACET_ROL: Kind.ROL, FACET_FASE: Kind.FASE, FACET_ONDERWERP: Kind.ONDERWERP}

#: Relation and label keys, each normalised to a tuple of strings.
RELATION_KEYS: tuple[str, ...] = ("maatregel", "vereiste")
TAXONOMY_KEYS: tuple[str, ...] = ("rollen", "levenscyclus", "onderwerp")
AI_ACT_KEYS: tuple[str, ...] = (
    "soort-toepassing",
    "risicogroep",
    "rol-ai-act",
    "transparantieverplichting",
    "systeemrisico",
    "open-source",
    "uitzondering",
)
LIST_KEYS: tuple[str, ...] = (*TAXONOMY_KEYS, "categorie", *RELATION_KEYS, *AI_ACT_KEYS)

SITE_URL = "https://minbzk.github.io/Algoritmekader/"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, order=True)
class Problem:
    """Something wrong in the content, reported instead of raised."""

    file: str
    line: int | None
    severity: Severity
    code: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "severity": str(self.severity),
            "code": self.code,
            "message": self.message,
        }

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.severity}: {self.message} [{self.code}]"


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class Page:
    """One Markdown file of the content root, parsed and normalised."""

    path: str  # relative path without ".md", "/"-separated
    kind: Kind
    title: str
    body: str  # Markdown after the front matter
    body_line: int  # 1-based line number of the body's first line in the file
    urn: str | None = None
    labels: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _frozen({}))
    sources: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _frozen({}))
    meta: Mapping[str, Any] = field(default_factory=lambda: _frozen({}))
    mtime_ns: int = 0
    size: int = 0

    @property
    def stem(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def folder(self) -> str:
        return self.path.rsplit("/", 1)[0] if "/" in self.path else ""

    @property
    def file(self) -> str:
        """Path of the source file relative to the content root."""
        return self.path + ".md"

    @property
    def short_id(self) -> str | None:
        """The id as the site shows it: `org-02`, `aia-01`."""
        if self.urn and self.urn.startswith("urn:nl:ak:") and len(self.urn) > 14:
            return self.urn[14:]
        return None

    @property
    def summary(self) -> str:
        for key in ("toelichting", "summary"):
            value = self.meta.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return ""

    def values(self, key: str) -> tuple[str, ...]:
        """A list-valued key, normalised (empty tuple when absent)."""
        if key == "kind":
            return (str(self.kind),)
        if key == "wetgeving":
            return (self.law,) if self.law else ()
        return self.labels.get(key, ())

    @property
    def law(self) -> str:
        """The law a vereiste belongs to, as its id names it: `avg` for `avg-13`, `aia`
        for `aia-01` (the site's "Wetgeving" column); "" for other pages."""
        if self.kind is not Kind.VEREISTE:
            return ""
        short = self.short_id or self.stem
        code = short.split("-", 1)[0].lower()
        return code if code.isalpha() else ''

    def facet_values(self, facet: str) -> tuple[str, ...]:
        return self.values(FACET_KEYS[facet])

    @property
    def url(self) -> str:
        """The page's address on the official site (directory URLs)."""
        path = self.path
        if path == "index":
            return SITE_URL
        if path.endswith("/index"):
            path = path[: -len("/index")]
        return f"{SITE_URL}{path}/"

    def sort_key(self) -> tuple[int, str, str]:
        """Browse order: kind, then id (maatregelen, vereisten) or title."""
        kind_rank = KIND_ORDER.index(self.kind)
        if self.kind in (Kind.MAATREGEL, Kind.VEREISTE):
            return (kind_rank, self.stem.lower(), "")
        if self.kind is Kind.FASE and self.stem in PHASE_ORDER:
            return (kind_rank, f"{PHASE_ORDER.index(self.stem):02d}", "")
        return (kind_rank, self.title.casefold(), self.path)


@dataclass(frozen=True)
class SourceFile:
    """A file of the content root as found on disk, before parsing."""

    path: Path
    rel: str  # "/"-separated, with suffix
    mtime_ns: int
    size: int
