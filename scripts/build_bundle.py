"""Build the portable app: one folder with `ak-reader` (window) and `ak-reader-cli`.

    python scripts/build_bundle.py [--out dist] [--work build/bundle] [--zip]

Runs PyInstaller in one-folder mode (never one-file: that unpacks into the temp folder on
every start, which virus scanners and AppLocker flag; no UPX) from the same spec on
Linux, Windows and macOS. The folder gets:

- `ak-reader` and `ak-reader-cli` (on Windows two executables, with the app icon and a
  version resource, the window without a console and the CLI with one; elsewhere the CLI
  is a small script that starts the one executable);
- the bundled content, resources and translations (the same mapping as the wheel's, read
  from pyproject.toml), and a prebuilt search index and content snapshot
  (`reader.prebuilt`), so that the first start on a new laptop is as fast as any later;
- only the Qt parts the app uses: QtCore, QtGui, QtWidgets, QtPrintSupport, QtSvg,
  QtNetwork (its local socket only, for `reader.ui.single_instance`: no TLS or network
  information plugins), the platform, image-format and icon plugins, and Qt's own
  translations in Dutch and English;
- on Linux, Qt's ICU data library rebuilt with only the data of the app's languages (Dutch,
  English and the root they fall back to: 32 -> 4.5 MB; `shrink_icu_data`, needs a C compiler);
- `portable.ini.example` (rename it to `portable.ini` for portable mode) and LICENSES/.

`--zip` then makes the release: `scripts/release.py` (zip, SHA-256 file). The build
needs PyInstaller (`pip install -e ".[bundle]"`); it prints the folder's size and time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NAME = "ak-reader"
#: PySide6 modules the app imports (reader/ui); everything else of Qt stays out
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg", "QtNetwork")
#: Qt plugin folders worth shipping (the platform's own are chosen by the hooks)
QT_PLUGIN_KEEP = ("platforms", "platformthemes", "platforminputcontexts", "imageformats", "iconengines",
                  "styles", "wayland-shell-integration", "wayland-decoration-client", "printsupport")
#: plugins of those folders that a desktop app does not need: embedded-device platforms,
#: the GTK theme (it brings GTK, Cairo and Pango along) and rare image formats (WebP too:
#: the content has no images, and Pillow's WebP part is left out as well)
QT_PLUGIN_DROP = ("libqeglfs", "libqlinuxfb", "libqminimalegl", "libqvkkhrdisplay", "libqvnc", "libqgtk3",
                  "libqicns", "libqtga", "libqtiff", "libqwbmp", "libqwebp", "qeglfs", "qlinuxfb", "qminimalegl",
                  "qvnc", "qicns", "qtga", "qtiff", "qwbmp", "qwebp")
#: Qt's translations: only the app's languages
QT_LANGUAGES = ("nl", "en")
#: Linux: libraries every desktop has, left to the system as AppImage's exclude list does
#: (a bundled libstdc++ or GLib older than the system's breaks its graphics drivers and
#: themes). The X11 client libraries stay bundled: Qt's xcb plugin needs xcb-cursor & co.,
#: which many systems lack. CUPS and what it links are found on any desktop that prints.
LINUX_SYSTEM_LIBS = (
    "libstdc++.so", "libgcc_s.so", "libglib-2.0.so", "libgthread-2.0.so", "libgmodule-2.0.so", "libfreetype.so",
    "libfontconfig.so", "libdbus-1.so", "libsystemd.so", "libgcrypt.so", "libgpg-error.so", "libz.so",
    "libexpat.so", "libpng16.so", "libbz2.so", "liblzma.so", "libzstd.so", "liblz4.so", "libcap.so", "libuuid.so",
    "libbrotlicommon.so", "libbrotlidec.so", "libpcre2-8.so", "libX11.so", "libX11-xcb.so", "libXau.so",
    "libXdmcp.so", "libGL.so", "libGLX.so", "libGLdispatch.so", "libEGL.so", "libOpenGL.so",
    "libcups.so", "libgnutls.so", "libkrb5.so", "libkrb5support.so", "libgssapi_krb5.so", "libk5crypto.so",
    "libcom_err.so", "libkeyutils.so", "libavahi-common.so", "libavahi-client.so", "libp11-kit.so", "libidn2.so",
    "libunistring.so", "libtasn1.so", "libnettle.so", "libhogweed.so", "libgmp.so", "libffi.so", "libwayland-client.so",
    "libwayland-cursor.so", "libwayland-egl.so", "libxkbcommon.so", "libxkbcommon-x11.so",
)


def hidden_imports() -> list[str]:
    """Modules loaded by name, where PyInstaller cannot see them: Markdown's extensions of
    the renderer, rapidfuzz's compiled distance functions, PyStemmer."""
    from reader.render.markdown_pipeline import EXTENSIONS

    markdown = [name if "." in name else f"markdown.extensions.{name}" for name in EXTENSIONS]
    # rapidfuzz picks its compiled implementation at import time (AVX2, else plain C++)
    rapidfuzz = ["rapidfuzz.distance.metrics_cpp", "rapidfuzz.distance.metrics_cpp_avx2",
                 "rapidfuzz.distance._initialize_cpp", "rapidfuzz._feature_detector_cpp"]
    return [*markdown, *rapidfuzz, "Stemmer"]


