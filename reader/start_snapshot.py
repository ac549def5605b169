"""The start snapshot: a picture of the window as the last start first showed it, shown by
the next start before any of the app is imported (as phones show a launch snapshot).

    <cache>/start-window/<slug>.json   what it shows and when it still applies (the key)
    <cache>/start-window/<slug>.ppm    the picture (binary PPM: quick to read, no plug-in)

`<slug>` stands for the settings folder (or the user's settings). The window writes both
once it has settled after start-up and the user has done nothing yet (`reader.ui.start_capture`);
the next start shows the picture (`reader.ui.start_window`) only when every part of the key
is as it was:
- the snapshot format and the app version;
- the settings file, byte for byte (window geometry, panes, language, colour scheme, text
  size, the page and search restored: the session is saved right before the picture is taken);
- which content is read (`--content`, AK_READER_CONTENT, the pack library's choice) and
  every file under that content root by name, size and time stamp;
- (checked once Qt runs, see `reader.ui.start_window`) the screens with their sizes and
  pixel ratios, the system palette, font and locale.
Anything else different, a missing or damaged file: the normal start, and a new snapshot.

Imports nothing of the app but `reader.cache` and `reader.portable`; no Qt: it runs
before Qt is imported.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

FORMAT = 1
FOLDER = "start-window"
#: Options with which the window may start from the snapshot (each takes a value or not).
_VALUE_OPTIONS = ("--content", "--settings-dir", "--cache-dir")
_FLAG_OPTIONS = ("--quit-after-first-paint", "--replace")
#: the largest picture accepted (a 8K screen at 1×, or 4K at 2×)
MAX_PIXELS = 7680 * 4320


class Start:
    """What this start was asked for, as far as the snapshot needs it (parsed without argparse)."""

    def __init__(self, content: str, settings_dir: str, cache_dir: str, quit_after_paint: bool) -> None:
        self.content = content
        self.settings_dir = settings_dir
        self.cache_dir = cache_dir
        self.quit_after_paint = quit_after_paint


def parse_start(args: list[str], environ: dict[str, str] | os._Environ[str] | None = None) -> Start | None:
    """The window's options when this start may show the snapshot, else None: a command, a
    page to open, the self test, help or anything not known here start the normal way."""
    env = os.environ if environ is None else environ
    values = {name: "" for name in _VALUE_OPTIONS}
    quit_after = False
    i = 0
    while i < len(args):
        arg = args[i]
        name, eq, value = arg.partition("=")
        if name in _VALUE_OPTIONS:
            if not eq:
                i += 1
                if i >= len(args):
                    return None
                value = args[i]
            values[name] = value
        elif arg in _FLAG_OPTIONS:
            quit_after = quit_after or arg == "--quit-after-first-paint"
        else:
            return None
        i += 1
    content = values["--content"] or env.get("AK_READER_CONTENT", "")
    settings = values["--settings-dir"] or env.get("AK_READER_SETTINGS_DIR", "")
    return Start(content, settings, values["--cache-dir"], quit_after)


def settings_location(settings_dir: str) -> str:
    """The settings folder as an absolute path, or "user" for the user's own settings."""
    return str(Path(settings_dir).expanduser().resolve()) if settings_dir else "user"


def paths(cache_dir: Path, settings_dir: str) -> tuple[Path, Path]:
    """The snapshot's key file and picture for these settings, under `cache_dir`."""
    slug = hashlib.sha1(settings_location(settings_dir).encode("utf-8")).hexdigest()[:16]
    folder = Path(cache_dir) / FOLDER
    return folder / f"{slug}.json", folder / f"{slug}.ppm"


def cache_folder(start: Start) -> Path:
    if start.cache_dir:
        return Path(start.cache_dir).expanduser()
    from reader.cache import default_cache_dir

    return default_cache_dir()


def file_digest(path: Path | str) -> str:
    """sha1 of a file's bytes; "" when it cannot be read."""
    try:
        return hashlib.sha1(Path(path).read_bytes()).hexdigest()
    except OSError:
        return ""


def packs_digest() -> str:
    """The pack library's file (which pack is chosen), as a digest."""
    from reader.portable import user_data_dir

    return file_digest(user_data_dir() / "packs.json")


