"""The outcome of a walk as an AI-act profile in the site's front-matter vocabulary.

The vereisten pages carry six AI-act keys (`soort-toepassing`, `rol-ai-act`, `risicogroep`,
`transparantieverplichting`, `systeemrisico`, `open-source`) with slug values. The decision
tree gives labels in groups (categories.yaml `subcategory`). This module maps one onto the
other, explicitly:

label group (categories.yaml)   -> key: label -> value
- Soort toepassing              -> `soort-toepassing`:
    AI-systeem -> `ai-systeem`
    general-purpose system: AI-systeem voor algemene doeleinden -> `ai-systeem-voor-algemene-doeleinden`
    general-purpose model: AI-model voor algemene doeleinden -> `ai-model-voor-algemene-doeleinden`
- Verantwoordelijkheid (until v1.2.15 of the beslishulp: Rol) -> `rol-ai-act`:
    aanbieder, gebruiksverantwoordelijke, importeur, distributeur -> the same word
- Risicogroep                   -> `risicogroep`:
    hoog-risico AI -> `hoog-risico-ai-systeem`
    geen hoog-risico AI -> `geen-hoog-risico-ai-systeem`
    verboden AI -> `verboden-ai`
    uitzondering van toepassing -> `uitzondering-van-toepassing`
    niet van toepassing -> `niet-van-toepassing`
- Transparantieverplichting(en) -> `transparantieverplichting`:
    transparantieverplichting -> `transparantieverplichting`
    geen transparantieverplichting -> `geen-transparantieverplichting`
    niet van toepassing -> `niet-van-toepassing`
- Systeemrisico                 -> `systeemrisico`:
    systeemrisico -> `systeemrisico`; geen systeemrisico -> `geen-systeemrisico`
    niet van toepassing -> `niet-van-toepassing`
- Open source (or Open-source)  -> `open-source`:
    open-source -> `open-source`; geen open-source -> `geen-open-source`
    niet van toepassing -> `niet-van-toepassing`
- Operationeel                  -> no key (in gebruik, in ontwikkeling: listed as unmapped)
- Conformiteitsbeoordelingsinstantie -> no key (beoordeling door derde partij,
    niet van toepassing: listed as unmapped)

Labels are matched without regard to case or surrounding spaces (as the site's own mapper
does). Any label not in the table (e.g. "geen algoritme", a new label, or a label of a question
without a group) is kept in Profile.unmapped with the reason, never dropped silently.

The official site maps "Rol-aanbieder" etc. to `rol-ai-act`, but the beslishulp renamed that
group "Verantwoordelijkheid" in v1.2.15, so the site loses the role; here both names map.

At a conclusion, like upstream's "Nader te bepalen" -> "Niet van toepassing" step, the keys
whose vocabulary has `niet-van-toepassing` (risicogroep, transparantieverplichting,
systeemrisico, open-source) and that got no value are set to `niet-van-toepassing`;
Profile.filled says which. `soort-toepassing` and `rol-ai-act` have no such value and stay empty.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.beslishulp.session import Session

PROFILE_KEYS: tuple[str, ...] = (
    "soort-toepassing",
    "rol-ai-act",
    "risicogroep",
    "transparantieverplichting",
    "systeemrisico",
    "open-source",
)
NOT_APPLICABLE = "niet-van-toepassing"
#: Keys whose vocabulary has NOT_APPLICABLE: filled with it at a conclusion when still empty.
FILLABLE_KEYS: tuple[str, ...] = ("risicogroep", "transparantieverplichting", "systeemrisico", "open-source")

#: Display names of the keys (Dutch, as the site shows them).
KEY_TITLES: dict[str, str] = {
    "soort-toepassing": "Soort toepassing",
    "rol-ai-act": "Rol",
    "risicogroep": "Risicogroep",
    "transparantieverplichting": "Transparantieverplichting",
    "systeemrisico": "Systeemrisico",
    "open-source": "Open source",
}


#: Display text of the values (Dutch); anything else is shown with hyphens as spaces.
VALUE_TITLES: dict[str, str] = {
    "ai-systeem-voor-algemene-doeleinden": "AI-systeem voor algemene doeleinden",
    "ai-systeem": "AI-systeem",
    "ai-model-voor-algemene-doeleinden": "AI-model voor algemene doeleinden",
    "hoog-risico-ai-systeem": "hoog-risico AI-systeem",
    "geen-hoog-risico-ai-systeem": "geen hoog-risico AI-systeem",
    "verboden-ai": "verboden AI",
    "open-source": "open source",
    "geen-open-source": "geen open source",
}


def value_title(value: str) -> str:
    return VALUE_TITLES.get(value, value.replace("-", " "))


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


#: label group (normalised) -> profile key
GROUP_KEYS: dict[str, str] = {
    _norm(group): key
    for group, key in (
        ("Soort toepassing", "soort-toepassing"),
        ("Verantwoordelijkheid", "rol-ai-act"),
        ("Rol", "rol-ai-act"),
        ("Risicogroep", "risicogroep"),
        ("Transparantieverplichting", "transparantieverplichting"),
        ("Transparantieverplichtingen", "transparantieverplichting"),
        ("Systeemrisico", "systeemrisico"),
        ("Open source", "open-source"),
        ("Open-source", "open-source"),
    )
}
#: Groups the profile deliberately leaves out (the site ignores them as well).
IGNORED_GROUPS: frozenset[str] = frozenset({_norm("Operationeel"), _norm("Conformiteitsbeoordelingsinstantie")})

_NVT = ("niet van toepassing", NOT_APPLICABLE)
#: profile key -> {label (normalised) -> value}
LABEL_VALUES: dict[str, dict[str, str]] = {
    "soort-toepassing": {
        "ai-systeem voor algemene doeleinden": "ai-systeem-voor-algemene-doeleinden",
        "ai-systeem": "ai-systeem",
        "ai-model voor algemene doeleinden": "ai-model-voor-algemene-doeleinden",
    },
    # group "Verantwoordelijkheid" (formerly "Rol"): the site's role in the AI act
    "rol-ai-act": {
        "aanbieder": "aanbieder",
        "gebruiksverantwoordelijke": "gebruiksverantwoordelijke",
        "importeur": "importeur",
        "distributeur": "distributeur",
    },
    "risicogroep": dict([
        ("hoog-risico ai", "hoog-risico-ai-systeem"),
        ("geen hoog-risico ai", "geen-hoog-risico-ai-systeem"),
        ("verboden ai", "verboden-ai"),
        ("uitzondering van toepassing", "uitzondering-van-toepassing"),
        _NVT,
    ]),
    "transparantieverplichting": dict([
        ("transparantieverplichting", "transparantieverplichting"),
        ("geen transparantieverplichting", "geen-transparantieverplichting"),
        _NVT,
    ]),
    "systeemrisico": dict([("systeemrisico", "systeemrisico"), ("geen systeemrisico", "geen-systeemrisico"), _NVT]),
    "open-source": dict([("open-source", "open-source"), ("geen open-source", "geen-open-source"), _NVT]),
}


@dataclass(frozen=True)
class UnmappedLabel:
    group: str | None
    label: str
    reason: str  # Dutch


@dataclass(frozen=True)
class Profile:
    #: key -> values, for all six PROFILE_KEYS in that order (empty tuple: no value)
    values: Mapping[str, tuple[str, ...]]
    unmapped: tuple[UnmappedLabel, ...] = ()
    filled: frozenset[str] = frozenset()
    complete: bool = False  # made at a conclusion

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    def front_matter(self) -> dict[str, list[str]]:
        """The keys that have values, as a vereiste's front matter would list them."""
        return {key: list(vals) for key, vals in self.values.items() if vals}

    def site_labels(self) -> list[str]:
        """`key-value` strings, the form of the site's label filter and of the vereisten's
        `uitzondering` expressions (evaluate those with literal_membership=True)."""
        return [f"{key}-{value}" for key, vals in self.values.items() for value in vals]

    def lines(self) -> list[str]:
        """Dutch lines for display: one per key, then the unmapped labels."""
        out = []
        for key in PROFILE_KEYS:
            vals = self.values.get(key, ())
            shown = ", ".join(value_title(v) for v in vals) if vals else "nog niet bepaald"
            out.append(f"{KEY_TITLES[key]}: {shown}")
        for item in self.unmapped:
            out.append(f"Niet in het profiel: {item.label!r} ({item.reason})")
        return out


