"""The command line: `ak-reader search|show|check|index`, and the window when no command is given.

    ak-reader                         start the desktop app on the bundled content
    ak-reader PATH                    start the app on a page
    ak-reader search QUERY [--rol R]... [--fase F]... [--onderwerp O]... [--soort K]...
                     [--risicogroep R]... [--rol-ai-act R]... (the AI-act profile) [--wetgeving W]...
    ak-reader show PATH [--html]
    ak-reader check [--json]
    ak-reader index [--rebuild]
    ak-reader beslishulp [--boom MAP]  the AI-verordening decision aid in the terminal
    ak-reader project list|show|new|export|import   "Mijn project": working lists (issue 14)
    ak-reader packs list|import FILE|remove NAME|use NAME   the content packs (issue 15)
    ak-reader diff OLD NEW [--json|--html FILE]   what changed between two packs

`--content ROOT` (or AK_READER_CONTENT) points at another content root: a folder or a zip
of the official content (its `docs/` folder, a clone or release with `docs/`), see
`reader.packs`. Without it the pack chosen with `packs use` is read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from reader import __version__
from reader.launch import content_root, load, window_parser

COMMANDS = ("search", "show", "check", "index", "beslishulp", "project", "packs", "diff")


def _add_content(p: argparse.ArgumentParser) -> None:
    p.add_argument("--content", metavar="ROOT", help="inhoudsmap of zip (standaard: de meegeleverde inhoud)")


def _window_help() -> str:
    """The window's options, for the epilog of `ak-reader --help`."""
    lines = ["Zonder opdracht start het venster:",
             "  ak-reader [PAGINA] [--content ROOT] [--settings-dir DIR] [--cache-dir DIR]", ""]
    for action in window_parser()._actions:
        if action.help in (None, argparse.SUPPRESS) or action.dest in ("help", "version"):
            continue
        name = ", ".join(action.option_strings) or "PAGINA"
        meta = f" {action.metavar}" if action.option_strings and action.metavar else ""
        lines.append(f"  {name + meta:<26} {action.help}")
    lines += ["", "Elke opdracht heeft zijn eigen --help, bijv. ak-reader search --help."]
    return "\n".join(lines)


def _dest(facet: str) -> str:
    """The argparse attribute of a facet's option (--soort-toepassing -> soort_toepassing)."""
    return facet.replace("-", "_")


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors in one line (issue 17) instead of the usage and the error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, _printable(f"{self.prog}: {message} (zie {self.prog} --help)") + "\n")


