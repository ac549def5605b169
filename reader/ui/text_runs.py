"""The two text calls PySide6 does not bind, supplied to Qt directly (Linux x86-64).

`QAccessibleTextInterface.selection()` and `.attributes()` return through pointer arguments,
so PySide6 leaves them out: a Python text interface answers them with nothing and leaves the
range unset, and Qt's AT-SPI bridge hands a screen reader an uninitialised range (Orca read
"attributes 1-0" for every offset of the page, found no text in it and said nothing when the
caret moved line by line or heading by heading).

`supply(iface, owner)` gives one Python-made text interface these two calls: its C++
object's virtual table is copied with those two entries pointing at ctypes functions that ask
`owner.selection_range()` and `owner.attribute_run(offset)`, and the object is pointed at the
copy (the table Qt and PySide6 made is never written to: no mprotect). That depends on the
C++ ABI, so it is done only where it was verified, and only after these checks pass, each
without calling anything unknown:
- Linux on x86-64 (the Itanium C++ ABI: a QString is returned through a hidden first
  argument), Qt 6 (its QString is {d, ptr, size});
- Qt's own table for QAccessibleTextInterface (`_ZTV24QAccessibleTextInterface`, read from
  the loaded libQt6Gui) has the layout assumed here: its destructors (or 0), `textBeforeOffset`,
  `textAfterOffset` and `textAtOffset` at their places, the pure virtual entries at theirs;
- the object's table belongs to a class derived directly (single, non-virtual) from
  QAccessibleTextInterface (its type info says so), so its first entries are laid out alike;
- then two known entries (`text`, `characterCount`) called through that table give what the
  Python methods give (the calling convention and QString's layout are the assumed ones).
Anywhere else, or when a check fails, nothing changes and the log says why (once a reason).
`AK_READER_TEXT_RUNS=0` turns it off (a screen reader then gets no text runs; see README).

Lifetimes: the patched tables and the UTF-16 text the returned QStrings point at are
allocated with malloc and never freed (a few hundred bytes for the process: a QString Qt
copied from one may outlive any Python object, and the table must stay valid until the C++
object's destructor has run, also while Python shuts down); the ctypes callbacks are module
constants with an extra reference (never collected). The callbacks answer only on the main
thread (Qt's accessibility runs there) and never let an exception reach Qt.
"""

from __future__ import annotations

import ctypes
import logging
import os
import platform
import sys
import threading
import weakref
from typing import Any, Protocol

import shiboken6

log = logging.getLogger(__name__)

#: set to 0 / off / no / false to leave Qt's text interfaces as PySide6 makes them
OPT_OUT = "AK_READER_TEXT_RUNS"

# QAccessibleTextInterface's virtual functions in declaration order, after the two
# destructor entries of the Itanium ABI (qaccessible_base.h / qaccessible.h, Qt 6)
_HEADER = 2  # offset-to-top and type info before the address an object points at
_SELECTION, _TEXT, _CHARACTER_COUNT, _ATTRIBUTES = 2, 9, 13, 17
_ENTRIES = _ATTRIBUTES + 1
_SPARE = 8  # entries copied past the interface's own (any a subclass's table adds)
#: Qt's own table: its destructors (0 in the table of an abstract class, as GCC makes it)
_DESTRUCTORS = {0: "_ZN24QAccessibleTextInterfaceD1Ev", 1: "_ZN24QAccessibleTextInterfaceD0Ev"}
#: and the entries defined in libQt6Gui (the rest are pure virtual)
_DEFINED = {
    10: "_ZNK24QAccessibleTextInterface16textBeforeOffsetEiN11QAccessible16TextBoundaryTypeEPiS2_",
    11: "_ZNK24QAccessibleTextInterface15textAfterOffsetEiN11QAccessible16TextBoundaryTypeEPiS2_",
    12: "_ZNK24QAccessibleTextInterface12textAtOffsetEiN11QAccessible16TextBoundaryTypeEPiS2_",
}
_VTABLE = "_ZTV24QAccessibleTextInterface"
_TYPEINFO = "_ZTI24QAccessibleTextInterface"
#: distinct answers kept (each a few bytes, for the process's life); more: answered empty
MAX_STRINGS = 256

_P = ctypes.c_void_p
_WORD = ctypes.sizeof(_P)
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
_tables: dict[int, int] = {}  # original table -> patched copy, and the copy -> itself (malloc'd)
_refusals: dict[int, str] = {}  # table -> why it is not patched (checked once)
_strings: dict[str, tuple[int, int]] = {}  # answer -> its UTF-16 text (malloc'd) and length
_said: set[str] = set()  # reasons already logged
_lock = threading.RLock()  # supply() and the answers' strings
_main = threading.main_thread().ident
_libc: Any = None


