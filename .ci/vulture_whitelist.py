"""Names vulture reports as unused that are used: `vulture reader .ci/vulture_whitelist.py`.

Vulture reads this file; nothing runs it. Each entry says who uses the name. Add a name here
only when it is called from outside our code (Qt, the standard library, Markdown, openpyxl)
or is a tested part of a class's interface; delete dead code instead of listing it.
"""

# ruff: noqa: B018, F821

# Qt calls these overrides of QWidget / QStyledItemDelegate / QIconEngine / QAbstractButton.
_.paint  # reader/ui/result_delegate.py, reader/ui/theme.py
_.actualSize  # reader/ui/theme.py (QIconEngine)
_.clone  # reader/ui/theme.py (QIconEngine)
_.minimumSizeHint  # reader/ui/start_page.py
_.hitButton  # reader/ui/facet_group.py

# html.parser.HTMLParser calls these overrides.
_.handle_starttag  # reader/beslishulp/html_text.py, reader/render/textify.py
_.handle_startendtag  # reader/beslishulp/html_text.py, reader/render/textify.py

# Python-Markdown calls Extension.extendMarkdown; pymdownx calls the emoji generator and the
# superfences formatter with these (keyword) parameters, which our versions do not need.
_.extendMarkdown  # reader/render/mdext.py
shortname  # reader/render/mdext.py: emoji_glyph
alias  # reader/render/mdext.py: emoji_glyph
class_name  # reader/render/mdext.py: mermaid_fence

# Python calls a module's __getattr__ for a missing attribute (PEP 562: the lazy renderer).
__getattr__  # reader/render/__init__.py

# openpyxl reads these attributes when it writes the workbook.
_.alignment  # reader/ui/exporter.py
_.hyperlink  # reader/ui/exporter.py
_.freeze_panes  # reader/ui/exporter.py
_.creator  # reader/ui/exporter.py

# Interface read by the tests (and by scripts/ and tests/bench/ for index_ready).
_.site_labels  # reader/beslishulp/profile.py
_.answer_index  # reader/beslishulp/session.py
_.all_labels  # reader/beslishulp/tree.py
_.maatregelen_of  # reader/content/site.py
_.vereisten_of  # reader/content/site.py
_.checkboxes  # reader/ui/facet_group.py
_.start_page  # reader/ui/page_view.py
_.match_count  # reader/ui/page_view.py
_.index_ready  # reader/ui/search_controller.py

# TEMPORARY: findings in files other people are rewriting now (issue 19); remove each entry
# when its file's rewrite lands, and delete the code if it is still unused then.
VOWELS  # reader/search/analysis.py: never read (stemmer rewrite)
_.facet_counts  # reader/search/engine.py: SearchEngine.facet_counts, never called (engine split)
_._added  # reader/search/backend.py: set on a Whoosh writer (Whoosh codec rewrite)
_.lastkey  # reader/search/backend.py: set on a Whoosh term index (Whoosh codec rewrite)
_._flush_segment  # reader/search/backend.py: monkeypatched Whoosh method (Whoosh codec rewrite)
_._write_hashes  # reader/search/backend.py: monkeypatched Whoosh method (Whoosh codec rewrite)
_._native_style  # reader/ui/main_window.py: never read; line left to the person editing that file
