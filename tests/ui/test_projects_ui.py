""""Mijn project" in the window (issue 14): set-up, working list, item panel, undo, the start
page, reports and sharing. The store and the working list are tested without a window in
tests/test_projects*.py; here: that the window shows and changes what the store holds."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from reader.projects.worklist import Worklist
from reader.ui.project_dialog import ProjectDialog
from reader.ui.project_pane import KEY_ROLE
from tests.ui.pdftext import pdf_text

PROFILE = {"risicogroep": ["hoog-risico-ai-systeem"]}


def make_project(window, name: str = "Chatbot Zorgloket"):
    """A project as the dialog makes it: projectleider, now in ontwerp, a high-risk AI system."""
    dialog = ProjectDialog(window.site, filters={}, parent=window)
    dialog.name.setText(name)
    dialog.role_checks["projectleider"].setChecked(True)
    dialog.now_checks["ontwerp"].setChecked(True)
    dialog._set_profile(PROFILE)
    expected = dialog.item_count()
    project = window.projects.desk.create(**dialog.fields())
    dialog.deleteLater()
    assert project is not None
    return project, expected


def worklist(window) -> Worklist:
    work = window.projects.desk.worklist()
    assert work is not None
    return work


def test_a_new_project_shows_its_working_list_grouped_by_phase(qtbot, make_window, content_site):
    w = make_window(content_site)
    _project, expected = make_project(w)
    work = worklist(w)
    keys = [e.key for e in work.entries]
    assert len(keys) == expected > 0  # what the dialog promised is what the list holds
    assert w.projects.pane.visible_keys() == keys  # in list order, phase by phase
    assert w.middle.tabText(w.middle.indexOf(w.projects.pane)) == f"Project (0/{len(keys)})"
    w.show_project()
    assert w.middle.currentWidget() is w.projects.pane
    assert w.projects.pane.tree.hasFocus() or w.projects.pane.selected_key() == keys[0]


def test_status_set_in_the_panel_is_stored_and_kept_after_a_restart(qtbot, make_window, content_site,
                                                                      settings_dir):
    w = make_window(content_site)
    make_project(w)
    first = worklist(w).entries[0]
    assert first.page is not None
    w.open_path(first.page.path)
    panel = w.projects.panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.item_box.isVisible() and panel.key == first.key
    assert w.projects.pane.selected_key() == first.key  # the list follows the page
    panel.status_buttons["gedaan"].click()
    panel.responsible.setText("A. Jansen")
    panel.responsible.editingFinished.emit()
    panel.note.setPlainText("Besproken in het projectoverleg van **maart**.")
    w.close()  # a note still waiting for its pause is saved on close

    w2 = make_window(content_site, settings=settings_dir)
    entry = next(e for e in worklist(w2).entries if e.key == first.key)
    assert entry.state.status == "gedaan"
    assert entry.state.responsible == "A. Jansen"
    assert "projectoverleg" in entry.state.note
    assert worklist(w2).progress.done == 1
    w2.go_home()
    start = w2.page.start_page
    project = w2.projects.desk.current
    assert project is not None and project.id in start.project_buttons
    assert "1 van" in start.project_buttons[project.id].accessibleName()


def test_not_applicable_asks_for_a_reason_first(qtbot, make_window, content_site):
    w = make_window(content_site)
    make_project(w)
    first = worklist(w).entries[0]
    w.open_path(first.page.path)
    panel = w.projects.panel
    qtbot.waitUntil(panel.isVisible)
    panel.status_buttons["niet-van-toepassing"].click()
    assert panel.reason.isVisible()
    assert worklist(w).entries[0].state.status == "te-doen"  # nothing saved without a reason
    panel.reason.setText("Geen persoonsgegevens in deze toepassing")
    panel.reason.editingFinished.emit()
    state = worklist(w).entries[0].state
    assert state.status == "niet-van-toepassing" and state.reason.startswith("Geen persoonsgegevens")


def test_undo_takes_back_the_last_change_and_names_it(qtbot, make_window, content_site):
    w = make_window(content_site)
    make_project(w)
    key = worklist(w).entries[1].key
    assert w.projects.desk.set_status(key, "bezig")
    assert w.actions_.undo.isEnabled()
    assert w.actions_.undo.text().startswith("&Ongedaan maken:")
    w.actions_.undo.trigger()
    assert next(e for e in worklist(w).entries if e.key == key).state.status == "te-doen"


def test_keyboard_in_the_list_space_toggles_enter_opens(qtbot, make_window, content_site):
    w = make_window(content_site)
    make_project(w)
    w.show_project()
    pane = w.projects.pane
    key = pane.visible_keys()[0]
    assert pane.select(key)
    qtbot.keyClick(pane.tree, Qt.Key.Key_Space)
    assert next(e for e in worklist(w).entries if e.key == key).state.status == "gedaan"
    assert pane.select(key)
    with qtbot.waitSignal(w.pageOpened) as opened:
        qtbot.keyClick(pane.tree, Qt.Key.Key_Return)
    assert opened.args[0] == w.projects.desk.page_of(key).path


def test_add_to_project_from_a_result_row_and_from_the_page(qtbot, make_window, content_site):
    w = make_window(content_site)
    make_project(w)
    keys = worklist(w).keys
    outside = [p for p in content_site.pages.values()
               if p.kind.value == "hulpmiddel" and w.projects.desk.key_of(p) not in keys]
    assert len(outside) >= 2
    menu = w.results.row_menu(outside[0].path)
    add = next(a for a in menu.actions() if a.text() == "Toevoegen aan project")
    add.trigger()
    assert w.projects.desk.key_of(outside[0]) in worklist(w).keys
    assert w.projects.desk.key_of(outside[0]) in w.projects.pane.visible_keys()

    w.open_path(outside[1].path)
    panel = w.projects.panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.add_button.isVisible() and not panel.item_box.isVisible()
    w.actions_.add_to_project.trigger()
    assert w.projects.desk.key_of(outside[1]) in worklist(w).keys
    assert panel.item_box.isVisible()


def test_a_page_note_is_kept_and_shown_again(qtbot, make_window, content_site):
    w = make_window(content_site)
    make_project(w)
    page = worklist(w).entries[0].page
    w.open_path(page.path)
    w.actions_.page_note.trigger()
    panel = w.projects.panel
    qtbot.waitUntil(panel.isVisible)
    panel.page_note.setPlainText("Navragen bij de FG")
    w.go_home()  # leaving the page saves the note
    assert w.projects.desk.page_note(page) == "Navragen bij de FG"
    w.open_path(page.path)
    assert panel.page_note.toPlainText() == "Navragen bij de FG"
    key = w.projects.desk.key_of(page)
    assert w.projects.desk.notes_of_current()[key][0] == "Navragen bij de FG"
    notes = w.projects.pane.notes  # listed with the project, and opens the page
    assert notes.count() == 1 and page.title in notes.item(0).text()
    w.go_home()
    with qtbot.waitSignal(w.pageOpened) as opened:
        notes.itemActivated.emit(notes.item(0))
    assert opened.args[0] == page.path


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx", ".html"])
def test_the_report_holds_the_items_and_their_status(qtbot, make_window, content_site, tmp_path, suffix):
    w = make_window(content_site)
    make_project(w)
    done = worklist(w).entries[0]
    w.projects.desk.set_status(done.key, "gedaan")
    target = tmp_path / f"rapport{suffix}"
    assert w.projects.report_to(target)
    if suffix == ".pdf":
        text = " ".join(pdf_text(target.read_bytes()).split())
    elif suffix == ".xlsx":
        with zipfile.ZipFile(target) as z:
            text = z.read("xl/sharedStrings.xml").decode("utf-8") if "xl/sharedStrings.xml" in z.namelist() \
                else " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
    else:
        text = target.read_text(encoding="utf-8")
    assert "Chatbot Zorgloket" in text
    assert done.title[:30] in text
    assert "Gedaan" in text or "gedaan" in text


def test_export_and_import_give_the_project_back(qtbot, make_window, content_site, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    w = make_window(content_site)
    project, _ = make_project(w)
    key = worklist(w).entries[2].key
    w.projects.desk.set_status(key, "bezig")
    target = tmp_path / "project.json"
    assert w.projects.export_to(target)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert w.projects.delete_project()
    assert w.projects.desk.current is None or w.projects.desk.current.uid != project.uid
    assert w.projects.import_from(target, "copy")
    back = w.projects.desk.current
    assert back is not None and back.name == project.name
    assert next(e for e in worklist(w).entries if e.key == key).state.status == "bezig"


def test_new_project_from_the_menu_takes_the_filters_as_its_start(qtbot, make_window, content_site,
                                                                   monkeypatch):
    w = make_window(content_site)
    with qtbot.waitSignal(w.searchFinished):
        w.sidebar.set_filters({"rol": {"jurist"}, "fase": {"ontwikkelen"}})
    seen = {}

    def accept(dialog: ProjectDialog) -> int:
        seen["roles"] = [v for v, c in dialog.role_checks.items() if c.isChecked()]
        seen["now"] = [v for v, c in dialog.now_checks.items() if c.isChecked()]
        dialog.name.setText("Inkoop toetsing")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProjectDialog, "exec", accept)
    w.actions_.project_new.trigger()
    assert seen == {"roles": ["jurist"], "now": ["ontwikkelen"]}
    project = w.projects.desk.current
    assert project is not None and project.name == "Inkoop toetsing" and project.roles == ["jurist"]


def test_window_with_a_project_renders(qtbot, make_window, content_site, tmp_path):
    """Rendered offscreen as a user sees it (the PNG is kept for a look)."""
    w = make_window(content_site)
    make_project(w)
    w.show_project()
    w.open_path(worklist(w).entries[0].page.path)
    qtbot.waitUntil(w.projects.panel.isVisible)
    image = w.grab().toImage()
    assert image.width() > 0
    path = tmp_path / "project.png"
    assert image.save(str(path)) and Path(path).stat().st_size > 10000


def test_duplicate_and_archive_from_the_project_menu(qtbot, make_window, content_site):
    w = make_window(content_site)
    project, _ = make_project(w)
    pane = w.projects.pane

    def menu_action(text: str):
        pane._fill_menu()
        return next(a for a in pane.menu.actions() if a.text() == text)

    menu_action("Project dupliceren").trigger()
    projects = w.projects.desk.projects(archived=None)
    assert len(projects) == 2
    copy = next(p for p in projects if p.id != project.id)
    w.projects.desk.set_current(copy.id)
    menu_action("Archiveren").trigger()
    assert [p.id for p in w.projects.desk.projects(archived=False)] == [project.id]
    labels = [pane.chooser.itemText(i) for i in range(pane.chooser.count())]
    assert any("(gearchiveerd)" in label for label in labels)
    assert [s[0] for s in w.projects.summaries()] == [project.id]  # the start page shows active ones


def test_a_damaged_database_opens_read_only_with_a_message(qtbot, make_window, content_site, tmp_path):
    from reader.portable import user_data_dir
    from reader.projects.database import DB_FILE

    db = user_data_dir() / DB_FILE
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"dit is geen database" * 100)
    before = db.read_bytes()
    w = make_window(content_site)
    w.show_project()
    pane = w.projects.pane
    text = pane.notice.text()
    assert pane.notice.isVisible() and ("alleen te lezen" in text or "niet te lezen" in text)
    assert w.projects.desk.read_only
    assert w.projects.desk.create("Nieuw") is None  # refused with a message, not a crash
    w.close()
    assert db.read_bytes() == before  # the damaged file is left as it was


@pytest.mark.parametrize("with_project", [True, False], ids=["project", "no-project"])
def test_opening_a_page_reads_its_note_from_the_store_once(qtbot, make_window, content_site, monkeypatch,
                                                            with_project):
    """The item panel shows the page's note and the window asks whether a note makes the
    panel worth showing: one read of the store between them, none for the page left."""
    w = make_window(content_site)
    if with_project:
        make_project(w)
        first, second = (e.page for e in worklist(w).entries[:2])
    else:
        first, second = [p for p in content_site.pages.values() if p.kind.value == "maatregel"][:2]
    desk = w.projects.desk
    assert desk.set_page_note(second, "Navragen bij de FG")  # without a project, a note shows the panel
    w.projects.set_panel_wanted(True)
    w.open_path(first.path)
    reads: list[str] = []
    read = desk.store.page_note
    monkeypatch.setattr(desk.store, "page_note", lambda key: reads.append(key) or read(key))
    w.open_path(second.path)
    panel = w.projects.panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.page_note.toPlainText() == "Navragen bij de FG"
    assert reads == [desk.key_of(second)]


def test_changing_an_item_updates_its_row_and_keeps_selection_and_scroll(qtbot, make_window, content_site):
    """A status set, an item added and one taken out change only their rows: no reset, the
    selected row and the scroll position stay."""
    w = make_window(content_site)
    make_project(w)
    w.show_project()
    pane = w.projects.pane
    pane.resize(600, 300)
    keys = pane.visible_keys()
    assert len(keys) > 20  # more rows than fit: there is something to scroll
    key = keys[len(keys) // 2]
    assert pane.select(key)
    bar = pane.tree.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    assert scrolled > 0
    seen: dict[str, list] = {"reset": [], "changed": [], "inserted": [], "removed": []}
    model = pane.model
    model.modelReset.connect(lambda: seen["reset"].append(True))
    model.rowsInserted.connect(lambda parent, first, last: seen["inserted"].append((parent.row(), first, last)))
    model.rowsRemoved.connect(lambda parent, first, last: seen["removed"].append((parent.row(), first, last)))
    model.dataChanged.connect(lambda top, bottom, roles: seen["changed"].append(
        (top.parent().row(), top.row(), top.siblingAtColumn(0).data(KEY_ROLE))))

    assert w.projects.desk.set_status(key, "bezig")
    assert not seen["reset"] and not seen["inserted"] and not seen["removed"]
    changed_keys = {k for _phase, _row, k in seen["changed"] if k}
    assert changed_keys == {key}  # the item's row (and its phase's count), no other item
    row = next((phase, r) for phase, r, k in seen["changed"] if k == key)
    assert pane.model.item(row[0], 0).child(row[1], 0).data(KEY_ROLE) == key
    assert "Bezig" in pane.model.item(row[0], 0).child(row[1], 1).text()
    assert pane.selected_key() == key and bar.value() == scrolled

    # an item taken out and put back: its row goes and comes back, nothing else moves
    other = keys[-1]
    assert w.projects.desk.remove(other)
    assert other not in pane.visible_keys() and len(seen["removed"]) == 1 and not seen["inserted"]
    w.actions_.undo.trigger()
    assert pane.visible_keys() == keys and len(seen["inserted"]) == 1
    assert not seen["reset"] and pane.selected_key() == key and bar.value() == scrolled

    # the filter follows the change: an item ticked off leaves the "open" list
    pane.status_filter.setCurrentIndex(1)  # Open (te doen en bezig)
    assert key in pane.visible_keys()
    assert w.projects.desk.set_status(key, "gedaan")
    assert key not in pane.visible_keys() and not seen["reset"]