EXCLUDES = (
    "tkinter", "unittest", "pydoc", "doctest", "test", "lib2to3", "xmlrpc", "pytest", "pytestqt",
    "hypothesis", "ruff", "PyInstaller", "setuptools", "pip", "IPython", "numpy", "ssl", "_ssl",
    "_hashlib",  # hashlib has its own SHA-1 and SHA-256; OpenSSL would add 5 MB
    "_codecs_jp", "_codecs_kr", "_codecs_cn", "_codecs_tw", "_codecs_hk", "_codecs_iso2022",
    "_multibytecodec",  # East Asian codecs: content is UTF-8, UTF-16 or Latin-1
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtOpenGL", "PySide6.QtDBus",
    "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml", "PySide6.QtConcurrent",
    "PySide6.QtSvgWidgets", "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtDesigner",
    "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2", "PySide6.QtQuickTest",
    # openpyxl imports lxml and Pillow when they are there; lxml only serves the tests (pikepdf)
    "lxml", "pikepdf",
    # Pillow (for WeasyPrint's images): not its AVIF, WebP, font and Tk parts (8 MB of libraries)
    "PIL._avif", "PIL._webp", "PIL._imagingft", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
    # fontTools' WOFF compression (WeasyPrint embeds plain font subsets), and the terminal's line editor
    "brotli", "_brotli", "zopfli", "readline", "curses", "_curses",
    # rapidfuzz imports its fuzz, process and utils modules at start and takes their pure-Python
    # versions when the compiled ones are missing; only OSA (compiled, in distance/) is used (5.3 MB)
    "rapidfuzz.fuzz_cpp", "rapidfuzz.fuzz_cpp_avx2", "rapidfuzz.process_cpp_impl", "rapidfuzz.utils_cpp",
    # Pygments (pytest's dependency, not ours): the renderer highlights without it
    # (pymdownx.highlight use_pygments=False), 1.8 MB of the Python archive
    "pygments",
    # cffi's compiler support (WeasyPrint uses cffi's ABI mode) and decimal's pure-Python twin
    "distutils", "_pydecimal",
)


