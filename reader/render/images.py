"""Pixel size of local images, read from the file header (PNG, GIF, JPEG, WebP, SVG).

The renderer needs the size to scale large images down: QTextBrowser only understands
`width`/`height` attributes in pixels, not CSS max-width.
"""

from __future__ import annotations

import re
import struct
from functools import lru_cache
from pathlib import Path

SVG_SIZE = re.compile(
    rb"""<svg\b[^>]*?\bwidth\s*=\s*["']([\d.]+)(?:px)?["']"""
    rb"""[^>]*?\bheight\s*=\s*["']([\d.]+)(?:px)?["']""",
    re.S,
)
SVG_VIEWBOX = re.compile(
    rb"""<svg\b[^>]*?\bviewBox\s*=\s*["'][\d.-]+[ ,]+[\d.-]+[ ,]+([\d.]+)[ ,]+([\d.]+)["']""",
    re.S,
)


def image_size(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return _cached_size(str(path), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=256)
def _cached_size(path: str, _mtime_ns: int, _size: int) -> tuple[int, int] | None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(64 * 1024)
    except OSError:
        return None
    try:
        return _parse(head)
    except (struct.error, ValueError, IndexError):
        return None


def _parse(data: bytes) -> tuple[int, int] | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR":
        w, h = struct.unpack(">II", data[16:24])
        return w, h
    if data[:6] in (b"GIF87a", b"GIF89a"):
        w, h = struct.unpack("<HH", data[6:10])
        return w, h
    if data.startswith(b"\xff\xd8"):
        return _jpeg(data)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return _webp(data)
    if b"<svg" in data[:4096]:
        m = SVG_SIZE.search(data) or SVG_VIEWBOX.search(data)
        if m:
            return round(float(m.group(1))), round(float(m.group(2)))
    return None


def _jpeg(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            i += 1
            continue
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = struct.unpack(">H", data[i + 2 : i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
            h, w = struct.unpack(">HH", data[i + 5 : i + 9])
            return w, h
        i += 2 + length
    return None


def _webp(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X":
        w = int.from_bytes(data[24:27], "little") + 1
        h = int.from_bytes(data[27:30], "little") + 1
        return w, h
    if chunk == b"VP8 ":
        w, h = struct.unpack("<HH", data[26:30])
        return w & 0x3FFF, h & 0x3FFF
    if chunk == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None
