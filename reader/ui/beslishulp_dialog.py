"""The AI-verordening decision aid as a window: one question at a time, then the conclusion.

The walk itself is `reader.beslishulp.Session`; this window shows it and saves it after
every step (`AnswerStore`), so answers outlive a restart and can be revisited and changed.
Keyboard first: arrow keys move between the answers, Enter goes on, Alt+T goes back.
Texts from the tree are shown as plain text (never the tree's own markup); terms of the
glossary are underlined and explained in a tooltip; sources open in the browser only
through the main window's "open external link?" question.

Signals:
- `profileChosen(dict)`: "De vereisten tonen die hierbij horen" (key -> values);
- `externalRequested(str)`: a source address to open.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from reader.beslishulp import Tree, profile_for
from reader.beslishulp.html_text import html_to_text
from reader.beslishulp.profile import KEY_TITLES, PROFILE_KEYS, value_title
from reader.beslishulp.report import DISCLAIMER, report_html
from reader.beslishulp.store import AnswerStore
from reader.ui import qt_dialogs, theme
from reader.ui.responsive import column_scroll, wrapped_label
from reader.ui.window_fit import fit_to_screen

TERM = "term:"


def _lines_html(text: str) -> str:
    """Tree text (simple HTML) as escaped lines."""
    return "<br>".join(html.escape(line) for line in html_to_text(text).splitlines())


class BeslishulpDialog(QDialog):
    profileChosen = Signal(dict)
    externalRequested = Signal(str)

    def __init__(self, tree: Tree, store: AnswerStore, content: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("beslishulpDialog")
        self.setWindowTitle(self.tr("Beslishulp AI-verordening"))
        self.setAccessibleName(self.tr("Beslishulp AI-verordening"))
        self.tree = tree
        self.store = store
        self.content = content
        self.session = store.load(tree)
        self._undone: dict[str, int] = {}  # question id -> the answer given before going back
        self._terms = sorted(
            ((d.term, d.definition) for d in tree.definitions if d.term.strip()), key=lambda item: -len(item[0])
        )
        fit_to_screen(self, 760, 640)  # or what fits the screen (issue 21)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Beantwoord de vragen over je toepassing. Je krijgt dan te zien of de AI-verordening "
                "geldt, in welke rol en risicogroep, en welke vereisten erbij horen. Dit is een hulpmiddel: "
                "bespreek de uitkomst met een deskundige."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("beslishulpIntro")
        layout.addWidget(intro)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("beslishulpNotice")
        self.notice.hide()
        layout.addWidget(self.notice)

        top = QHBoxLayout()
        self.category = QLabel(self)
        self.category.setObjectName("beslishulpCategory")
        top.addWidget(self.category, 1)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("beslishulpProgress")
        top.addWidget(self.progress_label)
        layout.addLayout(top)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setAccessibleName(self.tr("Voortgang"))
        layout.addWidget(self.progress)

        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self._build_question_page()
        self._build_conclusion_page()

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Terug"), self)
        self.back_button.setAccessibleName(self.tr("Terug naar de vorige vraag"))
        self.back_button.clicked.connect(self.go_back)
        self.restart_button = QPushButton(self.tr("&Opnieuw beginnen"), self)
        self.restart_button.clicked.connect(self.restart)
        self.next_button = QPushButton(self.tr("&Volgende"), self)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self, self.go_back)

        if store.notice:
            self._show_notice(store.notice)
        self.refresh()

    # ------------------------------------------------------------------ pages
    def _build_question_page(self) -> None:
        # the whole question page scrolls when the window is small (200 %, issue 21), so
        # the explanation can keep a readable height and nothing is squeezed out of view
        scroll = column_scroll(QScrollArea(self.stack))  # (lines wrap instead of scrolling sideways)
        scroll.setObjectName("beslishulpQuestionScroll")
        page = QWidget(scroll)
        scroll.setWidget(page)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 8, 0, 0)
        self.question_label = wrapped_label(page, "beslishulpQuestion")
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.question_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.question_label.setFont(font)
        box.addWidget(self.question_label)
        self.explanation = QTextBrowser(page)
        self.explanation.setObjectName("beslishulpExplanation")
        self.explanation.setAccessibleName(self.tr("Toelichting"))
        self.explanation.setOpenLinks(False)
        self.explanation.setOpenExternalLinks(False)
        self.explanation.anchorClicked.connect(self._on_link)
        self.explanation.highlighted.connect(self._on_hover)
        # five lines of text at least, in the current font (the page scrolls below that)
        self.explanation.setMinimumHeight(self.explanation.fontMetrics().lineSpacing() * 5 + 12)
        box.addWidget(self.explanation, 1)

        self.answers_frame = QFrame(page)
        self.answers_frame.setObjectName("beslishulpAnswers")
        self.answers_layout = QVBoxLayout(self.answers_frame)
        self.answers_layout.setContentsMargins(0, 4, 0, 4)
        self.answers_layout.addStretch(1)  # the answers stack at the top
        box.addWidget(self.answers_frame)
        self.answer_group = QButtonGroup(self)
        self.answer_group.idClicked.connect(lambda _i: self.next_button.setEnabled(True))

        remark_label = QLabel(self.tr("&Opmerking bij deze vraag (optioneel, komt in de PDF):"), page)
        remark_label.setWordWrap(True)
        self.remark = QPlainTextEdit(page)
        self.remark.setObjectName("beslishulpRemark")
        self.remark.setAccessibleName(self.tr("Opmerking bij deze vraag"))
        self.remark.setTabChangesFocus(True)
        self.remark.setMaximumHeight(self.remark.fontMetrics().lineSpacing() * 3 + 14)
        remark_label.setBuddy(self.remark)
        box.addWidget(remark_label)
        box.addWidget(self.remark)
        self.stack.addWidget(scroll)
        self.question_page = scroll
        self.question_scroll = scroll

    def _build_conclusion_page(self) -> None:
        page = QWidget(self.stack)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 8, 0, 0)
        self.outcome = QTextBrowser(page)
        self.outcome.setObjectName("beslishulpResult")
        self.outcome.setAccessibleName(self.tr("Uitkomst"))
        self.outcome.setOpenLinks(False)
        self.outcome.anchorClicked.connect(self._on_link)
        box.addWidget(self.outcome, 1)
        row = QHBoxLayout()
        self.show_button = QPushButton(self.tr("De &vereisten tonen die hierbij horen"), page)
        self.show_button.setObjectName("beslishulpShow")
        self.show_button.clicked.connect(self._choose_profile)
        self.pdf_button = QPushButton(self.tr("Opslaan als &PDF…"), page)
        self.pdf_button.clicked.connect(self.save_pdf)
        row.addWidget(self.show_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        box.addLayout(row)
        self.stack.addWidget(page)
        self.conclusion_page = page

    # ------------------------------------------------------------------ showing
    def refresh(self) -> None:
        s = self.session
        progress = s.progress()
        self.progress.setMaximum(max(1, progress.total))
        self.progress.setValue(progress.answered)
        self.back_button.setEnabled(bool(s.steps))
        if s.finished:
            self.category.setText(self.tr("Uitkomst"))
            self.progress_label.setText(self.tr("%1 vragen beantwoord").replace("%1", str(progress.answered)))
            self._show_conclusion()
            self.next_button.hide()
            self.stack.setCurrentWidget(self.conclusion_page)
            self.show_button.setFocus()
            return
        question = s.question
        assert question is not None
        self.next_button.show()
        group = self.tree.label_group(question.id) or question.subcategory
        self.category.setText(group or "")
        self.progress_label.setText(
            self.tr("Vraag %1 van ongeveer %2").replace("%1", str(progress.current)).replace("%2", str(progress.total))
        )
        self.question_label.setText(html_to_text(question.question))
        self.explanation.setHtml(self._explanation_html(question))
        for button in self.answer_group.buttons():
            self.answer_group.removeButton(button)
            self.answers_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        chosen = self._previous_choice(question.id)
        for answer in question.answers:
            button = QRadioButton(html_to_text(answer.answer), self.answers_frame)
            if answer.subresult:
                button.setToolTip(html_to_text(answer.subresult))
            self.answer_group.addButton(button, answer.index)
            self.answers_layout.insertWidget(self.answers_layout.count() - 1, button)
            if answer.index == chosen:
                button.setChecked(True)
        self.next_button.setEnabled(self.answer_group.checkedId() >= 0)
        self.remark.setPlainText(s.remark(question.id))
        self.stack.setCurrentWidget(self.question_page)
        self.question_scroll.verticalScrollBar().setValue(0)  # a new question shows from its top
        buttons = self.answer_group.buttons()
        first = self.answer_group.checkedButton() or (buttons[0] if buttons else None)
        if first is not None:
            first.setFocus()

    def _previous_choice(self, question_id: str) -> int:
        """The answer given to this question before going back, if any."""
        return self._undone.get(question_id, -1)

    def _explanation_html(self, question) -> str:
        sources_title = html.escape(self.tr("Bronnen"))
        empty = html.escape(self.tr("Geen toelichting bij deze vraag."))
        parts = []
        text = _lines_html(question.explanation or question.description or "")
        if text:
            parts.append(f"<p>{self._mark_terms(text)}</p>")
        if question.sources:
            items = []
            for source in question.sources:
                title = html.escape(html_to_text(source.source))
                if source.url:
                    items.append(f'<li><a href="{html.escape(source.url)}">{title}</a> &#8599;</li>')
                else:
                    items.append(f"<li>{title}</li>")
            parts.append(f"<p><b>{sources_title}</b></p><ul>{''.join(items)}</ul>")
        return "".join(parts) or f"<p>{empty}</p>"

    def _mark_terms(self, text: str) -> str:
        """Underline the first mention of each glossary term (longest terms first), in the
        text's own colour (a term is not a link away from the question)."""
        color = self.explanation.palette().color(QPalette.ColorRole.Text).name()
        taken: list[tuple[int, int]] = []
        marks: list[tuple[int, int, int]] = []
        for n, (term, _definition) in enumerate(self._terms):
            flags = 0 if any(c.isupper() for c in term) and len(term) <= 5 else re.IGNORECASE  # AVG, not "avg"
            m = re.search(rf"(?<![\w-]){re.escape(html.escape(term))}(?![\w-])", text, flags)
            if m and not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                marks.append((m.start(), m.end(), n))
        for start, end, n in sorted(marks, reverse=True):
            text = f'{text[:start]}<a href="{TERM}{n}" style="color: {color}">{text[start:end]}</a>{text[end:]}'
        return text

    def _show_conclusion(self) -> None:
        s = self.session
        conclusion = s.conclusion
        assert conclusion is not None
        profile = profile_for(s)
        h_conclusion, h_duties = html.escape(self.tr("Conclusie")), html.escape(self.tr("Wat je moet doen"))
        h_profile, h_reasons = html.escape(self.tr("Je AI-profiel")), html.escape(self.tr("Waarom: je antwoorden"))
        sources_title = html.escape(self.tr("Bronnen"))
        parts = [f"<h2>{h_conclusion}</h2>", f"<p>{_lines_html(conclusion.conclusion)}</p>"]
        chips = self._profile_chips(profile)  # before the obligations, which can be long
        if chips:
            parts += [f"<h3>{h_profile}</h3>", chips]
        if conclusion.obligation:
            parts += [
                f"<h3>{h_duties}</h3>",
                f"<p>{_lines_html(conclusion.obligation)}</p>",
            ]
        reasons = []
        for step in s.steps:
            asked, given = html_to_text(step.question.question), html_to_text(step.answer.answer)
            line = f"<li>{html.escape(asked)}<br><i>{html.escape(given)}</i>"
            if step.remark.strip():
                line += "<br>" + html.escape(self.tr("Opmerking: %1").replace("%1", step.remark.strip()))
            reasons.append(line + "</li>")
        parts += [f"<h3>{h_reasons}</h3>", f"<ol>{''.join(reasons)}</ol>"]
        if conclusion.sources:
            items = "".join(
                f'<li><a href="{html.escape(src.url)}">{html.escape(html_to_text(src.source))}</a> &#8599;</li>'
                for src in conclusion.sources
                if src.url
            )
            parts.append(f"<h3>{sources_title}</h3><ul>{items}</ul>")
        parts.append(f"<p><i>{html.escape(DISCLAIMER)}</i></p>")
        self.outcome.setHtml("".join(parts))
        self.show_button.setEnabled(bool(profile.front_matter()))

    def _profile_chips(self, profile) -> str:
        """One line per profile group: its title, then each value as a chip in the theme's
        chip colours (rich text has no rounded corners; the chip is a coloured run)."""
        base = self.outcome.palette().color(QPalette.ColorRole.Base)
        c = theme.colors(base.lightness() < 128)
        rows = []
        for key in PROFILE_KEYS:
            values = profile.values.get(key, ())
            if not values:
                continue
            chips = "&nbsp; ".join(
                f'<span style="background-color: {c.chip_bg}; color: {c.chip_fg}; font-weight: 600">'
                f"&nbsp;{html.escape(value_title(v))}&nbsp;</span>"
                for v in values
            )
            rows.append(f"<p style='margin: 2px 0'>{html.escape(KEY_TITLES[key])}: &nbsp;{chips}</p>")
        return "".join(rows)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # ------------------------------------------------------------------ actions
    @Slot()
    def go_next(self) -> None:
        index = self.answer_group.checkedId()
        if index < 0 or self.session.finished:
            return
        question = self.session.question
        assert question is not None
        self.session.answer(index, remark=self.remark.toPlainText())
        self._undone.pop(question.id, None)
        self._save()
        self.refresh()

    @Slot()
    def go_back(self) -> None:
        if not self.session.steps:
            return
        if not self.session.finished:
            self.session.set_remark(self.remark.toPlainText())
        step = self.session.steps[-1]
        self.session.back()
        self._undone = {**self._undone, step.question.id: step.answer.index}
        self._save()
        self.refresh()

    @Slot()
    def restart(self) -> None:
        if (
            self.session.steps
            and QMessageBox.question(
                self, self.tr("Opnieuw beginnen"), self.tr("Alle antwoorden en opmerkingen van deze beslishulp wissen?")
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.session.restart()
        self._undone = {}
        self._save()
        self.refresh()

    def _save(self) -> None:
        if not self.store.save(self.session):
            self._show_notice(
                self.tr("Je antwoorden konden niet worden bewaard; ze gelden alleen tot je de app sluit.")
            )

    def profile(self) -> dict[str, list[str]]:
        return profile_for(self.session).front_matter()

    @Slot()
    def _choose_profile(self) -> None:
        self.profileChosen.emit(self.profile())

    def report(self) -> str:
        return report_html(
            self.session, profile_for(self.session), date=dt.date.today().isoformat(), content=self.content
        )

    @Slot()
    def save_pdf(self) -> None:
        target, _ = qt_dialogs.save_file_name(
            self,
            self.tr("Opslaan als PDF"),
            str(Path.home() / f"beslishulp-{dt.date.today().isoformat()}.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if target:
            path = Path(target) if target.lower().endswith(".pdf") else Path(target + ".pdf")
            self.save_pdf_to(path)

    def save_pdf_to(self, path: Path) -> bool:
        """The result as PDF: tagged where possible, else Qt's untagged PDF with a notice."""
        from reader.ui.pdf_export import write_pdf

        title = self.session.tree.name or self.tr("Beslishulp AI-verordening")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            notice = write_pdf(path, self.report(), title=title)
        except OSError:
            notice = None
        finally:
            QApplication.restoreOverrideCursor()
        if notice is None:
            QMessageBox.warning(self, self.tr("Opslaan als PDF"), self.tr("De PDF kon niet worden opgeslagen."))
            return False
        if notice:
            self._show_notice(notice)
        return True

    # ------------------------------------------------------------------ links
    def _term(self, url: str) -> tuple[str, str] | None:
        if url.startswith(TERM) and url[len(TERM) :].isdigit():
            n = int(url[len(TERM) :])
            if n < len(self._terms):
                return self._terms[n]
        return None

    def _on_link(self, url) -> None:
        text = url.toString()
        term = self._term(text)
        if term is not None:
            QToolTip.showText(self.cursor().pos(), f"{term[0]}: {term[1]}", self)
        elif text.startswith(("http://", "https://")):
            self.externalRequested.emit(text)

    def _on_hover(self, url) -> None:
        term = self._term(url.toString() if hasattr(url, "toString") else str(url))
        if term is not None:
            QToolTip.showText(self.cursor().pos(), f"{term[0]}: {term[1]}", self.explanation)
