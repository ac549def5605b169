"""What changed between two packs, item by item: a page is keyed by its id (URN) when it has
one, else by its path (hulpmiddelen and overview pages have no id).

    diff = diff_sites(old_site, new_site)     -> PackDiff: added, removed, changed
    changed_ids(old_site, new_site)           -> the ids whose item changed or is gone
    diff_html(diff)                           -> the "Wat is er veranderd" page
    diff.as_dict()                            -> for `ak-reader diff --json`

Per changed item it says which fields changed (title, roles, phases, topics, linked
maatregelen and vereisten, the text) and, for the text, how much of it is new
(`text_change`: 0.0 same words, 1.0 nothing in common).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from html import escape
from typing import TYPE_CHECKING, Any

from reader.render.urls import page_url

if TYPE_CHECKING:
    from reader.content import Site
    from reader.content.model import Page

#: the compared fields: name -> (Dutch label, the page's list key); "title" and "text" apart
LIST_FIELDS: dict[str, tuple[str, str]] = {
    "rollen": ("Rollen", "rollen"),
    "fasen": ("Fasen", "levenscyclus"),
    "onderwerpen": ("Onderwerpen", "onderwerp"),
    "maatregelen": ("Maatregelen", "maatregel"),
    "vereisten": ("Vereisten", "vereiste"),
}
LABELS = {"titel": "Titel", **{k: v[0] for k, v in LIST_FIELDS.items()}, "tekst": "Tekst"}
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class FieldChange:
    """One field of an item: its old and new value; for a list the values added and removed."""

    name: str
    old: str | tuple[str, ...]
    new: str | tuple[str, ...]

    @property
    def added(self) -> tuple[str, ...]:
        return tuple(v for v in self.new if v not in self.old) if isinstance(self.new, tuple) else ()

    @property
    def removed(self) -> tuple[str, ...]:
        return tuple(v for v in self.old if v not in self.new) if isinstance(self.old, tuple) else ()


@dataclass(frozen=True)
class Item:
    """An item in one pack: its id, path (in that pack), title and kind."""

    id: str
    path: str
    title: str
    kind: str


@dataclass(frozen=True)
class ItemChange:
    old: Item
    new: Item
    fields: tuple[FieldChange, ...]
    text_change: float = 0.0  # share of the words that differ, 0.0..1.0

    @property
    def id(self) -> str:
        return self.new.id

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


@dataclass(frozen=True)
class PackDiff:
    old_name: str
    new_name: str
    added: tuple[Item, ...] = ()
    removed: tuple[Item, ...] = ()
    changed: tuple[ItemChange, ...] = ()
    unchanged: int = 0
    _by_id: dict[str, ItemChange] = field(default_factory=dict, compare=False, repr=False)

    def change(self, item_id: str) -> ItemChange | None:
        return self._by_id.get(item_id)

    def as_dict(self) -> dict[str, Any]:
        def item(i: Item) -> dict[str, str]:
            return {"id": i.id, "path": i.path, "title": i.title, "kind": i.kind}

        def change(c: ItemChange) -> dict[str, Any]:
            fields: dict[str, Any] = {}
            for f in c.fields:
                if f.name == "tekst":
                    fields[f.name] = {"verandering": round(c.text_change, 3)}
                elif isinstance(f.new, tuple):
                    fields[f.name] = {"toegevoegd": list(f.added), "verwijderd": list(f.removed)}
                else:
                    fields[f.name] = {"oud": f.old, "nieuw": f.new}
            return {**item(c.new), "old_path": c.old.path, "changes": fields}

        return {"old": self.old_name, "new": self.new_name, "unchanged": self.unchanged,
                "added": [item(i) for i in self.added], "removed": [item(i) for i in self.removed],
                "changed": [change(c) for c in self.changed]}


def item_key(page: Page) -> str:
    """The key an item is compared by: its URN, else its path."""
    return page.urn or page.path


def items(site: Site) -> dict[str, Page]:
    """The site's pages by `item_key` (the first page of an id wins)."""
    out: dict[str, Page] = {}
    for path in sorted(site.pages):
        page = site.pages[path]
        out.setdefault(item_key(page), page)
    return out