def version() -> str:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def data_files(content: Path | None = None) -> list[tuple[str, str]]:
    """(source, folder in the bundle) for every file the wheel ships beside the code;
    `content`: a copy of the content folder to take instead of the checkout's."""
    wheel = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = wheel["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    out = []
    for source, target in mapping.items():
        path = content if (source == "content" and content is not None) else REPO / source
        if path.is_dir():
            out.append((str(path), target))
        else:
            out.append((str(path), str(Path(target).parent)))
    return out


# ---------------------------------------------------------------------- icon, version
def write_icon(png_sizes: dict[int, bytes], target: Path) -> Path:
    """A Windows .ico holding PNG images (Vista and later read PNG entries)."""
    import struct

    sizes = sorted(png_sizes)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = png_sizes[size]
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    target.write_bytes(header + entries + blobs)
    return target


def render_icon(work: Path) -> Path:
    """resources/icons/app.svg drawn at the icon sizes Windows uses, as an .ico."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt\n"
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter\n"
        "from PySide6.QtSvg import QSvgRenderer\n"
        "app = QGuiApplication(['x'])\n"
        "r = QSvgRenderer(sys.argv[1])\n"
        "for s in (16, 24, 32, 48, 64, 128, 256):\n"
        "    img = QImage(s, s, QImage.Format.Format_ARGB32); img.fill(Qt.GlobalColor.transparent)\n"
        "    p = QPainter(img); r.render(p); p.end()\n"
        "    img.save(f'{sys.argv[2]}/icon-{s}.png')\n"
    )
    folder = work / "icon"
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-c", code, str(REPO / "resources/icons/app.svg"), str(folder)],
                   check=True, env=env)
    pngs = {s: (folder / f"icon-{s}.png").read_bytes() for s in (16, 24, 32, 48, 64, 128, 256)}
    return write_icon(pngs, work / "ak-reader.ico")


def version_info(work: Path) -> Path:
    """The Windows version resource (PyInstaller's text format); ignored elsewhere."""
    parts = [int(p) for p in version().split(".")[:3]] + [0]
    while len(parts) < 4:
        parts.append(0)
    v = tuple(parts[:4])
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041304b0', [
      StringStruct('CompanyName', 'Algoritmekader Reader'),
      StringStruct('FileDescription', 'Algoritmekader Reader: het Algoritmekader offline lezen en doorzoeken'),
      StringStruct('FileVersion', '{version()}'),
      StringStruct('InternalName', '{NAME}'),
      StringStruct('LegalCopyright', 'EUPL-1.2'),
      StringStruct('OriginalFilename', '{NAME}.exe'),
      StringStruct('ProductName', 'Algoritmekader Reader'),
      StringStruct('ProductVersion', '{version()}')])]),
    VarFileInfo([VarStruct('Translation', [0x0413, 1200])])
  ]
)
"""
    path = work / "version-info.txt"
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------------- spec
SPEC = r'''# Generated by scripts/build_bundle.py; do not edit.
import sys
from pathlib import Path

cfg = {cfg!r}

def keep(entry):
    dest = entry[0].replace("\\", "/")
    if "/Qt/translations/" in dest or "/translations/qt" in dest:
        name = dest.rsplit("/", 1)[-1]
        return any(name.endswith("_" + lang + ".qm") for lang in cfg["qt_languages"])
    if "/Qt/plugins/" in dest:
        folder = dest.split("/Qt/plugins/", 1)[1].split("/", 1)[0]
        name = dest.rsplit("/", 1)[-1]
        return folder in cfg["plugin_keep"] and not name.startswith(tuple(cfg["plugin_drop"]))
    if "/Qt/qml/" in dest:
        return False
    if dest.startswith("pyphen/dictionaries/"):  # WeasyPrint's hyphenation: only the app's languages
        name = dest.rsplit("/", 1)[-1]
        return any(name.startswith("hyph_" + lang) for lang in cfg["qt_languages"])
    return True

a = Analysis(
    [cfg["entry"]],
    pathex=[cfg["repo"]],
    datas=cfg["datas"],
    hiddenimports=cfg["hidden"],
    excludes=cfg["excludes"],
    noarchive=False,
)
a.binaries = [b for b in a.binaries if keep(b)]
a.datas = [d for d in a.datas if keep(d)]


def prune(binaries):
    """Drop the shared libraries that only the dropped plugins needed: keep what the
    Python extension modules, the kept plugins and libpython reach through their imports."""
    from PyInstaller.depend.bindepend import get_imports

    def shared_lib(dest):
        dest = dest.replace("\\", "/")
        return ("/" not in dest or dest.startswith("PySide6/Qt/lib/") or dest.startswith("PySide6/Qt/bin/")
                or dest.startswith("pillow.libs/"))

    links = [b for b in binaries if b[2] == "SYMLINK"]
    binaries = [b for b in binaries if b[2] != "SYMLINK"]
    by_name = {b[0].replace("\\", "/").rsplit("/", 1)[-1].lower(): b for b in binaries}
    # roots: Python extension modules (a top-level one, like PyStemmer's Stemmer, has no folder
    # in its name either), the kept plugins and libpython
    # WeasyPrint loads Pango & co. by name (cffi), which no import shows: on Windows, where the
    # frozen app only finds DLLs in its own folder, the ones its hook collected are roots too
    loaded_by_name = ("libpango", "pango", "libharfbuzz", "harfbuzz", "libgobject", "gobject",
                      "libfontconfig", "fontconfig") if sys.platform == "win32" else ()
    roots = [b for b in binaries if not shared_lib(b[0]) or b[2] == "EXTENSION"
             or b[0].lower().startswith(("libpython", "python"))
             or (loaded_by_name and b[0].replace("\\", "/").rsplit("/", 1)[-1].lower().startswith(loaded_by_name))]
    reached, todo = set(), [b[1] for b in roots]
    while todo:
        path = todo.pop()
        try:
            imports = get_imports(path)
        except Exception:
            continue
        for name, _resolved in imports:
            key = name.rsplit("/", 1)[-1].lower()
            if key in by_name and key not in reached:
                reached.add(key)
                todo.append(by_name[key][1])
    kept = [b for b in binaries if not shared_lib(b[0]) or b in roots
            or b[0].replace("\\", "/").rsplit("/", 1)[-1].lower() in reached]
    dropped = sorted(b[0] for b in binaries if b not in kept)
    import posixpath

    there = {b[0].replace("\\", "/") for b in kept}
    for link in links:  # PyInstaller's links from the top folder to the libraries it moved
        dest = link[0].replace("\\", "/")
        target = posixpath.normpath(posixpath.join(posixpath.dirname(dest), link[1].replace("\\", "/")))
        if target in there:
            kept.append(link)
    print("pruned %d libraries: %s" % (len(dropped), ", ".join(d.rsplit("/", 1)[-1] for d in dropped)))
    return kept


a.binaries = prune(a.binaries)
if sys.platform.startswith("linux"):
    a.binaries = [b for b in a.binaries
                  if not ("/" not in b[0] and b[0].startswith(tuple(cfg["linux_system_libs"])))]
_there = {b[0].replace("\\", "/") for b in a.binaries + a.datas if b[2] != "SYMLINK"}


def _link_ok(entry):
    import posixpath

    if entry[2] != "SYMLINK":
        return True
    dest = entry[0].replace("\\", "/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(dest), entry[1].replace("\\", "/"))) in _there


a.binaries = [b for b in a.binaries if _link_ok(b)]
a.datas = [d for d in a.datas if _link_ok(d)]
pyz = PYZ(a.pure)
strip = sys.platform != "win32"  # debug symbols: half the size of the Linux libraries
common = dict(exclude_binaries=True, bootloader_ignore_signals=False, strip=strip, upx=False,
              icon=cfg["icon"], version=cfg["version_file"] if sys.platform == "win32" else None)
gui = EXE(pyz, a.scripts, [], name=cfg["name"], console=False, **common)
# Windows tells console from window programs by the executable: two of them. Elsewhere there
# is no such difference and the command line is a small script beside the one executable
# (build_bundle.py writes it), which saves the second copy of the Python archive.
programs = [gui]
if sys.platform == "win32":
    programs.append(EXE(pyz, a.scripts, [], name=cfg["name"] + "-cli", console=True, **common))
COLLECT(*programs, a.binaries, a.datas, strip=strip, upx=False, name=cfg["name"])
'''


def write_spec(work: Path, content: Path, prebuilt: Path, icon: Path, version_file: Path) -> Path:
    entry = work / "ak_reader_main.py"
    entry.write_text("import sys\nfrom reader.__main__ import main\nsys.exit(main())\n", encoding="utf-8")
    datas = [*data_files(content), (str(prebuilt), "reader/_prebuilt")]
    cfg = {
        "entry": str(entry), "repo": str(REPO), "datas": datas, "hidden": hidden_imports(),
        "excludes": list(EXCLUDES), "icon": str(icon), "version_file": str(version_file), "name": NAME,
        "qt_languages": list(QT_LANGUAGES), "plugin_keep": list(QT_PLUGIN_KEEP),
        "plugin_drop": list(QT_PLUGIN_DROP), "linux_system_libs": list(LINUX_SYSTEM_LIBS),
    }
    spec = work / f"{NAME}.spec"
    spec.write_text(SPEC.replace("{cfg!r}", repr(cfg)), encoding="utf-8")
    return spec


# ---------------------------------------------------------------------- ICU data (Linux)
#: what Qt needs of ICU's data: the app's languages and the root they fall back to
ICU_LANGUAGES = ("nl", "en", "root")
#: data left out of ICU's data library: the legacy character-set converters (Qt's own
#: UTF-8/16/32 and Latin-1 codecs serve the app; content is decoded by Python), the word
#: dictionaries of Chinese, Japanese, Thai, Lao, Khmer and Burmese, and transliteration
ICU_DROP_FOLDERS = ("translit",)
ICU_DROP_SUFFIXES = (".cnv", ".dict")
#: ...but the converters of old Western European text stay (Windows-1252, ISO-8859-15; 0.2 MB)
ICU_KEEP = ("ibm-5348_P100-1997.cnv", "ibm-923_P100-1998.cnv")


def _elf_symbol(data: bytes, name: bytes) -> tuple[int, int]:
    """(file offset, size) of a dynamic symbol of a 64-bit little-endian ELF library."""
    import struct

    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    dynsym = next(s for s in sections if s[1] == 11)  # SHT_DYNSYM
    strtab = sections[dynsym[6]]
    for i in range(dynsym[5] // 24):
        st_name, _info, _other, shndx, value, size = struct.unpack_from("<IBBHQQ", data, dynsym[4] + i * 24)
        start = strtab[4] + st_name
        if data[start:data.index(b"\0", start)] == name:
            section = sections[shndx]
            return section[4] + value - section[3], size
    raise LookupError(name)


def _icu_keep(item: str) -> bool:
    """Whether ICU needs a data item (`icudt73l/coll/nl.res`) for the app's languages."""
    import re

    parts = item.split("/")[1:]
    if parts[-1] in ICU_KEEP:
        return True
    if parts[0] in ICU_DROP_FOLDERS or item.endswith(ICU_DROP_SUFFIXES):
        return False
    stem = parts[-1].rsplit(".", 1)[0]
    # a locale's own data (de.res, fr_CA.res, zh_Hant_TW.res): only the app's languages
    if item.endswith(".res") and re.fullmatch(r"[a-z]{2,3}(_[A-Za-z0-9]*)*", stem):
        return stem.split("_")[0] in ICU_LANGUAGES
    return True  # root, pool, res_index, supplemental data, time zones, rules, Unicode data