def build_parser() -> argparse.ArgumentParser:
    from reader.content.model import AI_ACT_FACETS, BASIC_FACETS, FACET_WETGEVING, PROFILE_FACETS

    parser = _Parser(
        prog="ak-reader",
        usage="ak-reader [PAGINA] [--content ROOT] | "
              "ak-reader {search,show,check,index,beslishulp,project,packs,diff} ...",
        description="Algoritmekader Reader: lees en doorzoek het Algoritmekader offline.",
        epilog=_window_help(), formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("search", help="zoeken (met filters)")
    p.add_argument("query", help='zoektekst; "" bladert op filters alleen')
    for facet in BASIC_FACETS:  # --rol, --fase, --onderwerp, --soort
        p.add_argument(f"--{facet}", action="append", default=[], metavar=facet.upper(), dest=_dest(facet))
    for facet in PROFILE_FACETS:  # the AI-act profile (see `ak-reader beslishulp`) and the law
        p.add_argument(f"--{facet}", action="append", default=[], metavar="WAARDE", dest=_dest(facet),
                       help=f"AI-verordening: {facet}" if facet != FACET_WETGEVING else "wet, bijv. avg of aia")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--json", action="store_true", help="resultaten als JSON")
    p.add_argument("--facets", action="store_true", help="toon ook de aantallen per filter")
    _add_content(p)

    p = sub.add_parser("show", help="een pagina tonen")
    p.add_argument("path", help="pagina, bijv. voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA")
    p.add_argument("--html", action="store_true", help="het HTML-document afdrukken")
    p.add_argument("--taal", choices=("nl", "en"), default="nl",
                   help="taal van de labels die de reader toevoegt (de tekst zelf blijft Nederlands)")
    _add_content(p)

    p = sub.add_parser("check", help="de inhoud controleren")
    p.add_argument("--json", action="store_true")
    _add_content(p)

    p = sub.add_parser("index", help="de zoekindex bijwerken")
    p.add_argument("--rebuild", action="store_true", help="helemaal opnieuw opbouwen")
    _add_content(p)

    p = sub.add_parser("beslishulp", help="de beslishulp AI-verordening (vragen beantwoorden in de terminal)")
    p.add_argument("--boom", metavar="MAP", help="map met decision-tree.yaml en categories.yaml "
                   "(standaard: de meegeleverde beslishulp)")

    p = sub.add_parser("project", help="Mijn project: werklijsten met status, notities en rapport")
    psub = p.add_subparsers(dest="project_command", required=True)
    q = psub.add_parser("list", help="de projecten")
    q.add_argument("--json", action="store_true")
    q = psub.add_parser("show", help="de werklijst van een project")
    q.add_argument("project", metavar="NAAM|ID")
    q.add_argument("--json", action="store_true")
    _add_content(q)
    q = psub.add_parser("new", help="een nieuw project")
    q.add_argument("name", metavar="NAAM")
    q.add_argument("--omschrijving", default="")
    q.add_argument("--rol", action="append", default=[], metavar="ROL")
    q.add_argument("--fase", action="append", default=[], metavar="FASE", help="huidige fase")
    q.add_argument("--gepland", action="append", default=[], metavar="FASE", help="geplande fase")
    q.add_argument("--hulpmiddel", action="append", default=[], metavar="PAGINA")
    for facet in AI_ACT_FACETS:
        q.add_argument(f"--{facet}", action="append", default=[], metavar="WAARDE", dest=_dest(facet),
                       help=f"AI-verordening: {facet}")
    _add_content(q)
    q = psub.add_parser("export", help="een project exporteren (.json, .xlsx, .ods, .pdf)")
    q.add_argument("project", metavar="NAAM|ID")
    q.add_argument("--to", required=True, metavar="BESTAND")
    _add_content(q)
    q = psub.add_parser("import", help="een projectbestand (.json) inlezen")
    q.add_argument("file", metavar="BESTAND")
    q.add_argument("--merge", action="store_true", help="samenvoegen met het project met dezelfde uid")
    q.add_argument("--preview", action="store_true", help="alleen tonen wat er zou gebeuren")

    p = sub.add_parser("packs", help="inhoudspakketten: de meegeleverde samenvatting en de officiële tekst")
    psub = p.add_subparsers(dest="packs_command", required=True)
    q = psub.add_parser("list", help="de pakketten (* = gekozen)")
    q.add_argument("--json", action="store_true")
    q = psub.add_parser("import", help="een map of zip toevoegen (een zip wordt veilig uitgepakt)")
    q.add_argument("file", metavar="MAP|ZIP")
    q = psub.add_parser("remove", help="een pakket verwijderen (een geïmporteerde kopie wordt gewist)")
    q.add_argument("name", metavar="NAAM")
    q = psub.add_parser("use", help="het pakket kiezen dat gelezen wordt")
    q.add_argument("name", metavar="NAAM")

    p = sub.add_parser("diff", help="wat is er veranderd tussen twee pakketten (mappen of zips)")
    p.add_argument("old", metavar="OUD")
    p.add_argument("new", metavar="NIEUW")
    p.add_argument("--json", action="store_true", help="als JSON")
    p.add_argument("--html", metavar="BESTAND", help="de pagina 'Wat is er veranderd' schrijven")
    return parser


def cmd_packs(args: argparse.Namespace) -> int:
    from reader.packs import PackLibrary

    library = PackLibrary()
    if args.packs_command == "list":
        current = library.current()
        packs = library.packs()
        if args.json:
            print(json.dumps([{**p.as_dict(), "current": p.root == current.root} for p in packs],
                             ensure_ascii=False, indent=1))
            return 0
        for p in packs:
            mark = "*" if p.root == current.root else " "
            print(f"{mark} {p.name}  [{p.kind}]  versie {p.version or '?'}  {p.date}  {p.pages} pagina's  {p.root}")
        return 0
    if args.packs_command == "import":
        info = library.add(Path(args.file))
        print(f"Toegevoegd: {info.name} ({info.pages} pagina's) in {info.root}")
    elif args.packs_command == "remove":
        print(f"Verwijderd: {library.remove(args.name).name}")
    else:
        print(f"Gekozen: {library.use(args.name).name}")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from reader.content import Site
    from reader.packs import open_content, pack_info
    from reader.packs.diff import describe, diff_html, diff_sites

    sites, names = [], []
    for given in (args.old, args.new):
        root = open_content(Path(given))
        site = Site.load(root)
        sites.append(site)
        names.append(pack_info(root, len(site.pages)).name)
    diff = diff_sites(sites[0], sites[1], *names)
    if args.html:
        Path(args.html).write_text(diff_html(diff), encoding="utf-8")
    if args.json:
        print(json.dumps(diff.as_dict(), ensure_ascii=False, indent=1))
        return 0
    print(f"{names[0]} -> {names[1]}: {len(diff.added)} nieuw, {len(diff.removed)} verdwenen, "
          f"{len(diff.changed)} gewijzigd, {diff.unchanged} ongewijzigd")
    for item in diff.added:
        print(f"+ {item.id}  {item.title}")
    for item in diff.removed:
        print(f"- {item.id}  {item.title}")
    for change in diff.changed:
        print(f"~ {change.id}  {describe(change)}")
    return 0


def _engine(root: Path, *, quiet: bool = True):
    site, engine = load(root)
    engine.ensure_index()
    if engine.notice and not quiet:
        print(engine.notice, file=sys.stderr)
    return site, engine


def cmd_search(args: argparse.Namespace) -> int:
    root = content_root(args.content)
    if not root.is_dir():
        _fail(f"Inhoudsmap niet gevonden: {root}")
        return 2
    site, engine = _engine(root, quiet=args.json)
    with engine:  # closes the searcher's index files
        return _search(args, site, engine)


def _known_values(site, checks: dict[str, tuple[str, list[str]]]) -> bool:
    """Whether every option's values (option -> (facet, values)) are values of that facet in
    the content; says which are not, and the choices, when one is unknown. A value written
    with other capitals, or as its label ("Jurist", "Beleid en advies"), is taken as that
    value: the lists in `checks` are corrected in place."""
    for option, (facet, values) in checks.items():
        known = site.facet_values(facet)
        by_name = {v.casefold(): v for v in known}
        by_name.update({site.label(facet, v).casefold(): v for v in known if site.label(facet, v)})
        values[:] = [by_name.get(v.casefold(), v) for v in values]
        wrong = [v for v in values if v not in known]
        if wrong:
            _fail(f"Onbekende waarde voor --{option}: {', '.join(wrong)}. Kies uit: {', '.join(known) or '(geen)'}")
            return False
    return True


def _search(args: argparse.Namespace, site, engine) -> int:
    from reader.content.model import FACET_KEYS, PROFILE_FACETS
    from reader.search import Query

    # a mistyped value would silently find nothing
    checked = [f for f in (*FACET_KEYS, *PROFILE_FACETS) if isinstance(getattr(args, _dest(f), None), list)]
    if not _known_values(site, {facet: (facet, getattr(args, _dest(facet))) for facet in dict.fromkeys(checked)}):
        return 2
    filters = {facet: getattr(args, _dest(facet)) for facet in FACET_KEYS}
    query = Query.of(args.query, filters, limit=args.limit)
    result = engine.search(query)
    if args.json:
        hits = [h.as_dict() for h in result.hits]
        if result.suggestion:
            for hit in hits:
                hit["suggestion"] = result.suggestion
            print(f"Bedoelde je: {result.suggestion}?", file=sys.stderr)
        if args.facets:
            print(json.dumps({"hits": hits, "total": result.total, "suggestion": result.suggestion,
                              "facets": result.facets}, ensure_ascii=False, indent=1))
        else:
            print(json.dumps(hits, ensure_ascii=False, indent=1))
        return 0
    if result.suggestion:
        print(f"Bedoelde je: {result.suggestion}?")
    if result.message and not result.hits:
        print(result.message)
    print(f"{result.total} resultaten")
    for i, hit in enumerate(result.hits, 1):
        print(f"{i:>2}. [{hit.kind}] {hit.title}\n    {hit.path}")
        if hit.snippet:
            print(f"    {hit.snippet_marked('«', '»')}")
    if args.facets:
        for facet, counts in result.facets.items():
            shown = ", ".join(f"{v} ({n})" for v, n in counts.items() if n)
            print(f"{facet}: {shown}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from reader.content import Site
    from reader.render import render_page, render_text

    root = content_root(args.content)
    site = Site.load(root)
    path = args.path.strip("/").removesuffix(".md")
    page = site.get(path)
    if page is None:
        matches = [p for p in site.pages if p.endswith("/" + path) or p.rsplit("/", 1)[-1] == path]
        if len(matches) == 1:
            page = site.pages[matches[0]]
    if page is None:
        _fail(f"Pagina niet gevonden: {args.path}")
        return 1
    if args.html:
        print(render_page(site, page, language=args.taal).html)
    else:
        print(render_text(site, page, language=args.taal))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from reader.content import Severity, Site

    root = content_root(args.content)
    site = Site.load(root)
    problems = site.problems
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if args.json:
        print(json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=1))
    else:
        by_file: dict[str, list] = {}
        for p in problems:
            by_file.setdefault(p.file, []).append(p)
        for file, items in by_file.items():
            print(_printable(file))
            for p in items:
                where = f"regel {p.line}: " if p.line else ""
                print(_printable(f"  {p.severity}: {where}{p.message}"))
        warnings = sum(1 for p in problems if p.severity is Severity.WARNING)
        print(f"{len(site.pages)} pagina's, {len(errors)} fouten, {warnings} waarschuwingen")
    return 1 if errors else 0


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _fail(message: object) -> None:
    """An error of the command line: one line on stderr, what the user typed shown escaped."""
    print(_printable(str(message)), file=sys.stderr)


def _printable(text: str) -> str:
    """A file name or message as one line the terminal shows as written: control and
    direction-changing characters (a newline in a file name, an RTL override) escaped."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def cmd_index(args: argparse.Namespace) -> int:
    root = content_root(args.content)
    _site, engine = load(root)
    started = time.perf_counter()
    progress = _progress_printer()
    with engine:
        report = engine.index.rebuild(progress) if args.rebuild else engine.ensure_index(progress)
    elapsed = time.perf_counter() - started
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"Index {report.action}: {report.added} nieuw, {report.changed} gewijzigd, "
        f"{report.removed} verwijderd in {elapsed:.2f} s" + (" (in geheugen)" if report.in_memory else "")
    )
    if engine.notice:
        print(engine.notice, file=sys.stderr)
    return 0


def cmd_beslishulp(args: argparse.Namespace) -> int:
    from reader.beslishulp import TreeError, bundled_tree_folder, load_tree, run

    folder = Path(args.boom).expanduser() if args.boom else bundled_tree_folder()
    try:
        tree = load_tree(folder)
    except TreeError as exc:
        _fail(f"De beslishulp kon niet worden gelezen: {exc}")
        return 2
    try:
        run(tree)
    except (EOFError, KeyboardInterrupt):
        print()
    return 0


def _open_project(store, name: str):
    project = store.find(name)
    if project is None:
        _fail(f"Project niet gevonden: {name}")
    return project


def cmd_project(args: argparse.Namespace) -> int:
    from reader.projects import ProjectStore, ReadOnlyError

    store = ProjectStore()
    if store.notice:
        print(store.notice, file=sys.stderr)
    try:
        return _project_command(args, store)
    except ReadOnlyError as exc:
        _fail(str(exc))
        return 1
    finally:
        store.close()


def _project_command(args: argparse.Namespace, store) -> int:
    from reader.content import Site
    from reader.content.model import AI_ACT_FACETS, FACET_FASE, FACET_ROL
    from reader.projects import exchange
    from reader.projects.reports import (
        STATUS_LABELS,
        content_version,
        phase_label,
        report_html,
        write_ods,
        write_xlsx,
    )
    from reader.projects.worklist import worklist

    verb = args.project_command
    if verb == "list":
        projects = store.projects()
        if args.json:
            print(json.dumps([{"id": p.id, "uid": p.uid, "name": p.name, "archived": p.archived,
                               "changed": p.changed} for p in projects], ensure_ascii=False, indent=1))
        else:
            for p in projects:
                print(f"{p.id:>3}. {p.name}" + (" (gearchiveerd)" if p.archived else ""))
            if not projects:
                print("Nog geen projecten. Maak er een met: ak-reader project new NAAM --rol ... --fase ...")
        return 0
    if verb == "import":
        try:
            data = exchange.read_json(Path(args.file).expanduser())
            plan = exchange.preview(data, store)
        except exchange.ExchangeError as exc:
            _fail(str(exc))
            return 2
        if not args.merge and plan.existing is not None:
            print(plan.summary().replace("Samenvoegen met", "Er is al een project") +
                  " Zonder --merge wordt het een kopie.")
        else:
            print(plan.summary())
        if args.preview:
            return 0
        project = exchange.apply(data, store, mode="merge" if args.merge else "copy")
        print(f"Geïmporteerd: {project.name} (id {project.id})")
        return 0
    root = content_root(args.content)
    if not root.is_dir():
        _fail(f"Inhoudsmap niet gevonden: {root}")
        return 2
    site = Site.load(root)
    if verb == "new":
        checks = {"rol": (FACET_ROL, args.rol), "fase": (FACET_FASE, args.fase), "gepland": (FACET_FASE, args.gepland)}
        checks.update({facet: (facet, getattr(args, _dest(facet))) for facet in AI_ACT_FACETS})
        if not _known_values(site, checks):
            return 2
        profile = {facet: getattr(args, _dest(facet)) for facet in AI_ACT_FACETS if getattr(args, _dest(facet))}
        project = store.create_project(args.name, description=args.omschrijving, roles=args.rol,
                                       phases_current=args.fase, phases_planned=args.gepland, profile=profile,
                                       hulpmiddelen=args.hulpmiddel)
        count = len(worklist(site, project, store).entries)
        print(f"Project aangemaakt: {project.name} (id {project.id}), {count} items")
        return 0
    project = _open_project(store, args.project)
    if project is None:
        return 1
    work = worklist(site, project, store)
    if verb == "show":
        if args.json:
            print(json.dumps({"project": project.name, "progress": work.progress.as_dict(), "groups": [
                {"phase": g.phase, "progress": g.progress.as_dict(), "items": [
                    {"key": e.key, "title": e.title, "kind": e.kind, "status": e.state.status,
                     "flags": list(e.flags)} for e in g.entries]} for g in work.groups]},
                ensure_ascii=False, indent=1))
            return 0
        total = work.progress
        print(f"{project.name}: {total.done} van {total.total} afgerond")
        for group in work.groups:
            progress = group.progress
            print(f"\n{phase_label(site, group.phase)} ({progress.done}/{progress.total})")
            for e in group.entries:
                flags = f"  [{', '.join(e.flags)}]" if e.flags else ""
                print(f"  [{STATUS_LABELS[e.state.status]:<19}] {e.title}  ({e.key}){flags}")
        return 0
    # export
    import datetime

    target = Path(args.to).expanduser()
    suffix = target.suffix.lower()
    date = datetime.date.today().isoformat()
    version = content_version(site)
    if suffix == ".json":
        exchange.write_json(target, exchange.export_project(store, project.id))
    elif suffix == ".xlsx":
        write_xlsx(target, site, project, work, version, date)
    elif suffix == ".ods":
        write_ods(target, site, project, work, version, date)
    elif suffix == ".pdf":
        from reader.ui.pdf_export import write_pdf

        notice = write_pdf(target, report_html(site, project, work, version, date),
                           title=f"Projectrapport {project.name}")
        if notice:
            print(notice, file=sys.stderr)
    elif suffix in (".html", ".htm"):
        target.write_text(report_html(site, project, work, version, date), encoding="utf-8")
    else:
        print("Kies een bestand op .json, .xlsx, .ods, .pdf of .html", file=sys.stderr)
        return 2
    print(f"Geëxporteerd: {target}")
    return 0


def _progress_printer():
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\rIndexeren: {done}/{total}", end="", file=sys.stderr, flush=True)

    return show


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        from reader.ui.app import run_app

        return run_app(argv)
    args = build_parser().parse_args(argv)
    handlers = {"search": cmd_search, "show": cmd_show, "check": cmd_check, "index": cmd_index,
                "beslishulp": cmd_beslishulp, "project": cmd_project, "packs": cmd_packs,
                "diff": cmd_diff}
    from reader.packs import PackError

    try:
        return handlers[args.command](args)
    except PackError as exc:  # a content folder or zip without content: one line, no traceback
        _fail(exc)
        return 2
    except BrokenPipeError:
        return 0
