"""Start-up, translations, dialogs, error handling, and the no-network guard."""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QWidget

from reader.resources import resource_path
from tests.conftest import REPO
from tests.ui.conftest import BUNDLED, UPSTREAM, NetworkBlocked


def test_network_is_blocked_during_the_suite():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkBlocked):
            s.connect(("192.0.2.1", 80))
    finally:
        s.close()


def test_english_translation_is_compiled_and_complete():
    folder = resource_path("translations")
    assert (folder / "reader_en.ts").is_file()
    qm = folder / "reader_en.qm"
    assert qm.is_file()
    tr = QTranslator()
    assert tr.load(str(qm))
    assert tr.translate("Sidebar", "Filters wissen") == "Clear filters"
    assert tr.translate("Texts", "Levenscyclus") == "Lifecycle"
    ts = (folder / "reader_en.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts


def test_every_ui_text_is_in_the_translation(tmp_path):
    """lupdate over the UI code finds no text that the English translation lacks."""
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if tool is None:
        pytest.skip("pyside6-lupdate not installed beside this Python")
    ts = tmp_path / "reader_en.ts"
    shutil.copyfile(resource_path("translations") / "reader_en.ts", ts)
    ui = REPO / "reader" / "ui"
    subprocess.run([tool, *sorted(str(p) for p in ui.glob("*.py")), "-no-obsolete", "-source-language", "nl",
                    "-target-language", "en_GB", "-ts", str(ts)], check=True, capture_output=True, timeout=120)
    text = ts.read_text(encoding="utf-8")
    missing = re.findall(r'<source>([^<]*)</source>\s*<translation type="unfinished"', text)
    assert not missing, f"not translated (see resources/translations/README.md): {missing}"


def test_language_choice():
    from reader.ui.i18n import pick_language

    assert pick_language("en") == "en"
    assert pick_language("", QLocale(QLocale.Language.Dutch)) == "nl"
    assert pick_language("", QLocale(QLocale.Language.German)) == "en"


def test_problems_dialog_lists_the_content_problems(qtbot, make_window, tmp_path):
    from reader.content import Site
    from tests.mini_site import make_mini_site

    site = Site.load(make_mini_site(tmp_path / "root"))  # a maatregel names a vereiste that is not there
    assert site.problems
    w = make_window(site)
    dialog = w.show_problems()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(site.problems)
    dialog.filter.setText(site.problems[0].file)
    assert 0 < dialog.sev_proxy.rowCount() <= len(site.problems)
    dialog.close()


def test_about_dialog(qtbot, make_window, content_site):
    from reader import __version__

    w = make_window(content_site)
    dialog = w.show_about()
    text = " ".join(label.text() for label in dialog.findChildren(type(w.status_label)))
    assert __version__ in text
    assert "EUPL-1.2" in text
    dialog.close()


def test_bundled_content_opens(qtbot, make_window):
    from reader.content import Site

    if not (BUNDLED / "index.md").is_file():
        pytest.skip("no bundled content")
    site = Site.load(BUNDLED)
    w = make_window(site)
    assert w.result is not None
    assert w.page.current == "start"


def test_error_reporter_logs_and_shows(tmp_path, monkeypatch):
    from reader.ui.app import ErrorReporter

    log_file = tmp_path / "reader.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    logging.getLogger().addHandler(handler)
    shown: list[tuple[str, str]] = []
    reporter = ErrorReporter(log_file)
    monkeypatch.setattr(reporter, "show_dialog", lambda s, d: shown.append((s, d)))
    try:
        raise ValueError("kapot")
    except ValueError as exc:
        reporter.handle(type(exc), exc, exc.__traceback__)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert shown and shown[0][0] == "ValueError: kapot"
    assert "kapot" in log_file.read_text(encoding="utf-8")


def test_ak_reader_quits_after_first_paint(tmp_path):
    root = UPSTREAM if UPSTREAM.is_dir() else BUNDLED
    if not root.is_dir():
        pytest.skip("no content to start on")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AK_READER_LOG_DIR=str(tmp_path / "log"))
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "--content", str(root), "--settings-dir",
         str(tmp_path / "s"), "--cache-dir", str(tmp_path / "c"), "--quit-after-first-paint"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "first-paint" in proc.stdout
    assert (tmp_path / "log" / "reader.log").is_file()
    assert Path(tmp_path / "s" / "settings.ini").is_file()


def test_app_name_is_set_before_settings(make_window, content_site):
    w = make_window(content_site)
    assert QCoreApplication.instance() is not None
    assert w.settings.folder is not None  # tests never touch the user's settings


def test_every_control_has_an_accessible_name(make_window, content_site):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QTextEdit

    w = make_window(content_site)
    w.open_path("voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
    w.page.open_find()
    unnamed = []
    for widget in w.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QLineEdit | QAbstractItemView | QTextEdit):
            continue
        if not widget.isVisibleTo(w) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text() or (widget.defaultAction().text()
                                     if getattr(widget, "defaultAction", None)
                                     and widget.defaultAction() else "")
        if not name:
            unnamed.append(f"{type(widget).__name__}:{widget.objectName()}")
    assert unnamed == []


def test_index_progress_shows_in_the_status_bar(qtbot, make_window, content_site):
    w = make_window(content_site)  # empty cache: building starts now
    seen: list[tuple[int, int]] = []
    w.controller.indexProgress.connect(lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: w.controller.index_ready, timeout=60000)
    assert seen and seen[-1][0] == seen[-1][1]
    assert w.index_progress.isHidden()


def test_a_new_language_can_restart_the_app_where_it_was(qtbot, make_window, content_site, settings_dir, tmp_path):
    """Choosing a language saves it and offers to start again now: the new process gets the
    same folders, and this window saves its session (the new one opens there) and closes."""
    from PySide6.QtWidgets import QMessageBox

    from reader.ui.settings import Settings

    w = make_window(content_site)
    w.open_path("voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
    marker = tmp_path / "started"
    w.relaunch = [sys.executable, "-c", f"open({str(marker)!r}, 'w').write('ok')"]  # stands in for `-m reader`
    box = w._on_language_action(w.actions_.language_en)
    assert Settings(settings_dir).language == "en"
    now = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    assert now.text() == "Nu opnieuw starten"
    now.click()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)
    qtbot.waitUntil(marker.exists, timeout=15000)  # the new process really started
    assert Settings(settings_dir).value("session/page") == "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"


def test_without_a_way_to_restart_the_language_dialog_only_informs(qtbot, make_window, content_site):
    from PySide6.QtWidgets import QMessageBox

    w = make_window(content_site)
    assert w.relaunch == []  # not started by run_app
    box = w._on_language_action(w.actions_.language_nl)
    assert all(box.buttonRole(b) != QMessageBox.ButtonRole.AcceptRole for b in box.buttons())
    assert not w.restart()
    box.close()


def test_the_restart_command_keeps_the_folders_and_drops_the_page(tmp_path, monkeypatch):
    from reader.ui.app import parse_args, relaunch_command

    monkeypatch.chdir(tmp_path)
    args = parse_args(["hulpmiddelen/DPIA", "--content", "inhoud", "--settings-dir", "s", "--quit-after-first-paint"])
    assert relaunch_command(args) == [sys.executable, "-m", "reader", "--content", str(tmp_path / "inhoud"),
                                      "--settings-dir", str(tmp_path / "s"), "--replace"]
    assert relaunch_command(parse_args([])) == [sys.executable, "-m", "reader", "--replace"]