def filter_icu_data(blob: bytes) -> tuple[bytes, int, int]:
    """ICU's common data package (format "CmnD") with only the items `_icu_keep` keeps:
    (package, items kept, items in all). Items stay in their order (ICU looks them up by
    binary search) and 16-byte aligned, as `icupkg` writes them."""
    import struct

    header_size, = struct.unpack_from("<H", blob, 0)
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count, = struct.unpack_from("<I", blob, header_size)
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    names = [blob[header_size + n:blob.index(b"\0", header_size + n)].decode("ascii") for n, _ in entries]
    starts = [header_size + d for _, d in entries] + [len(blob)]
    items = [(names[i], blob[starts[i]:starts[i + 1]]) for i in range(count) if _icu_keep(names[i])]
    names_block = b"".join(n.encode("ascii") + b"\0" for n, _ in items)
    toc_size = 4 + 8 * len(items)
    data_at = (toc_size + len(names_block) + 15) // 16 * 16
    toc, body, name_at = struct.pack("<I", len(items)), b"", toc_size
    for name, item in items:
        toc += struct.pack("<II", name_at, data_at + len(body))
        name_at += len(name) + 1
        body += item + b"\0" * (-len(item) % 16)
    head = blob[:header_size] + toc + names_block
    return head + b"\0" * (header_size + data_at - len(head)) + body, len(items), count


