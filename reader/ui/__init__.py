"""The desktop window (PySide6). The only package that imports Qt.

One widget per module; `main_window` composes them and wires their signals in one place;
`actions` holds every menu action and shortcut; `settings` is the one settings object.
"""
