"""Read a content root from disk: files -> pages and problems.

The parsing follows MkDocs, which builds the official site: front matter is a leading
`---` block with at least one line, loaded with YAML's safe loader and kept only when it
is a mapping. Everything else about a file that is odd becomes a `Problem`; nothing here
raises for bad content, and nothing outside the content root is read (except the glossary
in the sibling `includes/` folder of the upstream layout, see `find_glossary`).
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reader.content.limits import MAX_FRONT_MATTER, too_complex
from reader.content.model import (
    KIND_FOLDERS,
    LIST_KEYS,
    PHASE_ORDER,
    Kind,
    Page,
    Problem,
    Severity,
    SourceFile,
    _frozen,
)

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
H1 = re.compile(r"^#[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)
ATTR_LIST = re.compile(r"\s*\{[^{}]*\}\s*$")
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)")
GLOSSARY_LINE = re.compile(r"^\*\[(?P<term>[^\]]+)\]:[ \t]*(?P<text>.*?)\s*$")
SKIP_DIRS = {"includes", "javascripts", "stylesheets", "overrides"}


def iter_files(root: Path, problems: list[Problem]) -> Iterator[SourceFile]:
    """Every regular file under root, never following a link out of it."""
    root = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        rel_dir = here.relative_to(root).as_posix()
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and not (rel_dir == "." and d in SKIP_DIRS)
        )
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = here / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError) as exc:  # a loop, or a link to nothing
                    loop = isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == errno.ELOOP
                    problems.append(
                        Problem(
                            rel,
                            None,
                            Severity.ERROR,
                            "symlink-loop" if loop else "symlink-dangling",
                            "Symbolische link wijst naar zichzelf (een lus); niet gelezen."
                            if loop
                            else "Symbolische link wijst naar een bestand dat niet bestaat; niet gelezen.",
                        )
                    )
                    continue
                if not target.is_relative_to(root):
                    problems.append(
                        Problem(
                            rel,
                            None,
                            Severity.ERROR,
                            "symlink-outside-root",
                            "Symbolische link wijst buiten de inhoudsmap; niet gelezen.",
                        )
                    )
                    continue
            try:
                st = path.stat()
            except OSError as exc:
                problems.append(
                    Problem(rel, None, Severity.ERROR, "unreadable", f"Kan niet lezen: {exc}")
                )
                continue
            yield SourceFile(path, rel, st.st_mtime_ns, st.st_size)


def symlink_stub_target(rel: str, data: bytes) -> str | None:
    """The target of a symlink that was checked out as a small text file holding its path.

    Git writes a symlink as such a file where links are not supported (Windows, some
    copies). Returns the link's target, resolved against the file's folder, when the file
    is one line that names a path ending in `.md`.
    """
    if len(data) > 512 or b"\n" in data.strip():
        return None
    text = data.decode("utf-8", errors="replace").strip()
    if not re.fullmatch(r"[\w./-]+\.md", text) or not text.startswith((".", "/")):
        return None
    folder = rel.rsplit("/", 1)[0] if "/" in rel else ""
    return os.path.normpath(os.path.join(folder, text)).replace(os.sep, "/")


def kind_of(rel_path: str) -> Kind:
    """The kind of a page from its path id (relative path without `.md`)."""
    folder, _, stem = rel_path.rpartition("/")
    if stem == "index":
        return Kind.INDEX
    for kind, kind_folder in KIND_FOLDERS.items():
        if folder == kind_folder:
            if kind is Kind.FASE and stem not in PHASE_ORDER and not stem[:1].isdigit():
                # over-de-levenscyclus and other explainers live beside the phases
                return Kind.OTHER if stem.startswith("over-") else Kind.FASE
            return kind
    return Kind.OTHER


def decode(data: bytes, rel: str, problems: list[Problem]) -> str:
    """UTF-8 (with or without BOM), UTF-16 with its BOM (reported); anything else is read as
    Windows-1252 and reported. NUL characters are dropped (and reported)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        problems.append(
            Problem(rel, None, Severity.WARNING, "encoding",
                    "Bestand is in UTF-16 opgeslagen; gelezen, maar sla het op als UTF-8.")
        )
        text = data.decode("utf-16", errors="replace")
        return _clean(text, rel, problems)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(
            Problem(
                rel,
                line,
                Severity.WARNING,
                "encoding",
                "Bestand is geen geldige UTF-8; gelezen als Windows-1252.",
            )
        )
        text = data.decode("cp1252", errors="replace")
    return _clean(text, rel, problems)


