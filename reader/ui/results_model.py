"""The result list as a Qt model: one row per hit, with everything the delegate paints."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reader.content import Site
from reader.content.model import FACET_KEYS, FACET_ROL
from reader.search import Hit
from reader.ui import texts
from reader.ui.facet_labels import facet_label

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    hit: Hit
    kind_label: str
    short_id: str
    roles: tuple[str, ...]  # display labels


class ResultsModel(QAbstractListModel):
    HitRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    KindLabelRole = Qt.ItemDataRole.UserRole + 3
    SnippetHtmlRole = Qt.ItemDataRole.UserRole + 4
    RolesRole = Qt.ItemDataRole.UserRole + 5
    ShortIdRole = Qt.ItemDataRole.UserRole + 6
    PathRole = Qt.ItemDataRole.UserRole + 7

    def __init__(self, site: Site, parent=None) -> None:
        super().__init__(parent)
        self.site = site
        self._rows: list[Row] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self._rows = [self._row(h) for h in hits]
        self.endResetModel()

    def hits(self) -> list[Hit]:
        return [r.hit for r in self._rows]

    def _row(self, hit: Hit) -> Row:
        page = self.site.get(hit.path)
        kind_label = texts.kind_label(hit.kind)  # in the interface language
        roles: tuple[str, ...] = ()
        short_id = ""
        if page is not None:
            roles = tuple(facet_label(self.site, FACET_ROL, r) for r in page.values(FACET_KEYS[FACET_ROL]))
            short_id = page.short_id or ""
        return Row(hit, kind_label, short_id, roles)

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        hit = row.hit
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.path
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.title}, {row.kind_label}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            parts = [hit.snippet]
            if row.roles:
                parts.append(", ".join(row.roles))
            return ". ".join(p for p in parts if p)
        if role == self.HitRole:
            return hit
        if role == self.PathRole:
            return hit.path
        if role == self.KindRole:
            return hit.kind
        if role == self.KindLabelRole:
            return row.kind_label
        if role == self.ShortIdRole:
            return row.short_id
        if role == self.RolesRole:
            return row.roles
        if role == self.SnippetHtmlRole:
            return snippet_html(hit)
        return None


def snippet_html(hit: Hit) -> str:
    """The snippet as HTML with <b class=hl> around the highlighted spans."""
    out, pos = [], 0
    text = hit.snippet
    for start, end in hit.highlights:
        if start < pos or end > len(text):
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f"<span class='hl'>{html.escape(text[start:end])}</span>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)
