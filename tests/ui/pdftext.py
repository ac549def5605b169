"""Just enough PDF reading to check what Qt's PDF writer put in a file (no dependencies).

Qt draws text glyph by glyph (`<0012> Tj`) with a ToUnicode CMap per font; we decode the
content streams with those maps. Good for "does the PDF contain this title", nothing more.
"""

from __future__ import annotations

import re
import zlib

_OBJ = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def _stream(body: bytes) -> bytes:
    m = _STREAM.search(body)
    if not m:
        return b""
    raw = m.group(1)
    if b"/FlateDecode" in body[: m.start()]:
        try:
            return zlib.decompress(raw)
        except zlib.error:
            return b""
    return raw


def _cmap(data: bytes) -> dict[int, str]:
    out: dict[int, str] = {}

    def uni(h: bytes) -> str:
        return bytes.fromhex(h.decode()).decode("utf-16-be", errors="replace")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(src, 16)] = uni(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, rest in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block):
            a, b = int(lo, 16), int(hi, 16)
            if rest.startswith(b"["):
                for i, h in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", rest)):
                    out[a + i] = uni(h)
            else:
                start = int(rest[1:-1], 16)
                for i in range(b - a + 1):
                    out[a + i] = chr(start + i)
    return out


def pdf_text(data: bytes) -> str:
    objects = {int(num): body for num, body in _OBJ.findall(data)}
    font_maps: dict[bytes, dict[int, str]] = {}
    for body in objects.values():
        for name, ref in re.findall(rb"/(F\d+)\s+(\d+) 0 R", body):
            font = objects.get(int(ref), b"")
            tu = re.search(rb"/ToUnicode\s+(\d+) 0 R", font)
            if tu:
                font_maps[name] = _cmap(_stream(objects.get(int(tu.group(1)), b"")))
    words: list[str] = []
    for body in objects.values():
        content = _stream(body)
        if b"Tj" not in content and b"TJ" not in content:
            continue
        current: dict[int, str] = {}
        for token in re.finditer(rb"/(F\d+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>\s*Tj|\bET\b", content):
            if token.group(1):
                current = font_maps.get(token.group(1), {})
            elif token.group(2):
                h = token.group(2)
                for i in range(0, len(h), 4):
                    words.append(current.get(int(h[i:i + 4], 16), ""))
            else:
                words.append(" ")
    return re.sub(r"\s+", " ", "".join(words))


def pdf_title(data: bytes) -> str:
    m = re.search(rb"/Title \((.*?)\)\s*\n", data, re.S)
    if not m:
        return ""
    raw = re.sub(rb"\\(.)", rb"\1", m.group(1))
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    return raw.decode("latin-1")
