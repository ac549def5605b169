"""The two text calls PySide6 does not bind, supplied to Qt directly (Linux x86-64).

`QAccessibleTextInterface.selection()` and `.attributes()` return through pointer arguments,
so PySide6 leaves them out: a Python text interface answers them with nothing and leaves the
range unset, and Qt's AT-SPI bridge hands a screen reader an uninitialised range (Orca read
"attributes 1-0" for every offset of the page, found no text in it and said nothing when the
caret moved line by line or heading by heading).

`supply(iface, owner)` gives one Python-made text interface these two calls: its C++
object's virtual table is copied with those two entries pointing at ctypes functions that ask
`owner.selection_range()` and `owner.attribute_run(offset)`. That depends on the C++ ABI, so
it is done only where it was verified: Linux on x86-64 (the Itanium C++ ABI, a QString is
returned through a hidden first argument), and only after calling two of the table's known
entries (`text`, `characterCount`) through ctypes gave what the Python methods give. Anywhere
else, or when that check fails, nothing changes (and the log says so once).
"""

from __future__ import annotations

import ctypes
import logging
import platform
import sys
import weakref
from typing import Any, Protocol

import shiboken6

log = logging.getLogger(__name__)

# QAccessibleTextInterface's virtual functions in declaration order, after the two
# destructor entries of the Itanium ABI (qaccessible_base.h / qaccessible.h, Qt 6)
_HEADER = 2  # offset-to-top and type info before the address an object points at
_SELECTION, _TEXT, _CHARACTER_COUNT, _ATTRIBUTES = 2, 9, 13, 17
_ENTRIES = _ATTRIBUTES + 1
_SPARE = 8

_P = ctypes.c_void_p
_INT_P = ctypes.POINTER(ctypes.c_int)


class _QString(ctypes.Structure):
    """Qt 6's QString (QArrayDataPointer<char16_t>); d == 0 is raw data Qt does not own or free."""

    _fields_ = [("d", _P), ("ptr", _P), ("size", ctypes.c_ssize_t)]


# void selection(int index, int *start, int *end) const
_SelectionFn = ctypes.CFUNCTYPE(None, _P, ctypes.c_int, _INT_P, _INT_P)
# QString attributes(int offset, int *start, int *end) const: (hidden result, this, ...)
_AttributesFn = ctypes.CFUNCTYPE(_P, _P, _P, ctypes.c_int, _INT_P, _INT_P)
# QString text(int start, int end) const, int characterCount() const: only to check the table
_TextFn = ctypes.CFUNCTYPE(_P, _P, _P, ctypes.c_int, ctypes.c_int)
_CountFn = ctypes.CFUNCTYPE(ctypes.c_int, _P)


class Runs(Protocol):
    def selection_range(self) -> tuple[int, int]:
        """The selection's (start, end), (0, 0) without one."""
        ...

    def attribute_run(self, offset: int) -> tuple[str, int, int]:
        """("name:value;…", start, end) of the run of text around `offset`."""
        ...


_owners: weakref.WeakValueDictionary[int, Runs] = weakref.WeakValueDictionary()  # C++ address -> owner
_tables: dict[int, ctypes.Array] = {}  # original table -> patched copy (kept for the process's life)
_strings: dict[str, ctypes.Array] = {}  # UTF-16 buffers the returned QStrings point at (kept likewise)
_refused: list[str] = []


def _utf16(text: str) -> tuple[int, int]:
    buffer = _strings.get(text)
    if buffer is None:
        data = text.encode("utf-16-le")
        buffer = _strings[text] = (ctypes.c_uint16 * (len(data) // 2 + 1)).from_buffer_copy(data + b"\0\0")
    return ctypes.addressof(buffer), len(text.encode("utf-16-le")) // 2


def _selection(this: int | None, index: int, start: Any, end: Any) -> None:
    lo = hi = 0
    try:
        owner = _owners.get(this or 0)
        if owner is not None and index == 0:
            lo, hi = owner.selection_range()
    except Exception:  # never let an exception cross into Qt
        log.exception("text selection for assistive technology")
    start[0], end[0] = lo, hi


def _attributes(result: int, this: int | None, offset: int, start: Any, end: Any) -> int:
    text, lo, hi = "", 0, 0
    try:
        owner = _owners.get(this or 0)
        if owner is not None:
            text, lo, hi = owner.attribute_run(offset)
    except Exception:
        log.exception("text attributes for assistive technology")
        text, lo, hi = "", 0, 0
    start[0], end[0] = lo, hi
    qstring = _QString.from_address(result)
    qstring.d = None
    qstring.ptr, qstring.size = _utf16(text) if text else (None, 0)
    return result


_SELECTION_FN = _SelectionFn(_selection)
_ATTRIBUTES_FN = _AttributesFn(_attributes)


def _supported() -> str | None:
    if not sys.platform.startswith("linux"):
        return f"not on {sys.platform}"
    if platform.machine() not in ("x86_64", "AMD64") or ctypes.sizeof(_P) != 8:
        return f"not on {platform.machine()}"
    return None


def _table_works(this: int, table: int, owner: Any) -> bool:
    """Call `text` and `characterCount` through the C++ table: the same answers as the Python
    methods, so the table and the calling convention are the ones this module assumes."""
    expected_count = owner.characterCount()
    end = min(expected_count, 16)
    expected = owner.text(0, end)  # (first in Python: an error stays here, not in Qt)
    entries = (_P * _ENTRIES).from_address(table)
    if _CountFn(entries[_CHARACTER_COUNT] or 0)(this) != expected_count:
        return False
    result = _QString()
    _TextFn(entries[_TEXT] or 0)(ctypes.addressof(result), this, 0, end)
    if result.size < 0 or result.size > end or not (result.ptr or result.size == 0):
        return False
    got = ctypes.string_at(result.ptr, 2 * result.size).decode("utf-16-le") if result.size else ""
    return got == expected  # (the returned string is left to leak: a few bytes, once)


def supply(iface: shiboken6.Object, owner: Runs) -> bool:
    """Give the Python-made QAccessibleTextInterface `iface` the selection and attributes
    calls, answered by `owner`; False where that is not done (see the module's doc)."""
    reason = _supported()
    if reason is None:
        try:
            this = shiboken6.getCppPointer(iface)[0]
            table = ctypes.c_void_p.from_address(this).value or 0
            patched = _tables.get(table)
            if patched is None:
                if not _table_works(this, table, iface):
                    reason = "the virtual table is not the expected one"
                else:
                    # (a few entries past the interface's own too: any a subclass's table adds)
                    patched = (_P * (_HEADER + _ENTRIES + _SPARE))()
                    ctypes.memmove(patched, table - _HEADER * ctypes.sizeof(_P), ctypes.sizeof(patched))
                    patched[_HEADER + _SELECTION] = ctypes.cast(_SELECTION_FN, _P).value
                    patched[_HEADER + _ATTRIBUTES] = ctypes.cast(_ATTRIBUTES_FN, _P).value
                    _tables[table] = patched
                    _tables[ctypes.addressof(patched) + _HEADER * ctypes.sizeof(_P)] = patched
            if patched is not None:
                _owners[this] = owner
                ctypes.c_void_p.from_address(this).value = ctypes.addressof(patched) + _HEADER * ctypes.sizeof(_P)
                return True
        except Exception as exc:  # an unexpected object: leave it as it is
            reason = f"{type(exc).__name__}: {exc}"
    if not _refused:
        _refused.append(reason or "")
        log.info("text attributes and selection not given to assistive technology: %s", reason)
    return False
