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
_.paintEvent  # reader/ui/start_window.py (the start snapshot)

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

# Whoosh calls these on our codec's postings writer and matcher (reader/search/backend.py)
_.start_postings  # unused method (reader/search/backend.py:159)
_.add_posting  # unused method (reader/search/backend.py:163)
_.finish_postings  # unused method (reader/search/backend.py:169)
_.written  # unused method (reader/search/backend.py:193)
_.copy  # unused method (reader/search/backend.py:239)
_.all_ids  # unused method (reader/search/backend.py:265)
_.all_items  # unused method (reader/search/backend.py:277)
_.block_min_length  # unused method (reader/search/backend.py:282)
_.block_max_length  # unused method (reader/search/backend.py:285)
_.block_max_weight  # unused method (reader/search/backend.py:288)
_.block_min_id  # unused method (reader/search/backend.py:291)
_.block_max_id  # unused method (reader/search/backend.py:294)
_.skip_to_quality  # unused method (reader/search/backend.py:297)
_.__module__  # unused attribute (reader/search/backend.py:324)
_.__qualname__  # unused attribute (reader/search/backend.py:325)

# sqlite3 reads Connection.row_factory.
_.row_factory  # reader/projects/database.py

# The projects store's interface for the window (issue 14); tests/test_projects.py covers each.
_.undo_label  # reader/projects/database.py
_.undo
_.rename_project
_.archive_project
_.delete_project
_.duplicate_project
_.set_status
_.set_note
_.set_responsible
_.set_evidence
_.add_item
_.remove_item
_.page_note

# The content packs' interface for the window (issue 15); tests/test_packs.py covers each.
_.field_names  # reader/packs/diff.py
_.changed_ids
_.official_url  # reader/packs/metadata.py
_.same_page
# Qt calls the proxy model's filter; the tests read the work list as the user sees it (issue 14).
_.filterAcceptsRow  # reader/ui/project_pane.py
_.visible_keys
_.contextMenuEvent  # reader/ui/page_browser.py: Qt calls it (the page's "Link kopiëren")

# Python calls __contains__ for `in`: the `Matches` protocol of `ranking.coverage`, which
# dicts and `topk.GroupMatches` fulfil.
_.__contains__  # reader/search/ranking.py
# What a search understood, for the window to show (issue 16); tests/test_search_understanding.py covers each.
_.understood  # reader/search/engine.py SearchResult
_.remaining_text
_.tableStyleInfo  # reader/ui/exporter.py: openpyxl reads it when saving

# Qt's accessibility layer calls these overrides of QAccessibleInterface and its text,
# action, attributes and table-cell interfaces (reader/ui/page_accessibility.py).
_.attributeKeys
_.attributeValue
_.keyBindingsForAction
_.rowIndex
_.columnIndex
_.rowExtent
_.columnExtent
_.isSelected
_.rowHeaderCells
_.columnHeaderCells
_.object
_.relations
_.focusChild
_.childAt
_.childCount
_.indexOfChild
_.cursorPosition
_.setCursorPosition
_.selectionCount
_.addSelection
_.setSelection
_.removeSelection
_.characterRect
_.offsetAtPoint
_.scrollToSubstring
_.readOnly  # QAccessible.State flags
_.focusable
_.invisible
_.offscreen
_.multiLine

# The window's pane sizer (reader/ui/pane_sizes.py), kept as an attribute for its actions;
# tests/ui/test_keyboard.py reaches them through it.
_.pane_sizer
_.SCHEMES  # reader/ui/theme.py: every colour scheme, for tests/test_contrast.py
# Whether the content watcher has its first listing: the tests wait on it (issue 17).
_.watching  # reader/ui/content_watch.py