def _say(reason: str) -> None:
    if reason not in _said:
        _said.add(reason)
        log.info("text attributes and selection not given to assistive technology: %s", reason)


def _malloc(size: int) -> int:
    """`size` bytes that are never freed (0 when none are left)."""
    global _libc
    if _libc is None:
        libc = ctypes.CDLL(None)
        libc.malloc.restype = _P
        libc.malloc.argtypes = [ctypes.c_size_t]
        _libc = libc
    return int(_libc.malloc(size) or 0)


def _utf16(text: str) -> tuple[int, int]:
    """`text` as UTF-16 that stays where it is for the process's life: (address, length);
    (0, 0) when too many answers were kept already."""
    with _lock:
        kept = _strings.get(text)
        if kept is None:
            if len(_strings) >= MAX_STRINGS:
                return 0, 0
            data = text.encode("utf-16-le") + b"\0\0"
            address = _malloc(len(data))
            if not address:
                return 0, 0
            ctypes.memmove(address, data, len(data))
            kept = _strings[text] = (address, len(data) // 2 - 1)
        return kept


def _set(pointer: Any, value: int) -> None:
    if pointer:  # (a NULL pointer is left alone)
        pointer[0] = value


def _selection(this: int | None, index: int, start: Any, end: Any) -> None:
    lo = hi = 0
    try:
        owner = _owners.get(this or 0)
        if owner is not None and index == 0 and threading.get_ident() == _main:
            lo, hi = (int(v) for v in owner.selection_range())
    except BaseException:  # never let an exception cross into Qt
        lo = hi = 0
        log.exception("text selection for assistive technology")
    finally:
        try:
            _set(start, lo)
            _set(end, hi)
        except BaseException:
            log.exception("text selection for assistive technology")


def _attributes(result: int | None, this: int | None, offset: int, start: Any, end: Any) -> int | None:
    address = size = lo = hi = 0
    try:
        owner = _owners.get(this or 0)
        if owner is not None and threading.get_ident() == _main:
            run = owner.attribute_run(int(offset))
            text, lo, hi = str(run[0]), int(run[1]), int(run[2])
            if text:
                address, size = _utf16(text)
                if not address:
                    _say(f"more than {MAX_STRINGS} different text attributes")
                    lo = hi = 0
    except BaseException:  # never let an exception cross into Qt
        address = size = lo = hi = 0
        log.exception("text attributes for assistive technology")
    finally:
        try:
            _set(start, lo)
            _set(end, hi)
            if result:  # the caller's QString, constructed here: raw data Qt does not free
                qstring = _QString.from_address(result)
                qstring.d, qstring.ptr, qstring.size = None, address or None, size
        except BaseException:
            log.exception("text attributes for assistive technology")
    return result


_SELECTION_FN = _SelectionFn(_selection)
_ATTRIBUTES_FN = _AttributesFn(_attributes)
try:  # Qt holds their addresses: never collected, not even while Python shuts down
    for _fn in (_SELECTION_FN, _ATTRIBUTES_FN):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(_fn))
except Exception:  # (no Python API through ctypes, as in some bundles: the module keeps them)
    log.debug("callbacks not pinned", exc_info=True)


def _supported() -> str | None:
    value = os.environ.get(OPT_OUT, "").strip().lower()
    if value in ("0", "off", "no", "false"):
        return f"turned off ({OPT_OUT}={value})"
    if not sys.platform.startswith("linux"):
        return f"not on {sys.platform}"
    if platform.machine() not in ("x86_64", "AMD64") or _WORD != 8:
        return f"not on {platform.machine()}"
    from PySide6.QtCore import qVersion

    if not qVersion().startswith("6."):
        return f"not on Qt {qVersion()}"
    return None


def _mappings() -> list[tuple[int, int, str, str]]:
    """The process's memory map: (start, end, permissions, path)."""
    found = []
    with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
        for line in maps:
            fields = line.split(maxsplit=5)
            lo, _, hi = fields[0].partition("-")
            found.append((int(lo, 16), int(hi, 16), fields[1], fields[5].strip() if len(fields) > 5 else ""))
    return found


def _readable(maps: list[tuple[int, int, str, str]], address: int, size: int) -> bool:
    return any(lo <= address and address + size <= hi and perms.startswith("r") for lo, hi, perms, _ in maps)


def _words(address: int, count: int) -> list[int]:
    return [v or 0 for v in (_P * count).from_address(address)]