def _clean(text: str, rel: str, problems: list[Problem]) -> str:
    """Unix line ends, no NUL characters (reported: a text file never holds them)."""
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        problems.append(
            Problem(rel, line, Severity.WARNING, "nul-bytes", "Bestand bevat NUL-tekens; die zijn weggelaten.")
        )
        text = text.replace("\x00", "")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(
    text: str, rel: str, problems: list[Problem]
) -> tuple[dict[str, Any], str, int]:
    """Return (metadata, body, 1-based line of the body's first line)."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text, 1
    body = text[match.end() :]
    body_line = text[: match.end()].count("\n") + 1
    if len(match.group(1)) > MAX_FRONT_MATTER:
        problems.append(
            Problem(
                rel,
                2,
                Severity.ERROR,
                "front-matter-size",
                f"Front matter is groter dan {MAX_FRONT_MATTER // 1000} kB; niet gelezen.",
            )
        )
        return {}, body, body_line
    # PyYAML is imported here, not with the module: a start from the snapshot never needs it
    import yaml

    try:  # the C loader is ~10x faster; same safe semantics
        from yaml import CSafeLoader as SafeLoader
    except ImportError:  # pragma: no cover - PyYAML without libyaml
        from yaml import SafeLoader  # type: ignore[assignment]
    try:
        data = yaml.load(match.group(1), Loader=SafeLoader)
    except yaml.YAMLError as exc:
        # where the broken construct starts, else where the parser noticed
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problems.append(
            Problem(rel, line, Severity.ERROR, "yaml", f"Ongeldige YAML in front matter: {problem}.")
        )
        return {}, body, body_line
    if data is None:
        return {}, body, body_line
    if _too_many_nodes(data, MAX_FRONT_MATTER):  # aliases repeating lists ("billion laughs")
        problems.append(
            Problem(rel, 2, Severity.ERROR, "front-matter-size",
                    "Front matter herhaalt zich via verwijzingen (&/*) tot te veel waarden; niet gelezen.")
        )
        return {}, body, body_line
    if not isinstance(data, dict):
        problems.append(
            Problem(
                rel,
                2,
                Severity.ERROR,
                "front-matter-type",
                f"Front matter is geen sleutel-waardelijst maar {type(data).__name__}; genegeerd.",
            )
        )
        return {}, body, body_line
    return {str(k): v for k, v in data.items()}, body, body_line


def _too_many_nodes(data: Any, budget: int) -> bool:
    """Whether the values of `data`, counted as often as YAML aliases repeat them, are more
    than `budget` (stops counting there)."""
    left = budget
    stack = [data]
    while stack:
        item = stack.pop()
        left -= 1
        if left < 0:
            return True
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def format_scalar(value: Any, key: str = "") -> str:
    """A YAML scalar as the site shows it; ARK section numbers keep two decimals."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.2f}" if key == "ARK" else repr(value)
    return str(value).strip()


def normalise_list(key: str, value: Any, rel: str, problems: list[Problem]) -> tuple[str, ...]:
    """Scalar, list or null -> tuple of strings, with problems for what had to be fixed."""
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        if item is None:
            problems.append(
                Problem(rel, None, Severity.WARNING, "empty-item", f"Leeg item in '{key}' genegeerd.")
            )
            continue
        if isinstance(item, (dict, list)):
            problems.append(
                Problem(
                    rel,
                    None,
                    Severity.WARNING,
                    "value-type",
                    f"Onverwachte waarde in '{key}': {type(item).__name__}; genegeerd.",
                )
            )
            continue
        if not isinstance(item, str):
            problems.append(
                Problem(
                    rel,
                    None,
                    Severity.INFO,
                    "value-type",
                    f"Waarde {item!r} in '{key}' is geen tekst; gelezen als tekst.",
                )
            )
        text = format_scalar(item)
        if text and text not in out:
            out.append(text)
    return tuple(out)


