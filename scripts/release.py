"""Make a release of the portable app: the licences, a zip and its SHA-256 file.

    python scripts/release.py dist/ak-reader [--out dist]

`scripts/build_bundle.py --zip` calls this after a build. The zip holds the one folder
`ak-reader-<version>-<platform>/`; `<zip>.sha256` has the checksum in the format of
`sha256sum` (check it with `sha256sum -c`, or `Get-FileHash` in PowerShell).

Licences (LICENSES/ in the folder, collected automatically from what is bundled):
- the app's own licence (EUPL-1.2, the repository's LICENSE), and a notice for the facts
  drawn from the Algoritmekader (EUPL-1.2, Ministerie van Binnenlandse Zaken);
- Qt and PySide6 (LGPL-3.0, with the GPL-3.0 it builds on) with a notice on how to swap
  the Qt libraries;
- every Python distribution the app depends on (its licence files from its metadata, or
  its licence field when it ships none), Python's own licence, and PyInstaller's
  bootloader licence.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import re
import sys
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LICENSES = "LICENSES"

APP_NOTICE = """Algoritmekader Reader {version}

De code van deze app valt onder de European Union Public Licence v1.2 (EUPL-1.2); de
volledige tekst staat in EUPL-1.2.txt.

Inhoud: de meegeleverde inhoud is een samenvatting in eigen woorden van het Algoritmekader
van het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties. Feiten zoals titels,
nummers, rollen, fasen en webadressen komen uit het Algoritmekader, dat zelf onder de
EUPL-1.2 is gepubliceerd (https://minbzk.github.io/Algoritmekader/). De officiele tekst is
leidend; deze app is geen officiele uitgave van de overheid.

Qt en PySide6 (The Qt Company) gebruikt de app onder de GNU Lesser General Public License
v3 (LGPL-3.0.txt, met de GPL-3.0.txt waarop die voortbouwt). De Qt-bibliotheken staan als
losse bestanden in de map _internal/PySide6 en mogen door een andere, compatibele versie
worden vervangen. De broncode van Qt en PySide6 is te vinden via https://download.qt.io/
en https://code.qt.io/.

De overige onderdelen en hun licenties staan in THIRD-PARTY.txt en in de mappen hieronder.
"""


def _project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _requirement_name(requirement: str) -> str | None:
    """The distribution a requirement names, when it applies here (no extras, markers true)."""
    from packaging.requirements import Requirement

    req = Requirement(requirement)
    if req.marker is not None and not req.marker.evaluate({"extra": ""}):
        return None
    return req.name


def runtime_distributions() -> list[metadata.Distribution]:
    """The app's dependencies and theirs, as installed here (the bundle is made from them)."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [name for name in (_requirement_name(r) for r in _project()["dependencies"]) if name]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        for requirement in dist.requires or []:
            sub = _requirement_name(requirement)
            if sub:
                todo.append(sub)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def _licence_files(dist: metadata.Distribution) -> list[tuple[str, bytes]]:
    out = []
    for file in dist.files or []:
        name = file.name.upper()
        if any(k in name for k in ("LICEN", "COPYING", "NOTICE", "AUTHORS")):
            path = Path(str(file.locate()))
            if path.is_file():
                out.append((file.name, path.read_bytes()))
    return out


def write_licences(app: Path) -> Path:
    """Fill `app/LICENSES` (made anew) and return it."""
    folder = app / LICENSES
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / "README.txt").write_text(APP_NOTICE.format(version=_project()["version"]), encoding="utf-8")
    (folder / "EUPL-1.2.txt").write_bytes((REPO / "LICENSE").read_bytes())
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        (folder / name).write_bytes((REPO / "resources" / "licenses" / name).read_bytes())
    lines = ["Onderdelen in deze app en hun licenties (automatisch verzameld bij het bouwen)", ""]
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    python_licence = Path(sys.base_prefix) / "lib" / version / "LICENSE.txt"
    if not python_licence.is_file():
        python_licence = Path(sys.base_prefix) / "LICENSE.txt"
    found = "" if python_licence.is_file() else " (licentietekst niet gevonden)"
    lines.append(f"Python {sys.version.split()[0]}: PSF-2.0{found}")
    if python_licence.is_file():
        (folder / "Python").mkdir()
        (folder / "Python" / "LICENSE.txt").write_bytes(python_licence.read_bytes())
    extra = []
    with contextlib.suppress(metadata.PackageNotFoundError):
        extra.append(metadata.distribution("pyinstaller"))
    for dist in [*runtime_distributions(), *extra]:
        name, version = dist.metadata["Name"], dist.version
        licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        licence = licence.strip().splitlines()[0] if licence.strip() else "zie de bijgevoegde tekst"
        files = _licence_files(dist)
        if name.lower() == "pyinstaller":
            licence += " (alleen de opstartlader is meegeleverd; GPL met uitzondering voor meegeleverde programma's)"
        lines.append(f"{name} {version}: {licence}")
        if files:
            target = folder / f"{name}-{version}"
            target.mkdir()
            for file_name, data in files:
                (target / file_name).write_bytes(data)
        elif re.sub(r"[-_.]+", "-", name).lower() in ("pyside6-essentials", "shiboken6"):
            lines.append("    (LGPL-3.0: zie LGPL-3.0.txt en GPL-3.0.txt)")
        else:
            lines.append("    (geen licentiebestand in het pakket; de licentie staat hierboven)")
    (folder / "THIRD-PARTY.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def platform_tag() -> str:
    import platform

    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def make_release(app: Path, out: Path) -> tuple[Path, Path]:
    """Zip the bundle folder `app` into `out` with a SHA-256 file; returns both paths."""
    if not (app / LICENSES).is_dir():
        write_licences(app)
    top = f"ak-reader-{_project()['version']}-{platform_tag()}"
    out.mkdir(parents=True, exist_ok=True)
    zip_path = out / f"{top}.zip"
    tmp = zip_path.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(app.rglob("*")):
            rel = path.relative_to(app).as_posix()
            if rel == "data" or rel.startswith("data/") or rel == "portable.ini":
                continue  # a tried-out bundle's own user data never goes into a release
            if path.is_symlink():
                info = zipfile.ZipInfo(f"{top}/{rel}")
                info.create_system = 3
                info.external_attr = (0o120777 << 16)
                zf.writestr(info, os.readlink(path))
            elif path.is_file():
                zf.write(path, f"{top}/{rel}")
    os.replace(tmp, zip_path)
    sums = zip_path.with_name(zip_path.name + ".sha256")
    sums.write_text(f"{sha256_of(zip_path)}  {zip_path.name}\n", encoding="utf-8")
    return zip_path, sums


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Maak de release-zip van de draagbare app.")
    parser.add_argument("app", type=Path, help="de gebouwde map, bijv. dist/ak-reader")
    parser.add_argument("--out", type=Path, default=REPO / "dist")
    args = parser.parse_args(argv)
    zip_path, sums = make_release(args.app.resolve(), args.out.resolve())
    print(f"{zip_path}  {zip_path.stat().st_size / 1e6:.1f} MB\n{sums.read_text(encoding='utf-8').strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