def _layout_problem(table: int) -> str | None:
    """Why the table at `table` (an object's, without its header) is not laid out as assumed,
    None when it is. Reads memory only where the process's map says it can be read."""
    maps = _mappings()
    gui = sorted({path for _, _, _, path in maps if os.path.basename(path).startswith("libQt6Gui.so")})
    if len(gui) != 1:
        return f"Qt's GUI library not found once in memory ({len(gui)})"
    lib = ctypes.CDLL(gui[0])  # (loaded already: the same handle)

    def symbol(name: str) -> int:
        try:
            return ctypes.cast(getattr(lib, name), _P).value or 0
        except AttributeError:
            return 0

    base, typeinfo = symbol(_VTABLE), symbol(_TYPEINFO)
    if not base or not typeinfo:
        return "Qt's table for QAccessibleTextInterface not found"
    if not _readable(maps, base, (_HEADER + _ENTRIES) * _WORD):
        return "Qt's table for QAccessibleTextInterface not readable"
    words = _words(base, _HEADER + _ENTRIES)
    header, entries = words[:_HEADER], words[_HEADER:]
    if header != [0, typeinfo]:
        return "Qt's table for QAccessibleTextInterface has another header"
    for index, name in _DESTRUCTORS.items():
        if entries[index] not in (0, symbol(name) or -1):
            return f"Qt's table for QAccessibleTextInterface has another entry {index}"
    for index, name in _DEFINED.items():
        if not symbol(name) or entries[index] != symbol(name):
            return f"Qt's table for QAccessibleTextInterface has another entry {index}"
    pure = {entries[i] for i in range(_ENTRIES) if i not in _DEFINED and i not in _DESTRUCTORS}
    if len(pure) != 1 or 0 in pure or not pure.isdisjoint(entries[i] for i in _DEFINED):
        return "Qt's table for QAccessibleTextInterface has its pure virtual entries elsewhere"
    # the object's table: a class derived from QAccessibleTextInterface alone
    start = table - _HEADER * _WORD
    if not _readable(maps, start, (_HEADER + _ENTRIES + _SPARE) * _WORD):
        return "the object's table is not readable"
    offset_to_top, own_type = _words(start, _HEADER)
    if offset_to_top != 0 or not own_type or not _readable(maps, own_type, 3 * _WORD):
        return "the object's table has another header"
    if own_type != typeinfo and _words(own_type, 3)[2] != typeinfo:
        return "the object is not of a class derived from QAccessibleTextInterface alone"
    return None


def _table_works(this: int, table: int, owner: Any) -> bool:
    """Call `text` and `characterCount` through the C++ table: the same answers as the Python
    methods, so the calling convention and QString are the ones this module assumes."""
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
    return got == expected  # (the returned string is left to leak: a few bytes, once a class)


def _patch(this: int, iface: Any) -> str | None:
    table = ctypes.c_void_p.from_address(this).value or 0
    patched = _tables.get(table)
    if patched is None:
        if table in _refusals:
            return _refusals[table]
        problem = _layout_problem(table)
        if not problem and not _table_works(this, table, iface):
            problem = "the table's text calls do not answer as the Python ones"
        if problem:
            _refusals[table] = problem
            return problem
        size = (_HEADER + _ENTRIES + _SPARE) * _WORD
        copy = _malloc(size)
        if not copy:
            return "no memory"
        ctypes.memmove(copy, table - _HEADER * _WORD, size)
        entries = (_P * (_HEADER + _ENTRIES)).from_address(copy)
        entries[_HEADER + _SELECTION] = ctypes.cast(_SELECTION_FN, _P).value
        entries[_HEADER + _ATTRIBUTES] = ctypes.cast(_ATTRIBUTES_FN, _P).value
        patched = copy + _HEADER * _WORD
        _tables[table] = _tables[patched] = patched
    ctypes.c_void_p.from_address(this).value = patched
    return None


def supply(iface: shiboken6.Object, owner: Runs) -> bool:
    """Give the Python-made QAccessibleTextInterface `iface` the selection and attributes
    calls, answered by `owner`; False where that is not done (see the module's doc)."""
    reason = _supported()
    if reason is None:
        if threading.get_ident() != _main:
            reason = "not on the main thread"
        else:
            try:
                with _lock:
                    this = shiboken6.getCppPointer(iface)[0]
                    _owners[this] = owner  # (before the table points at the answers)
                    reason = "not patched"
                    try:
                        reason = _patch(this, iface)
                    finally:
                        if reason is not None:
                            _owners.pop(this, None)
            except Exception as exc:  # an unexpected object: leave it as it is
                reason = f"{type(exc).__name__}: {exc}"
    if reason is None:
        return True
    _say(reason)
    return False