def map_label(group: str | None, label: str) -> tuple[str, str] | UnmappedLabel:
    """(key, value) for one label of a group, or why it has none."""
    if group is None:
        return UnmappedLabel(group, label, "de vraag heeft geen labelgroep")
    g = _norm(group)
    if g in IGNORED_GROUPS:
        return UnmappedLabel(group, label, f"de groep {group!r} hoort niet bij het profiel")
    key = GROUP_KEYS.get(g)
    if key is None:
        return UnmappedLabel(group, label, f"onbekende labelgroep {group!r}")
    value = LABEL_VALUES[key].get(_norm(label))
    if value is None:
        return UnmappedLabel(group, label, f"geen waarde voor dit label bij {key!r}")
    return key, value


def profile_from_labels(grouped: Iterable[tuple[str | None, str]], *, complete: bool = False) -> Profile:
    """A profile from (label group, label) pairs, e.g. Session.grouped_labels()."""
    values: dict[str, list[str]] = {key: [] for key in PROFILE_KEYS}
    unmapped: list[UnmappedLabel] = []
    for group, label in grouped:
        mapped = map_label(group, label)
        if isinstance(mapped, UnmappedLabel):
            unmapped.append(mapped)
        elif mapped[1] not in values[mapped[0]]:
            values[mapped[0]].append(mapped[1])
    filled = set()
    if complete:
        for key in FILLABLE_KEYS:
            if not values[key]:
                values[key] = [NOT_APPLICABLE]
                filled.add(key)
    return Profile({k: tuple(v) for k, v in values.items()}, tuple(unmapped), frozenset(filled), complete)


def profile_for(session: Session) -> Profile:
    """The profile of a session so far (complete once it reached a conclusion)."""
    return profile_from_labels(session.grouped_labels(), complete=session.finished)
