"""The decision aid's result as a document to save or print (HTML for Qt's PDF writer; no Qt).

    report_html(session, profile_for(session), date="2026-12-07", content="Algoritmekader …")

It holds what a user takes to their jurist: the date and content version, the guidance
disclaimer, the conclusion with its obligations, the AI-act profile, and every question
with the answer given and the user's remark. Texts from the tree are turned into plain
text and escaped (a tree from elsewhere never puts markup of its own in the document).
"""

from __future__ import annotations

import html

from reader.beslishulp.html_text import html_to_text
from reader.beslishulp.profile import KEY_TITLES, PROFILE_KEYS, Profile, value_title
from reader.beslishulp.session import Session

DISCLAIMER = (
    "Deze uitkomst is een hulpmiddel, geen juridisch advies: ze volgt uit de antwoorden die je gaf. "
    "Bespreek haar met een jurist of privacy- en AI-deskundige van je organisatie voordat je er "
    "besluiten op baseert. De officiële beslishulp en de tekst van de AI-verordening zijn leidend."
)


def _text(value: str) -> str:
    """Tree text (simple HTML) as escaped lines."""
    return "<br>".join(html.escape(line) for line in html_to_text(value).splitlines())


def report_html(session: Session, profile: Profile, *, date: str, content: str) -> str:
    esc = html.escape
    parts = [
        f"<html lang='nl'><head><meta charset='utf-8'><title>{esc(session.tree.name or 'Beslishulp AI-verordening')}"
        "</title></head><body>",
        f"<h1>{esc(session.tree.name or 'Beslishulp AI-verordening')}</h1>",
        f"<p><b>Datum:</b> {esc(date)}<br><b>Inhoud:</b> {esc(content)}<br>"
        f"<b>Beslishulp:</b> versie {esc(session.tree.version or '?')}</p>",
        f"<p><i>{esc(DISCLAIMER)}</i></p>",
    ]
    conclusion = session.conclusion
    if conclusion is not None:
        parts.append("<h2>Conclusie</h2>")
        parts.append(f"<p>{_text(conclusion.conclusion)}</p>")
        if conclusion.obligation:
            parts.append("<h3>Verplichtingen</h3>")
            parts.append(f"<p>{_text(conclusion.obligation)}</p>")
    else:
        parts.append("<h2>Nog geen conclusie</h2><p>Nog niet alle vragen zijn beantwoord.</p>")
    parts.append("<h2>AI-profiel</h2><table cellpadding='3'>")
    for key in PROFILE_KEYS:
        values = profile.values.get(key, ())
        shown = ", ".join(value_title(v) for v in values) if values else "nog niet bepaald"
        parts.append(f"<tr><th scope='row' align='left'>{esc(KEY_TITLES[key])}</th><td>{esc(shown)}</td></tr>")
    parts.append("</table>")
    parts.append("<h2>Je antwoorden</h2><ol>")
    for step in session.steps:
        item = (f"<li><b>{esc(html_to_text(step.question.question))}</b><br>"
                f"Antwoord: {esc(html_to_text(step.answer.answer))}")
        if step.remark.strip():
            item += "<br>Opmerking: " + "<br>".join(esc(line) for line in step.remark.strip().splitlines())
        parts.append(item + "</li>")
    parts.append("</ol></body></html>")
    return "\n".join(parts)

