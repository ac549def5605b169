"""A page as the index gets it: its body text and its Whoosh document of analysed terms.

Shared by `index.IndexManager` (builds in this process, updates) and `build_worker` (the
processes of a parallel build), so that neither imports the other for it.
"""

from __future__ import annotations

from reader.content.limits import SHOWN_WHEN_TOO_COMPLEX, too_complex
from reader.content.plaintext import plain_text
from reader.search.analysis import Analyzer, word_list


def text_of(body: str, summary: str) -> str:
    # a page too complex to format is shown as the start of its text, and searched as shown
    text = body[:SHOWN_WHEN_TOO_COMPLEX] if too_complex(body) else plain_text(body)
    return f"{summary}\n{text}" if summary and summary not in text else text


def make_document(a: Analyzer, path: str, kind: str, title: str, ident: list[str], text: str,
                  tokens: list[str] | None = None, situations: str = "") -> tuple[dict[str, object], list[str]]:
    """A page's Whoosh document and its folded words: `ident` are the words of its file
    name and id, `text` what `page_text` gives, `tokens` its words when already split,
    `situations` its everyday phrases (`reader.search.situations`): searched as its body,
    not stored with its text."""
    if tokens is None:
        tokens = word_list(text)
    title_tokens = word_list(title)
    title_whole, title_parts = a.split_terms(title_tokens, stop=False)
    situation_tokens = word_list(situations) if situations else []
    body_whole, body_parts = a.split_terms(tokens + situation_tokens if situation_tokens else tokens)
    ident_parts = [p for w in ident for p in a.split(w)]
    doc: dict[str, object] = {  # text fields as lists of terms (Whoosh indexes a list's items as they are)
        "path": path,
        "kind": kind,
        "title": title_whole,
        "ident": list(ident),
        "body": body_whole,
        "parts": title_parts + body_parts,
        "ident_parts": ident_parts,
        "display_title": title,
        "text": text,
    }
    return doc, title_tokens + tokens + situation_tokens