def content_stamp(root: Path | str) -> str:
    """Every file under `root` (hidden folders skipped) by relative path, size and time
    stamp, and the glossary beside it, as one digest; "" when `root` cannot be read."""
    top = str(root)
    parts: list[str] = []
    stack = [top]
    try:
        while stack:
            folder = stack.pop()
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
                        continue
                    st = entry.stat()
                    parts.append(f"{entry.path[len(top):]}\0{st.st_size}\0{st.st_mtime_ns}")
    except OSError:
        return ""
    parts.sort()
    glossary = Path(top).parent / "includes" / "begrippenlijst.md"
    try:
        st = glossary.stat()
        parts.append(f"glossary\0{st.st_size}\0{st.st_mtime_ns}")
    except OSError:
        pass
    return hashlib.sha1("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def file_key(version: str, settings_file: str, content: str, root: str) -> dict[str, Any]:
    """The part of the key that is checked before Qt starts."""
    return {
        "format": FORMAT,
        "version": version,
        "settings_file": settings_file,
        "settings": file_digest(settings_file),
        "content_arg": content,
        "packs": "" if content else packs_digest(),
        "root": root,
        "content": content_stamp(root),
    }


def read(json_file: Path, image_file: Path) -> tuple[dict[str, Any] | None, str]:
    """The snapshot's data (None and why not when missing or damaged); the picture's size
    is checked against the key file, not read."""
    try:
        raw = json_file.read_bytes()
    except FileNotFoundError:
        return None, "no start snapshot yet"
    except OSError as exc:
        return None, f"start snapshot unreadable: {exc}"
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        return None, f"start snapshot damaged ({json_file.name}: {exc})"
    if not isinstance(data, dict):
        return None, f"start snapshot damaged ({json_file.name}: not an object)"
    key, window = data.get("key"), data.get("window")
    if not isinstance(key, dict) or not isinstance(window, dict):
        return None, f"start snapshot damaged ({json_file.name}: no key or window)"
    try:
        rect = [int(v) for v in window["rect"]]
        size = [int(v) for v in window["image"]]
        expected = int(window["image_bytes"])
        str(window["title"])
        bool(window["maximized"])
        float(window["dpr"])
    except (KeyError, TypeError, ValueError) as exc:
        return None, f"start snapshot damaged ({json_file.name}: {type(exc).__name__} {exc})"
    if len(rect) != 4 or len(size) != 2 or not (0 < size[0] * size[1] <= MAX_PIXELS) \
            or min(rect[2:]) <= 0:
        return None, f"start snapshot damaged ({json_file.name}: sizes out of range)"
    try:
        actual = image_file.stat().st_size
    except OSError:
        return None, f"start snapshot picture missing ({image_file.name})"
    if actual != expected:
        return None, f"start snapshot picture damaged ({image_file.name}: {actual} bytes, {expected} expected)"
    return data, ""


def differs(saved: dict[str, Any], now: dict[str, Any]) -> str:
    """The first part of the key that differs ("" when all match)."""
    for name in sorted(set(saved) | set(now)):
        if saved.get(name) != now.get(name):
            return name
    return ""


def write(json_file: Path, image_write: Any, data: dict[str, Any]) -> None:
    """Write the picture (`image_write(path) -> bool`) and then the key file, each to a
    temporary file renamed into place; the key file goes last, so a half-written snapshot
    is never taken for a whole one (its picture size would not match)."""
    json_file.parent.mkdir(parents=True, exist_ok=True)
    image_file = json_file.with_suffix(".ppm")
    temp_image = image_file.with_name(image_file.name + ".tmp")
    temp_json = json_file.with_name(json_file.name + ".tmp")
    try:
        json_file.unlink(missing_ok=True)  # no key while its picture is replaced
        if not image_write(str(temp_image)):
            raise OSError(f"cannot write {temp_image}")
        data["window"]["image_bytes"] = temp_image.stat().st_size
        os.replace(temp_image, image_file)
        temp_json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temp_json, json_file)
    finally:
        temp_image.unlink(missing_ok=True)
        temp_json.unlink(missing_ok=True)
