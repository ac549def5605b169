"""Deterministic generator of Algoritmekader-shaped content for the benchmarks.

    .venv/bin/python -m tests.bench.corpus_gen --size 3000 [--seed 7] [--corpus DIR] [--out DIR]

The generated tree has the real corpus's folder layout, page kinds, front-matter keys and
value sets, Markdown constructs (admonitions, collapsibles, list placeholders, tables,
links) and page-size distribution, but none of its prose: every page is made from a real
page of the same folder (its "template") by keeping the markup and replacing every word
of running text with a word drawn from the real corpus's vocabulary (by frequency, mixed
with the template page's own words so terms cluster per page as in real text).

Nothing of the upstream corpus is stored in this repository: the corpus is read at
generation time (default `../shared/corpora/algoritmekader/docs`), and the output goes to
a cache folder outside the repository (default: the user cache dir, or `$AK_BENCH_CACHE`).
A generated tree is reused when size, seed, generator version and the corpus's file list
match; it is written to a temporary folder first and renamed into place when complete.

Which pages scale with the size:
* fixed: the taxonomy pages (`rollen/`, `levenscyclus/`, `onderwerpen/`, which define the
  facet values and keep their stems and titles) and every `index.md`;
* scaled: everything else, per folder in the real proportions (vereisten, maatregelen,
  hulpmiddelen, explainers), with new stems and ids in the real naming schemes.
Relations (`vereiste`, `maatregel`) point at generated pages, Markdown links to scaled
pages are re-pointed at generated pages of the same folder, so the link graph resolves.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

try:
    from yaml import CSafeDumper as SafeDumper
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover
    from yaml import SafeDumper, SafeLoader  # type: ignore[assignment]

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = (REPO.parent / "shared" / "corpora" / "algoritmekader" / "docs").resolve()
GEN_VERSION = 5
SIZES = (300, 3000, 30000)
DEFAULT_SEED = 7
MARKER = ".bench-corpus.json"  # dot file: the content loader skips it

FIXED_FOLDERS = ("rollen", "levenscyclus", "onderwerpen")
SECTION = "voldoen-aan-wetten-en-regels"
VEREISTEN = f"{SECTION}/vereisten"
MAATREGELEN = f"{SECTION}/maatregelen"
HULPMIDDELEN = f"{SECTION}/hulpmiddelen"
RELATION_FOLDERS = {"vereiste": VEREISTEN, "maatregel": MAATREGELEN}
#: keys whose values are resampled from the corpus's value sets
VALUE_KEYS = (
    "levenscyclus", "rollen", "onderwerp", "categorie", "soort-toepassing", "risicogroep",
    "rol-ai-act", "transparantieverplichting", "systeemrisico", "open-source", "uitzondering",
)
TEXT_KEYS = ("title", "toelichting", "summary")
LOCAL_SHARE = 0.6  # share of a page's words drawn from its template's own words

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
#: a word with its hyphen and apostrophe joins (AI-systeem, risico's): one unit, so the
#: generated vocabulary stays the real one instead of growing with random combinations
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*$", re.M)
ATTR_TAIL = re.compile(r"\s*\{[^{}]*\}\s*$")
# One pass over a body: markup to keep or rewrite, and the words in between.
TOKEN = re.compile(
    r"(?P<comment><!--.*?-->)"
    r"|(?P<fence>^[ \t]*(?P<fmark>```+|~~~+)[^\n]*\n.*?^[ \t]*(?P=fmark)[ \t]*$)"
    r"|(?P<heading>^#{1,6}[ \t]+[^\n]*$)"
    r"|(?P<link>(?P<bang>!?)\[(?P<ltext>(?:[^\[\]\n]|\[[^\]\n]*\])*)\]\((?P<url>[^)\s]*)(?:[ \t]+\"[^\"\n]*\")?\))"
    r"|(?P<keep><[^>\n]+>|\{[^{}\n]*\}|https?://[^\s)>\]]+|mailto:[^\s)>\]]+|:[a-z0-9_+-]+:"
    r"|&#?\w+;|\[\^[^\]\n]+\]|^[ \t]*///[^\n]*$|(?:!!!|\?\?\?\+?)[ \t]*[\w-]+|\w+@\w+(?:\.\w+)+)"
    r"|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*)",
    re.M | re.S,
)
LIST_PLACEHOLDER = re.compile(r"<!--\s*list_(?P<type>[a-z_]+)(?P<args>.*?)\s*-->", re.S | re.I)


# ---------------------------------------------------------------------- the real corpus
@dataclass
class Template:
    rel: str  # path relative to the corpus root, with .md
    folder: str
    stem: str
    meta: dict[str, Any] | None  # None: the file has no front matter
    body: str
    size: int
    words: list[str]  # surface forms of the page's running text (its local vocabulary)


@dataclass
class Corpus:
    root: Path
    templates: list[Template]
    vocabulary: list[str]  # surface forms, most frequent first
    cum_weights: list[int]
    values: dict[str, list[tuple[str, int]]]  # key -> [(value, count)], for VALUE_KEYS
    structural: dict[str, set[str]]  # folder -> headings that are part of the page skeleton
    external_urls: list[str]
    fingerprint: str
    glossary: Path | None

    def folder_templates(self) -> dict[str, list[Template]]:
        out: dict[str, list[Template]] = defaultdict(list)
        for t in self.templates:
            out[t.folder].append(t)
        return out


def _folder(rel: str) -> str:
    return rel.rsplit("/", 1)[0] if "/" in rel else ""


def _split(text: str) -> tuple[dict[str, Any] | None, str]:
    m = FRONT_MATTER.match(text)
    if not m:
        return None, text
    try:
        data = yaml.load(m.group(1), Loader=SafeLoader)
    except yaml.YAMLError:
        return None, text
    return (data if isinstance(data, dict) else None), text[m.end():]


def read_corpus(root: Path = DEFAULT_CORPUS) -> Corpus:
    """Everything the generator needs from the real corpus (read, never copied)."""
    from reader.content.loader import symlink_stub_target
    from reader.content.plaintext import plain_text  # the same text the index sees

    root = root.resolve()
    if not (root / "index.md").is_file():
        raise FileNotFoundError(f"real corpus not found at {root}")
    templates: list[Template] = []
    counts: Counter[str] = Counter()
    values: dict[str, Counter[str]] = defaultdict(Counter)
    headings: dict[str, Counter[str]] = defaultdict(Counter)
    urls: set[str] = set()
    listing = []
    for path in sorted(root.rglob("*.md")):
        if path.is_symlink():
            continue  # CONTRIBUTING.md points outside the root
        rel = path.relative_to(root).as_posix()
        raw = path.read_bytes()
        if symlink_stub_target(rel, raw) is not None:
            continue  # a symlink checked out as a text file
        listing.append(f"{rel}:{len(raw)}")
        text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n")
        meta, body = _split(text)
        folder = _folder(rel)
        words = WORD.findall(plain_text(body))
        for key in TEXT_KEYS[1:]:
            if meta and isinstance(meta.get(key), str):
                words += WORD.findall(meta[key])
        counts.update(words)
        for key in VALUE_KEYS:
            v = (meta or {}).get(key)
            for item in v if isinstance(v, list) else [v]:
                if isinstance(item, str):
                    values[key][item] += 1
        for h in {ATTR_TAIL.sub("", m.group(2)).strip() for m in HEADING.finditer(body)}:
            headings[folder][h] += 1
        urls.update(re.findall(r"\]\((https?://[^)\s]+)\)", body))
        templates.append(Template(rel, folder, PurePosixPath(rel).stem, meta, body, len(raw), words))
    # one entry per word regardless of case; acronyms and names keep their usual form
    lowered: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for w, n in counts.items():
        lowered[w.lower()] += n
        forms[w.lower()][w] += n

    def usual(key: str) -> str:
        form, n = forms[key].most_common(1)[0]
        return form if ((form.isupper() or form[1:] != form[1:].lower()) and n * 2 > lowered[key]) \
            or n * 5 > lowered[key] * 4 else key

    vocabulary = sorted((usual(k) for k in lowered), key=lambda w: (-lowered[w.lower()], w))
    cum, total = [], 0
    for w in vocabulary:
        total += lowered[w.lower()]
        cum.append(total)
    per_folder = Counter(t.folder for t in templates)
    structural = {
        folder: {h for h, n in c.items() if n >= max(3, per_folder[folder] // 4)}
        for folder, c in headings.items()
    }
    glossary = root.parent / "includes" / "begrippenlijst.md"
    return Corpus(
        root=root,
        templates=templates,
        vocabulary=vocabulary,
        cum_weights=cum,
        values={k: sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) for k, c in values.items()},
        structural=structural,
        external_urls=sorted(urls),
        fingerprint=hashlib.sha1("\n".join(listing).encode()).hexdigest()[:12],
        glossary=glossary if glossary.is_file() else None,
    )


# ---------------------------------------------------------------------- planning
@dataclass
class Planned:
    rel: str  # generated path, with .md
    template: Template
    fixed: bool  # keeps the template's stem and title
    stem: str
    urn: str | None = None


@dataclass
class Plan:
    pages: list[Planned] = field(default_factory=list)
    by_folder: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # folder -> stems
    fixed_paths: set[str] = field(default_factory=set)  # template rel paths kept as they are


def _fold(word: str) -> str:
    d = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in d if c.isascii() and c.isalnum())


def _allocate(total: int, weights: dict[str, int]) -> dict[str, int]:
    """Largest-remainder split of `total` over folders, at least one page each."""
    wsum = sum(weights.values())
    raw = {k: total * w / wsum for k, w in weights.items()}
    out = {k: max(1, int(v)) for k, v in raw.items()}
    order = sorted(weights, key=lambda k: (-(raw[k] - int(raw[k])), k))
    i = 0
    while sum(out.values()) < total:
        out[order[i % len(order)]] += 1
        i += 1
    while sum(out.values()) > total:
        k = max(out, key=lambda k: (out[k], k))
        out[k] -= 1
    return out


class Sampler:
    def __init__(self, corpus: Corpus, rng: random.Random) -> None:
        self.c = corpus
        self.rng = rng
        self.slug_words = [w for w in corpus.vocabulary[:4000] if len(w) >= 4 and w.isalpha() and w.islower()]

    def words(self, n: int, local: list[str]) -> Iterator[str]:
        if n <= 0:
            return iter(())
        n_local = int(n * LOCAL_SHARE) if local else 0
        pool = self.rng.choices(self.c.vocabulary, cum_weights=self.c.cum_weights, k=n - n_local)
        if n_local:
            pool += self.rng.choices(local, k=n_local)
        self.rng.shuffle(pool)
        return iter(pool)

    def slug(self, n_words: int) -> str:
        parts = [_fold(self.rng.choice(self.slug_words)) for _ in range(n_words)]
        return "-".join(p for p in parts if p) or "pagina"

    def values(self, key: str, n: int) -> list[str]:
        pairs = self.c.values.get(key) or []
        if not pairs:
            return []
        n = min(n, len(pairs))
        names = [p[0] for p in pairs]
        weights = [p[1] for p in pairs]
        out: list[str] = []
        while len(out) < n:
            v = self.rng.choices(names, weights=weights)[0]
            if v not in out:
                out.append(v)
        return out


def plan(corpus: Corpus, size: int, rng: random.Random, sampler: Sampler) -> Plan:
    p = Plan()
    groups = corpus.folder_templates()
    scaled: dict[str, list[Template]] = {}
    for folder, temps in sorted(groups.items()):
        for t in temps:
            if folder in FIXED_FOLDERS or t.stem == "index":
                p.pages.append(Planned(t.rel, t, True, t.stem))
                p.fixed_paths.add(t.rel)  # links reach these by path, relations never
            else:
                scaled.setdefault(folder, []).append(t)
    n_scaled = size - len(p.pages)
    if n_scaled < len(scaled):
        raise ValueError(f"size {size} is too small (at least {len(p.pages) + len(scaled)} pages)")
    counts = _allocate(n_scaled, {f: len(ts) for f, ts in scaled.items()})
    # naming schemes of the three main kinds, with the real prefix distributions
    wet = Counter(t.stem.split("-", 1)[0] for t in scaled.get(VEREISTEN, []))
    fase = Counter("-".join(t.stem.split("-", 2)[:2]) for t in scaled.get(MAATREGELEN, []))
    seen: set[str] = set()
    numbers: Counter[str] = Counter()
    for folder in sorted(scaled):
        temps = list(scaled[folder])
        rng.shuffle(temps)
        for i in range(counts[folder]):
            t = temps[i % len(temps)]
            urn = None
            if folder == VEREISTEN:
                code = rng.choices(sorted(wet), weights=[wet[k] for k in sorted(wet)])[0]
                numbers[code] += 1
                prefix = f"{code}-{numbers[code]:02d}"
                urn = f"urn:nl:ak:ver:{prefix}"
            elif folder == MAATREGELEN:
                code = rng.choices(sorted(fase), weights=[fase[k] for k in sorted(fase)])[0]
                numbers[code] += 1
                prefix = f"{code}-{numbers[code]:02d}"
                urn = f"urn:nl:ak:mtr:{code.split('-', 1)[1]}-{numbers[code]:02d}"
            else:
                prefix = ""
            stem = "-".join(x for x in (prefix, sampler.slug(rng.randint(2, 4))) if x)
            if folder == HULPMIDDELEN and rng.random() < 0.2:
                stem = stem.upper() if len(stem) < 12 else stem.capitalize()
            while f"{folder}/{stem}".lower() in seen:
                stem += f"-{rng.randint(2, 99)}"
            seen.add(f"{folder}/{stem}".lower())
            rel = f"{folder}/{stem}.md" if folder else f"{stem}.md"
            p.pages.append(Planned(rel, t, False, stem, urn))
            p.by_folder[folder].append(stem)
    return p


# ---------------------------------------------------------------------- writing pages
class PageWriter:
    def __init__(self, corpus: Corpus, plan_: Plan, sampler: Sampler, rng: random.Random) -> None:
        self.c = corpus
        self.plan = plan_
        self.s = sampler
        self.rng = rng

    # text ------------------------------------------------------------------
    def _cased(self, original: str, new: str) -> str:
        if original[:1].isupper() and original[1:].islower() and new.islower():
            return new.capitalize()
        return new

    def _text(self, text: str, pool: Iterator[str]) -> str:
        return WORD.sub(lambda m: self._cased(m.group(0), next(pool, m.group(0))), text)

    def _rel_url(self, here: str, target_rel: str) -> str:
        return os.path.relpath(target_rel, here or ".").replace(os.sep, "/")

    def _link(self, m: re.Match[str], page: Planned, pool: Iterator[str]) -> str:
        text = self._text(m.group("ltext"), pool)
        url = m.group("url")
        if m.group("bang"):
            return text  # images: keep their alt text only (no assets are generated)
        if url.startswith(("http://", "https://", "mailto:")):
            return f"[{text}]({url})"
        path, _, _anchor = url.partition("#")
        if not path:
            return text  # same-page anchors: headings are regenerated, so drop the link
        here = _folder(page.rel)
        target = os.path.normpath(os.path.join(page.template.folder, path)).replace(os.sep, "/")
        if not target.endswith(".md"):
            urls = self.c.external_urls
            return f"[{text}]({self.rng.choice(urls)})" if urls else text
        if target in self.plan.fixed_paths:
            return f"[{text}]({self._rel_url(here, target)})"
        folder = _folder(target)
        stems = self.plan.by_folder.get(folder)
        if not stems:
            return text
        dest = f"{folder}/{self.rng.choice(stems)}.md" if folder else f"{self.rng.choice(stems)}.md"
        return f"[{text}]({self._rel_url(here, dest)})"

    def _comment(self, comment: str, page: Planned, pool: Iterator[str]) -> str:
        m = LIST_PLACEHOLDER.fullmatch(comment)
        if m:
            args = m.group("args").split()
            if args and args[0].startswith("vereiste/"):  # the page's own stem
                return f"<!-- list_{m.group('type')} {' '.join([f'vereiste/{page.stem}', *args[1:]])} -->"
            return comment
        if re.fullmatch(r"<!--\s*tags(-ai-act)?\s*-->", comment):
            return comment
        return "<!--" + self._text(comment[4:-3], pool) + "-->"

    def body(self, page: Planned, pool: Iterator[str]) -> str:
        structural = self.c.structural.get(page.template.folder, set())

        def sub(m: re.Match[str]) -> str:
            kind = m.lastgroup
            if kind == "word":
                return self._cased(m.group(0), next(pool, m.group(0)))
            if kind == "comment":
                return self._comment(m.group(0), page, pool)
            if kind == "link":
                return self._link(m, page, pool)
            if kind == "heading":
                line = m.group(0)
                hashes, sep, text = line.partition(" ")
                if ATTR_TAIL.sub("", text).strip() in structural:
                    return line
                return hashes + sep + TOKEN.sub(sub, text)
            return m.group(0)  # fences, tags, attribute lists, URLs, admonition types

        return TOKEN.sub(sub, page.template.body)

    # front matter ----------------------------------------------------------
    def meta(self, page: Planned, pool: Iterator[str]) -> dict[str, Any] | None:
        src = page.template.meta
        if src is None:
            return None
        out: dict[str, Any] = {}
        for key, value in src.items():
            if key in TEXT_KEYS and isinstance(value, str):
                out[key] = value if (key == "title" and page.fixed) else self._text(value, pool)
            elif key == "id" and isinstance(value, str) and value.startswith("urn:"):
                out[key] = page.urn or value
            elif key in RELATION_FOLDERS:
                stems = self.plan.by_folder.get(RELATION_FOLDERS[key], [])
                items = value if isinstance(value, list) else [value]
                n = sum(1 for v in items if v is not None)
                picked = self.rng.sample(stems, min(n, len(stems))) if stems else []
                new: list[Any] = [None for v in items if v is None] + picked
                out[key] = new if isinstance(value, list) else (new[0] if new else None)
            elif key in VALUE_KEYS and value is not None and not page.fixed:
                items = value if isinstance(value, list) else [value]
                picked = self.s.values(key, len(items))
                out[key] = picked if isinstance(value, list) else (picked[0] if picked else value)
            else:
                out[key] = value
        return out

    def render(self, page: Planned) -> str:
        t = page.template
        title_words = len(WORD.findall(str((t.meta or {}).get("title", ""))))
        n = len(WORD.findall(t.body)) + title_words + 80
        pool = self.s.words(n, t.words)
        meta = self.meta(page, pool)
        body = self.body(page, pool)
        if meta is None:
            return body
        head = yaml.dump(meta, Dumper=SafeDumper, allow_unicode=True, sort_keys=False, width=10_000)
        return f"---\n{head}---\n{body}"


# ---------------------------------------------------------------------- entry points
def cache_root() -> Path:
    override = os.environ.get("AK_BENCH_CACHE")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("algoritmekader-reader-bench", False))


def _check_outside_repo(path: Path) -> None:
    if path.resolve().is_relative_to(REPO):
        raise ValueError(f"refusing to generate content inside the repository: {path}")


def generate(size: int, *, seed: int = DEFAULT_SEED, corpus_root: Path = DEFAULT_CORPUS,
             out: Path | None = None, corpus: Corpus | None = None, quiet: bool = True) -> Path:
    """The content root (`…/docs`) of a generated corpus of `size` pages (reused if present)."""
    corpus = corpus or read_corpus(corpus_root)
    key = hashlib.sha1(f"{size}:{seed}:{GEN_VERSION}:{corpus.fingerprint}".encode()).hexdigest()[:10]
    base = (out or cache_root() / "corpora") / f"ak-gen-{size}-{key}"
    _check_outside_repo(base)
    docs = base / "docs"
    marker = docs / MARKER
    if marker.is_file():
        return docs
    tmp = base.with_name(base.name + f".tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    rng = random.Random(f"{seed}:{size}")
    sampler = Sampler(corpus, rng)
    the_plan = plan(corpus, size, rng, sampler)
    writer = PageWriter(corpus, the_plan, sampler, rng)
    total_bytes = 0
    for i, page in enumerate(the_plan.pages, 1):
        target = tmp / "docs" / page.rel
        target.parent.mkdir(parents=True, exist_ok=True)
        data = writer.render(page).encode("utf-8")
        target.write_bytes(data)
        total_bytes += len(data)
        if not quiet and i % 1000 == 0:
            print(f"\r  generating {size}: {i}/{len(the_plan.pages)}", end="", file=sys.stderr, flush=True)
    if not quiet and len(the_plan.pages) >= 1000:
        print(file=sys.stderr)
    if corpus.glossary is not None:  # abbreviations feed the synonyms, as upstream
        (tmp / "includes").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus.glossary, tmp / "includes" / "begrippenlijst.md")
    info = {"size": size, "pages": len(the_plan.pages), "seed": seed, "version": GEN_VERSION,
            "corpus": corpus.fingerprint, "bytes": total_bytes}
    (tmp / "docs" / MARKER).write_text(json.dumps(info), encoding="utf-8")
    shutil.rmtree(base, ignore_errors=True)
    os.replace(tmp, base)
    return docs


def describe(root: Path) -> dict[str, Any]:
    try:
        return json.loads((root / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def size_percentiles(root: Path) -> list[int]:
    sizes = sorted(p.stat().st_size for p in root.rglob("*.md"))
    if not sizes:
        return []
    return [sizes[min(len(sizes) - 1, int(q * len(sizes)))] for q in (0, 0.25, 0.5, 0.75, 0.95)] + [sizes[-1]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, action="append", help="pages (repeatable; default 300 and 3000)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, help="parent folder (default: the bench cache)")
    args = ap.parse_args(argv)
    corpus = read_corpus(args.corpus)
    print(f"real corpus: {len(corpus.templates)} pages, vocabulary {len(corpus.vocabulary)} words, "
          f"sizes p0/25/50/75/95/max {size_percentiles(corpus.root)}")
    for size in args.size or [300, 3000]:
        root = generate(size, seed=args.seed, out=args.out, corpus=corpus, quiet=False)
        info = describe(root)
        print(f"{size}: {root} ({info.get('pages')} pages, {info.get('bytes', 0) / 1e6:.1f} MB), "
              f"sizes {size_percentiles(root)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
