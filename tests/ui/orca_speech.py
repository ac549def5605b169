"""What Orca says about the app: a manual check, not part of the suite (Orca and xdotool are
some 90 Debian packages: `apt install orca xdotool`).

    python -m tests.ui.orca_speech "F6 F6 F6 alt+Down Down" [PAGE]

starts the private session of tests/ui/test_atspi.py (Xvfb, D-Bus, the AT-SPI bus), the app
on PAGE (default the DPIA page) with an English interface, and Orca with its debug log; gives
the app's window the keyboard focus, types the keys (xdotool names, space-separated) and prints
every "SPEECH OUTPUT" line of Orca's log, with the voice language Orca asked for. Orca needs
no speech server for this: it logs what it would say.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.conftest import CONTENT
from tests.ui import atspi

PAGE = "voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA"


def _log(folder: Path) -> str:
    try:
        return (folder / "orca.log").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def main(argv: list[str]) -> int:
    keys = argv[0].split() if argv else ["F6", "F6", "F6", "alt+Down"]
    page = argv[1] if len(argv) > 1 else PAGE
    for tool in ("orca", "xdotool"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed (apt install orca xdotool)", file=sys.stderr)
            return 2
    reason = atspi.missing()
    if reason:
        print(reason, file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="orca-speech-"))
    with atspi.desktop(folder) as session, atspi.start_app(session, [page, "--content", str(CONTENT)]):
        atspi.wait_for("the app on the accessibility bus", session.client.application)
        orca = subprocess.Popen(["orca", "--replace", f"--debug-file={folder / 'orca.log'}"], env=session.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            atspi.wait_for("Orca", lambda: "Screen reader on" in _log(folder) or None)

            def window() -> str | None:
                found = subprocess.run(["xdotool", "search", "--name", "Algoritmekader Reader"], env=session.env,
                                       capture_output=True, text=True).stdout.split()
                return found[-1] if found else None

            subprocess.run(["xdotool", "windowfocus", "--sync", atspi.wait_for("the window", window)],
                           env=session.env, check=True)
            time.sleep(2)  # Orca presents the focused window (a manual tool: plain pauses)
            for key in keys:
                subprocess.run(["xdotool", "key", key], env=session.env, check=True)
                time.sleep(1.5)
            time.sleep(2)
        finally:
            atspi._end(orca)
    voice = ""
    for line in _log(folder).splitlines():
        asked = re.search(r"voice requested with language='([^']*)'", line)
        if asked:
            voice = asked.group(1)
        if "SPEECH OUTPUT:" in line:
            said = line.split("SPEECH OUTPUT:", 1)[1].split("{", 1)[0].strip()
            print(f"[{voice}] {said}" if voice not in ("", "None") else said)
    print(f"(Orca's log: {folder / 'orca.log'})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
