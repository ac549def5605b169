"""Paints one search result: kind badge and id, title, snippet with marked terms, role chips."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractScrollArea, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.ui import theme
from reader.ui.results_model import ResultsModel

PAD_X = 14
PAD_Y = 10
GAP = 4
CHIP_H_PAD = 7

Index = QModelIndex | QPersistentModelIndex


class ResultDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.colors = theme.LIGHT
        self.active_roles: frozenset[str] = frozenset()  # labels of the ticked roles
        self._cache: dict[tuple[str, str, int, str], tuple[QTextDocument, QTextDocument]] = {}
        self._heights: dict[tuple[str, str, int, str, bool], int] = {}

    def set_colors(self, colors: theme.Colors) -> None:
        self.colors = colors
        self.clear_cache()

    def clear_cache(self) -> None:
        self._cache.clear()
        self._heights.clear()

    # ------------------------------------------------------------------ layout
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setPointSizeF(base.pointSizeF() * 1.08)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.86)
        return base, title, small

    def _docs(self, option: QStyleOptionViewItem, index: Index, width: int) -> tuple[QTextDocument, QTextDocument]:
        # keyed by what is shown, not by row: while a query is typed the same hits come back
        # with the same snippet, and their laid-out text is reused
        key = (index.data(Qt.ItemDataRole.DisplayRole) or "", index.data(ResultsModel.SnippetHtmlRole) or "",
               width, option.font.key())
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        base, title_font, _small = self._fonts(option)
        c = self.colors
        title = QTextDocument()
        title.setDocumentMargin(0)
        title.setDefaultFont(title_font)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WordWrap)
        title.setDefaultTextOption(opt)
        title.setPlainText(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title.setTextWidth(width)
        snippet = QTextDocument()
        snippet.setDocumentMargin(0)
        snippet.setDefaultFont(base)
        snippet.setDefaultTextOption(opt)
        snippet.setDefaultStyleSheet(
            f"body {{ color: {c.muted}; }} "
            f".hl {{ background-color: {c.highlight_bg}; color: {c.highlight_fg}; font-weight: 600; }}"
        )
        snippet.setHtml(f"<body>{index.data(ResultsModel.SnippetHtmlRole) or ''}</body>")
        snippet.setTextWidth(width)
        if len(self._cache) > 600:
            self._cache.clear()
        self._cache[key] = (title, snippet)
        return title, snippet

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        widget = option.widget
        width = max(120, widget.viewport().width() if isinstance(widget, QAbstractScrollArea) else 360)
        # the view asks again for every row on every change: answer from what is shown
        key = (index.data(Qt.ItemDataRole.DisplayRole) or "", index.data(ResultsModel.SnippetHtmlRole) or "",
               width, option.font.key(), bool(index.data(ResultsModel.RolesRole)))
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 2000:
                self._heights.clear()
            height = self._heights[key] = self._height(option, index, width)
        return QSize(width, height)

    def _height(self, option: QStyleOptionViewItem, index: Index, width: int) -> int:
        self.initStyleOption(option, index)
        inner = width - 2 * PAD_X
        title, snippet = self._docs(option, index, inner)
        _base, _title_font, small = self._fonts(option)
        small_h = QFontMetrics(small).height() + 4
        h = PAD_Y + small_h + GAP + title.size().height()
        if snippet.toPlainText():
            h += GAP + snippet.size().height()
        if index.data(ResultsModel.RolesRole):
            h += GAP + 2 + small_h
        h += PAD_Y
        return int(h) + 1

    # ------------------------------------------------------------------ paint
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        c = self.colors
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        base_color = option.palette.color(QPalette.ColorRole.Base)
        painter.fillRect(rect, base_color)
        if selected:
            painter.fillRect(rect, QColor(c.accent_soft))
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor(c.accent))
        elif hovered:
            hover = QColor(c.accent_soft)
            hover.setAlpha(110)
            painter.fillRect(rect, hover)
        # separator
        painter.setPen(QPen(QColor(c.border), 1))
        painter.drawLine(rect.left() + PAD_X, rect.bottom(), rect.right() - PAD_X, rect.bottom())

        inner = rect.width() - 2 * PAD_X
        x = rect.left() + PAD_X
        y: float = rect.top() + PAD_Y
        _base, _title_font, small = self._fonts(option)
        fm_small = QFontMetrics(small)
        small_h = fm_small.height() + 4

        # badge + id
        kind = index.data(ResultsModel.KindRole) or ""
        bg, fg = theme.badge_colors(c, kind)
        label = index.data(ResultsModel.KindLabelRole) or ""
        painter.setFont(small)
        bw = fm_small.horizontalAdvance(label) + 2 * CHIP_H_PAD
        badge = QRectF(x, y, bw, small_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(badge, small_h / 2, small_h / 2)
        painter.setPen(QColor(fg))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        short_id = index.data(ResultsModel.ShortIdRole) or ""
        if short_id:
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(x + bw + 8, y, inner - bw - 8, small_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, short_id)
        y += small_h + GAP

        title, snippet = self._docs(option, index, inner)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, QColor(c.accent if selected else c.text))
        painter.save()
        painter.translate(QPointF(x, y))
        title.documentLayout().draw(painter, ctx)
        painter.restore()
        y += title.size().height()

        if snippet.toPlainText():
            y += GAP
            ctx2 = QAbstractTextDocumentLayout.PaintContext()
            ctx2.palette.setColor(QPalette.ColorRole.Text, QColor(c.muted))
            painter.save()
            painter.translate(QPointF(x, y))
            snippet.documentLayout().draw(painter, ctx2)
            painter.restore()
            y += snippet.size().height()

        roles = index.data(ResultsModel.RolesRole) or ()
        if roles:
            y += GAP + 2
            painter.setFont(small)
            cx = x
            # ticked roles first, so the reason a page is listed is always visible
            ordered = sorted(roles, key=lambda r: r not in self.active_roles)
            more_w = fm_small.horizontalAdvance("+9") + 2 * CHIP_H_PAD
            for i, role in enumerate(ordered):
                w = fm_small.horizontalAdvance(role) + 2 * CHIP_H_PAD
                room = x + inner - (more_w + 6 if i < len(ordered) - 1 else 0)
                if cx + w > room:
                    rest = f"+{len(ordered) - i}"
                    chip = QRectF(cx, y, fm_small.horizontalAdvance(rest) + 2 * CHIP_H_PAD, small_h)
                    painter.setPen(QColor(c.muted))
                    painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, rest)
                    break
                chip = QRectF(cx, y, w, small_h)
                active = role in self.active_roles
                painter.setPen(QPen(QColor(c.accent if active else c.border), 1))
                painter.setBrush(QColor(c.accent if active else c.chip_bg))
                painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
                painter.setPen(QColor(c.accent_text if active else c.chip_fg))
                painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, role)
                cx += w + 6
        if option.state & QStyle.StateFlag.State_HasFocus and selected:
            pen = QPen(QColor(c.accent), 2)  # the focus ring: 2 px at 3:1 or more (issue 21)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(1, 1, -1, -1))
        painter.restore()