def _item(page: Page) -> Item:
    return Item(item_key(page), page.path, page.title, str(page.kind))


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def text_change(old: str, new: str) -> float:
    """How much of the text differs, by words: 1 - the matching share (0.0: same words)."""
    a, b = words(old), words(new)
    if a == b:
        return 0.0
    return 1.0 - SequenceMatcher(None, a, b, autojunk=False).ratio()


def compare(old: Page, new: Page) -> ItemChange | None:
    """What changed in one item, or None when nothing did."""
    fields: list[FieldChange] = []
    if old.title.strip() != new.title.strip():
        fields.append(FieldChange("titel", old.title, new.title))
    for name, (_label, key) in LIST_FIELDS.items():
        a, b = old.values(key), new.values(key)
        if set(a) != set(b):
            fields.append(FieldChange(name, a, b))
    change = 0.0
    if words(old.body) != words(new.body):
        change = text_change(old.body, new.body)
        fields.append(FieldChange("tekst", "", ""))
    if not fields:
        return None
    return ItemChange(_item(old), _item(new), tuple(fields), change)


def diff_sites(old: Site, new: Site, old_name: str = "", new_name: str = "") -> PackDiff:
    """Compare two sites by item id."""
    a, b = items(old), items(new)
    added = tuple(_item(b[i]) for i in sorted(b.keys() - a.keys()))
    removed = tuple(_item(a[i]) for i in sorted(a.keys() - b.keys()))
    changed = []
    for i in sorted(a.keys() & b.keys()):
        if (c := compare(a[i], b[i])) is not None:
            changed.append(c)
    return PackDiff(old_name or str(old.root), new_name or str(new.root), added, removed, tuple(changed),
                    len(a.keys() & b.keys()) - len(changed), {c.id: c for c in changed})


def changed_ids(old: Site, new: Site) -> set[str]:
    """The ids of the items that changed or are gone in `new`: the bookmarks, notes and
    project items to flag after switching from `old` to `new`."""
    diff = diff_sites(old, new)
    return {c.id for c in diff.changed} | {i.id for i in diff.removed}


def _describe(change: ItemChange) -> str:
    parts = []
    for f in change.fields:
        label = LABELS[f.name]
        if f.name == "tekst":
            share = round(change.text_change * 100)
            parts.append(f"{label}: {share}% anders" if share else f"{label}: minder dan 1% anders")
        elif f.name == "titel":
            parts.append(f"{label}: was “{escape(str(f.old))}”")
        else:
            bits = [f"+{escape(v)}" for v in f.added] + [f"−{escape(v)}" for v in f.removed]
            parts.append(f"{label}: {', '.join(bits)}")
    return "; ".join(parts)


def describe(change: ItemChange) -> str:
    """One line (plain text) of what changed in the item."""
    from html import unescape

    return unescape(_describe(change))


def _link(item: Item) -> str:
    return f'<a href="{escape(page_url(item.path))}">{escape(item.title)}</a> <small>{escape(item.id)}</small>'


def diff_html(diff: PackDiff, *, dark: bool = False) -> str:
    """The "Wat is er veranderd" page: links are reader:// page addresses in the new pack
    (removed items link to their path in the old one)."""
    from reader.render.html import document

    out = [f"<h1>Wat is er veranderd</h1><p>Van <b>{escape(diff.old_name)}</b> naar "
           f"<b>{escape(diff.new_name)}</b>: {len(diff.added)} nieuw, {len(diff.removed)} verdwenen, "
           f"{len(diff.changed)} gewijzigd, {diff.unchanged} ongewijzigd.</p>"]
    if diff.added:
        out.append("<h2>Nieuw</h2><ul>" + "".join(f"<li>{_link(i)}</li>" for i in diff.added) + "</ul>")
    if diff.removed:
        out.append("<h2>Verdwenen</h2><ul>" + "".join(
            f"<li>{escape(i.title)} <small>{escape(i.id)}</small></li>" for i in diff.removed) + "</ul>")
    if diff.changed:
        out.append("<h2>Gewijzigd</h2><ul>" + "".join(
            f"<li>{_link(c.new)}: {_describe(c)}</li>" for c in diff.changed) + "</ul>")
    return document("Wat is er veranderd", "\n".join(out), dark=dark)
