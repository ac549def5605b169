"""200 % for the dialogs (issue 21): every dialog's minimum size fits 640×360 logical pixels
(scale 2 on 1280×720), and 1280×720 with an 18 pt application font."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication


def open_dialogs(w):
    from reader.ui.project_dialog import ProjectDialog

    dialogs = {
        "about": w.show_about(),
        "packs": w.open_packs(),
        "problems": w.show_problems(),
        "project": ProjectDialog(w.site, filters={}, parent=w),
        "link": w.confirm_external("https://example.org/een/lange/weg"),
        "help": w.show_help(),
    }
    w.open_beslishulp()
    dialogs["beslishulp"] = w._beslishulp
    dialogs["project"].show()
    return dialogs


@pytest.mark.parametrize(("points", "width", "height"), [(None, 640, 360), (18.0, 1280, 720)])
def test_every_dialog_fits(qtbot, make_window, content_site, points, width, height):
    app = QApplication.instance()
    before = QFont(app.font())
    try:
        if points:
            font = QFont(before)
            font.setPointSizeF(points)
            app.setFont(font)
        w = make_window(content_site)
        too_big = {}
        for name, dialog in open_dialogs(w).items():
            qtbot.waitExposed(dialog)
            hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            if hint.width() > width or hint.height() > height:
                too_big[name] = (hint.width(), hint.height())
            dialog.close()
        assert not too_big, too_big
    finally:
        app.setFont(before)
