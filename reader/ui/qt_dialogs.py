"""Qt's own dialogs, opened so that they fit the screen (issue 21, 200 %).

Qt's file dialog starts at its preferred size (some 630×410 logical pixels) whatever the
screen, so at scale 2 on 1280×720 (640×360) its buttons fell off the bottom. The functions
here open the same dialogs as `QFileDialog.getSaveFileName` and friends, but sized with
`reader.ui.window_fit` first. Where the platform has its own file dialog (Windows, macOS)
that one still opens, sized by the system. `keep_on_screen` keeps a dialog that grows while
it is open (the print dialog's "Opties >>", a message box's "Details tonen…") inside the
available screen, and shortens a message box's details so that the box fits.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QTextEdit, QWidget

from reader.ui import window_fit

#: the file dialog's size at a 10 pt font (larger with a larger font, less on a small screen;
#: at its own smaller size an 18 pt font cut its column heads and places short)
FILE_DIALOG = (680, 440)
#: the lines of a message box's details shown at least when the screen is short (Qt shows
#: about ten); the rest scrolls
DETAIL_LINES = 2
#: pixels kept free below such a box (Qt's own layout of the box may add a few)
SLACK = 8


def _file_dialog(parent: QWidget | None, caption: str, path: str, filters: str,
                 mode: QFileDialog.FileMode, save: bool = False) -> QFileDialog:
    dialog = QFileDialog(parent, caption, path, filters)
    dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    # Qt's own Dutch translation leaves these labels English ("Look in:", "Files of type:")
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("qt_dialogs", "Zoeken in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, QCoreApplication.translate("qt_dialogs", "Bestands&type:"))
    _widen_column_heads(dialog)
    hint = dialog.sizeHint()  # measured in its font already
    scale = window_fit.font_scale(dialog)
    window_fit.fit_to_screen(dialog, max(hint.width(), round(FILE_DIALOG[0] * scale)),
                             max(hint.height(), round(FILE_DIALOG[1] * scale)), scaled=False)
    return dialog


def _widen_column_heads(dialog: QFileDialog) -> None:
    """Column heads at least as wide as their text: Qt restores the widths a file dialog had
    last time (its own settings file), also when the font or scale has grown since."""
    for header in dialog.findChildren(QHeaderView):
        if header.orientation() != Qt.Orientation.Horizontal:
            continue
        for column in range(header.count()):
            need = header.sectionSizeHint(column)
            if not header.isSectionHidden(column) and header.sectionSize(column) < need:
                header.resizeSection(column, need)


def _run(dialog: QFileDialog) -> tuple[str, str]:
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def save_file_name(parent: QWidget | None, caption: str, path: str, filters: str = "") -> tuple[str, str]:
    """As `QFileDialog.getSaveFileName`: (the chosen file or "", the chosen filter)."""
    return _run(_file_dialog(parent, caption, path, filters, QFileDialog.FileMode.AnyFile, save=True))


def open_file_name(parent: QWidget | None, caption: str, path: str = "", filters: str = "") -> tuple[str, str]:
    """As `QFileDialog.getOpenFileName`."""
    return _run(_file_dialog(parent, caption, path, filters, QFileDialog.FileMode.ExistingFile))


def existing_directory(parent: QWidget | None, caption: str, path: str = "") -> str:
    """As `QFileDialog.getExistingDirectory`."""
    return _run(_file_dialog(parent, caption, path, "", QFileDialog.FileMode.Directory))[0]


class _OnScreen(QObject):
    """Puts its dialog back inside the available screen whenever it changes size."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() in (QEvent.Type.Resize, QEvent.Type.Show) \
                and watched.isVisible():
            if isinstance(watched, QMessageBox):
                _shorten_details(watched)
            area = window_fit.screen_area(watched)
            if not area.isEmpty() and not window_fit.room(area).contains(watched.frameGeometry()):
                window_fit.place(watched)
        return False


def _shorten_details(box: QMessageBox) -> None:
    """A message box taller than the screen with its details open: the details box gets
    what is left (at least DETAIL_LINES lines; it scrolls)."""
    details = next((x for x in box.findChildren(QTextEdit) if x.isVisible()), None)
    area = window_fit.screen_area(box)
    if details is None or area.isEmpty() or box.height() <= area.height():
        return
    least = details.fontMetrics().lineSpacing() * DETAIL_LINES + 2 * details.frameWidth() + 8
    height = max(least, details.height() - (box.height() - area.height()) - SLACK)
    if height < details.height():
        less = details.height() - height
        details.setFixedHeight(height)
        box.setFixedHeight(box.height() - less)  # Qt fixed the box's size to its contents


D = TypeVar("D", bound=QDialog)


def keep_on_screen(dialog: D) -> D:
    """Keep `dialog` inside the available screen when it grows while open; returns it."""
    keeper = _OnScreen(dialog)
    dialog.installEventFilter(keeper)
    return dialog