def normalise_sources(value: Any, rel: str, problems: list[Problem]) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(
            Problem(rel, None, Severity.WARNING, "value-type", "'sources' is geen lijst van bronnen.")
        )
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for key, raw in value.items():
        items = raw if isinstance(raw, list) else [raw]
        out[str(key)] = tuple(format_scalar(v, str(key)) for v in items if v is not None)
    return out


def first_h1(body: str) -> str | None:
    in_fence = False
    for line in body.splitlines():
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = H1.match(line)
        if m:
            return ATTR_LIST.sub("", m.group(1)).strip() or None
    return None


def parse_page(source: SourceFile, data: bytes, problems: list[Problem]) -> Page:
    rel = source.rel
    text = decode(data, rel, problems)
    meta, body, body_line = split_front_matter(text, rel, problems)
    path = rel[: -len(".md")]
    kind = kind_of(path)

    title_value = meta.get("title")
    if isinstance(title_value, str) and title_value.strip():
        title = title_value.strip()
    else:
        if title_value is not None:
            problems.append(
                Problem(rel, None, Severity.WARNING, "value-type", "'title' is geen tekst.")
            )
        title = first_h1(body) or path.rsplit("/", 1)[-1].replace("-", " ").capitalize()

    urn = None
    raw_id = meta.get("id")
    if isinstance(raw_id, str) and raw_id.startswith("urn:"):
        urn = raw_id.strip()
    elif raw_id is not None and kind not in (Kind.INDEX,):
        problems.append(
            Problem(rel, None, Severity.WARNING, "value-type", f"'id' {raw_id!r} is geen URN.")
        )

    labels = {key: normalise_list(key, meta.get(key), rel, problems) for key in LIST_KEYS}
    labels = {k: v for k, v in labels.items() if v}
    sources_raw = meta.get("sources")
    if sources_raw is None and "bronnen" in meta:
        sources_raw = meta["bronnen"]
        problems.append(
            Problem(rel, None, Severity.INFO, "misspelt-key", "'bronnen' gelezen als 'sources'.")
        )
    sources = normalise_sources(sources_raw, rel, problems)
    if not text.strip():
        problems.append(Problem(rel, None, Severity.WARNING, "empty-page", "Bestand is leeg."))
    reason = too_complex(body)
    if reason:
        problems.append(
            Problem(
                rel,
                None,
                Severity.WARNING,
                "too-complex",
                f"Pagina is {reason}; getoond als platte tekst zonder opmaak.",
            )
        )
    return Page(
        path=path,
        kind=kind,
        title=title,
        body=body,
        body_line=body_line,
        urn=urn,
        labels=_frozen(labels),
        sources=_frozen(sources),
        meta=_frozen(meta),
        mtime_ns=source.mtime_ns,
        size=source.size,
    )


def find_glossary(root: Path) -> Path | None:
    """`includes/begrippenlijst.md` inside the root, or beside it (the upstream layout)."""
    for candidate in (root / "includes" / "begrippenlijst.md", root.parent / "includes" / "begrippenlijst.md"):
        if candidate.is_file() and not candidate.is_symlink():
            return candidate
    return None


def parse_glossary(text: str) -> dict[str, str]:
    """`*[term]: definition` lines -> {term: definition}; a later definition wins, as in Markdown."""
    terms: dict[str, str] = {}
    for line in text.splitlines():
        m = GLOSSARY_LINE.match(line)
        if m and m.group("term").strip():
            terms[m.group("term").strip()] = m.group("text").strip()
    return terms