def shrink_icu_data(lib: Path, work: Path) -> str:
    """Linux: rebuild Qt's ICU data library (32 MB) with the data `_icu_keep` keeps, as
    a library of the same name and symbol. Needs a C compiler; without one, or on data it
    does not recognise, the library stays as it is (the bundle is then bigger). Returns
    what it did, for the build's output."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        return "ICU data kept whole: no C compiler"
    data = lib.read_bytes()
    symbol = f"icudt{lib.name.split('.so.')[1].split('.')[0]}_dat"
    try:
        offset, size = _elf_symbol(data, symbol.encode("ascii"))
        package, kept, total = filter_icu_data(data[offset:offset + size])
    except (LookupError, ValueError, IndexError) as exc:
        return f"ICU data kept whole: {exc}"
    folder = work / "icu"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "data.dat").write_bytes(package)
    (folder / "data.S").write_text(
        f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n'
        f'.incbin "{folder / "data.dat"}"\n.size {symbol}, . - {symbol}\n'
        '.section .note.GNU-stack,"",@progbits\n', encoding="utf-8")
    out = folder / lib.name
    try:
        subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{lib.name}", "-Wl,--build-id",
                        "-o", str(out), str(folder / "data.S")], check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        return f"ICU data kept whole: {exc}"
    shutil.copyfile(out, lib)
    return f"ICU data: {kept} of {total} items, {size / 1e6:.1f} -> {len(package) / 1e6:.1f} MB"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(out: Path, work: Path) -> dict:
    """Build the bundle into `out/ak-reader`; returns figures (size, time, files)."""
    from reader import prebuilt

    started = time.perf_counter()
    work.mkdir(parents=True, exist_ok=True)
    # one copy of the content for both the bundle and its prebuilt data, so that an edit
    # during the build cannot make them differ (the app would then ignore the prebuilt data)
    content = work / "content"
    if content.exists():
        shutil.rmtree(content)
    shutil.copytree(REPO / "content", content, ignore=shutil.ignore_patterns(".*", "__pycache__"))
    pre = work / "prebuilt"
    info = prebuilt.make(content, pre, content_rel="../_content")
    spec = write_spec(work, content, pre, render_icon(work), version_info(work))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(out), "--workpath", str(work / "pyinstaller"), str(spec)],
                   check=True, cwd=REPO, env=env)
    app = out / NAME
    if sys.platform.startswith("linux"):
        for lib in (app / "_internal").rglob("libicudata.so.*"):
            if not lib.is_symlink():
                print(shrink_icu_data(lib, work))
    if sys.platform != "win32":
        cli = app / f"{NAME}-cli"
        cli.write_text(f'#!/bin/sh\n# The command line of the portable app: the same program as {NAME}.\n'
                       f'exec "$(dirname "$(readlink -f "$0")")/{NAME}" "$@"\n', encoding="utf-8")
        cli.chmod(0o755)
    from release import write_licences  # scripts/release.py, beside this file

    write_licences(app)
    (app / "portable.ini.example").write_text(
        "; Hernoem dit bestand naar portable.ini: instellingen, zoekindex en je eigen gegevens\n"
        "; komen dan in de map data/ naast het programma, en niets in je gebruikersprofiel.\n"
        "; Rename this file to portable.ini to keep all settings and data in data/ beside the app.\n",
        encoding="utf-8")
    figures = {
        "version": version(), "platform": sys.platform, "folder": str(app),
        "size_bytes": folder_size(app), "files": sum(1 for p in app.rglob("*") if p.is_file()),
        "build_seconds": round(time.perf_counter() - started, 1), "prebuilt_pages": info["pages"],
    }
    (work / "figures.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bouw de draagbare app (PyInstaller, één map).")
    parser.add_argument("--out", type=Path, default=REPO / "dist", help="doelmap (standaard: dist)")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "bundle", help="werkmap")
    parser.add_argument("--zip", action="store_true", help="maak daarna ook de release-zip met SHA-256")
    args = parser.parse_args(argv)
    if args.out.resolve() == REPO.resolve() or args.work.resolve() == REPO.resolve():
        parser.error("--out and --work must not be the checkout itself")
    figures = build(args.out.resolve(), args.work.resolve())
    print(f"bundle: {figures['folder']}  {figures['size_bytes'] / 1e6:.1f} MB in {figures['files']} files, "
          f"built in {figures['build_seconds']} s")
    if args.zip:
        from release import make_release

        zip_path, sums = make_release(Path(figures["folder"]), args.out.resolve())
        print(f"release: {zip_path}  {zip_path.stat().st_size / 1e6:.1f} MB  ({sums.name})")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(REPO))
    sys.exit(main())
