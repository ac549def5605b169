"""Just enough PDF reading to check what the app's PDFs say, with pikepdf (a test dependency).

Both writers (WeasyPrint's tagged PDF and Qt's fallback) draw text with subset fonts that carry
a ToUnicode CMap; we walk each page's content stream (and its form XObjects), decode every
string shown with the current font's map and put a space at every text move. Good for "does
the PDF contain this text", nothing more: spacing inside words is not guaranteed.
"""

from __future__ import annotations

import io
import re

import pikepdf


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


class _Font:
    def __init__(self, font: pikepdf.Object) -> None:
        self.width = 2 if font.get("/Subtype") == "/Type0" else 1
        tu = font.get("/ToUnicode")
        self.map = _cmap(tu.read_bytes()) if isinstance(tu, pikepdf.Stream) else {}

    def decode(self, raw: bytes) -> str:
        w = self.width
        codes = (int.from_bytes(raw[i:i + w], "big") for i in range(0, len(raw) - w + 1, w))
        return "".join(self.map.get(c, chr(c) if w == 1 else "") for c in codes)


_MOVES = {"ET", "Td", "TD", "Tm", "T*", "'", '"'}


def _walk(stream: pikepdf.Object, resources: pikepdf.Object, words: list[str], seen: set) -> None:
    fonts = resources.get("/Font", {}) if resources is not None else {}
    xobjects = resources.get("/XObject", {}) if resources is not None else {}
    cache: dict[str, _Font] = {}
    font: _Font | None = None
    for operands, operator in pikepdf.parse_content_stream(stream):
        op = str(operator)
        if op == "Tf":
            name = str(operands[0])
            if name not in cache and name in fonts:
                cache[name] = _Font(fonts[name])
            font = cache.get(name)
        elif op in ("Tj", "'", '"') and font is not None:
            words.append(font.decode(bytes(operands[-1])))
        elif op == "TJ" and font is not None:
            for item in operands[0]:
                if isinstance(item, pikepdf.String):
                    words.append(font.decode(bytes(item)))
        elif op == "Do":
            xobject = xobjects.get(str(operands[0]))
            if xobject is not None and xobject.get("/Subtype") == "/Form" and xobject.objgen not in seen:
                seen.add(xobject.objgen)
                _walk(xobject, xobject.get("/Resources", resources), words, seen)
        if op in _MOVES:
            words.append(" ")


def pdf_text(data: bytes) -> str:
    words: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            _walk(page.obj, page.obj.get("/Resources"), words, set())
            words.append(" ")
    return re.sub(r"\s+", " ", "".join(words))


def pdf_title(data: bytes) -> str:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return str(pdf.docinfo.get("/Title", ""))


def pdf_uris(data: bytes) -> list[str]:
    """The web addresses of the link annotations, page by page."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [str(annot.A.URI) for page in pdf.pages for annot in page.obj.get("/Annots", [])
                if annot.get("/Subtype") == "/Link" and "/A" in annot and "/URI" in annot.A]
