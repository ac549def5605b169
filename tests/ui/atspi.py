"""The app as a screen reader on Linux sees it: over AT-SPI, from another process.

`desktop()` starts a private session of what a Linux desktop gives a screen reader: an X
server (Xvfb), a D-Bus session bus, and the accessibility bus (`at-spi-bus-launcher`, whose
bus starts `at-spi2-registryd`). `Client` speaks AT-SPI's D-Bus interfaces on that bus with
jeepney (pure Python), as Orca does through libatspi: the registry's applications, each
object's name, role, states, attributes, children, actions and text.

Nothing here imports Qt: the app runs in its own process (`start_app`), with Qt's AT-SPI
bridge switched on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON), and is only seen through the bus.
"""

from __future__ import annotations

import contextlib
import glob
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parents[2]
APP_NAME = "algoritmekader-reader"  # QCoreApplication.applicationName: the AT-SPI application's name
START_TIMEOUT = 60.0  # seconds for a server or the app to come up (a cold first start builds caches)

# AtspiRole (at-spi2-core's atspi-constants.h), the roles used here
ROLE = {"check box": 7, "dialog": 16, "filler": 20, "frame": 23, "label": 29, "layered pane": 30, "list": 31,
        "list item": 32, "menu": 33, "menu bar": 34, "menu item": 35, "page tab": 37, "page tab list": 38,
        "panel": 39, "popup menu": 41, "push button": 43, "scroll bar": 48, "scroll pane": 49, "separator": 50,
        "split pane": 53, "status bar": 54, "table": 55, "table cell": 56, "text": 61, "tool bar": 63,
        "tree": 65, "unknown": 67, "window": 69, "application": 75, "entry": 79, "document frame": 82,
        "heading": 83, "link": 88, "table row": 90}
# AtspiStateType, in bit order (two 32-bit words)
STATES = ("invalid", "active", "armed", "busy", "checked", "collapsed", "defunct", "editable", "enabled",
          "expandable", "expanded", "focusable", "focused", "has-tooltip", "horizontal", "iconified", "modal",
          "multi-line", "multiselectable", "opaque", "pressed", "resizable", "selectable", "selected",
          "sensitive", "showing", "single-line", "stale", "transient", "vertical", "visible",
          "manages-descendants", "indeterminate", "required", "truncated", "animated", "invalid-entry",
          "supports-autocompletion", "selectable-text", "is-default", "visited", "checkable", "has-popup",
          "read-only")

ACCESSIBLE = "org.a11y.atspi.Accessible"
ACTION = "org.a11y.atspi.Action"
TEXT = "org.a11y.atspi.Text"
PROPERTIES = "org.freedesktop.DBus.Properties"
REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
NULL_PATH = "/org/a11y/atspi/null"

T = TypeVar("T")


def bus_launcher() -> str | None:
    """at-spi-bus-launcher: not on PATH, in the distribution's libexec folder."""
    found = shutil.which("at-spi-bus-launcher")
    if found:
        return found
    for pattern in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher",
                    "/usr/lib/*/at-spi2-core/at-spi-bus-launcher", "/usr/lib/at-spi2/at-spi-bus-launcher"):
        for path in glob.glob(pattern):
            if os.access(path, os.X_OK):
                return path
    return None


def missing() -> str | None:
    """Why the AT-SPI check cannot run here, or None."""
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux accessibility bus"
    try:
        import jeepney  # noqa: F401
    except ImportError:
        return "jeepney is not installed (pip install jeepney; the test extras have it)"
    for tool, package in (("Xvfb", "xvfb"), ("dbus-daemon", "dbus-daemon")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt install {package})"
    if bus_launcher() is None:
        return "at-spi-bus-launcher is not installed (apt install at-spi2-core)"
    return None


def wait_for(what: str, check: Callable[[], T | None], timeout: float = START_TIMEOUT,
             alive: Callable[[], str | None] | None = None) -> T:
    """Poll `check` until it gives a value (not None or False); fail after `timeout` seconds, or
    at once when `alive` says a process it depends on has ended."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value is not None and value is not False:
            return value
        if alive is not None:
            ended = alive()
            if ended:
                raise AssertionError(f"{what}: {ended}")
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout:.0f} s")
        time.sleep(0.05)


def _read_line(proc: subprocess.Popen, fd: int, what: str) -> str:
    """The first line a server writes to the pipe `fd` once it is ready."""
    deadline = time.monotonic() + START_TIMEOUT
    data = b""
    while b"\n" not in data:
        if proc.poll() is not None:
            raise AssertionError(f"{what} exited ({proc.returncode}) before it was ready")
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"{what} was not ready within {START_TIMEOUT:.0f} s")
        ready, _, _ = select.select([fd], [], [], min(left, 0.5))
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk and proc.poll() is not None:
                continue
            data += chunk
    return data.split(b"\n", 1)[0].decode().strip()


def _start_server(argv: list[str], what: str, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    """Start a server that writes one line (display number, bus address) to the fd named by
    `{fd}` in `argv` when it is ready; its own process group, so its helpers end with it."""
    read, write = os.pipe()
    try:
        proc = subprocess.Popen([a.replace("{fd}", str(write)) for a in argv], pass_fds=(write,), env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        os.close(write)
        write = -1
        return proc, _read_line(proc, read, what)
    finally:
        if write >= 0:
            os.close(write)
        os.close(read)


def _end(proc: subprocess.Popen) -> None:
    """End a process this module started, and its process group (helpers it started)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)  # what is left of the group (at-spi2-registryd)


SESSION_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@dataclass
class Desktop:
    """A running private session: `env` is what a program on it needs."""

    env: dict[str, str]
    client: Client
    folder: Path


@contextlib.contextmanager
def desktop(folder: Path, size: str = "1366x768x24") -> Iterator[Desktop]:
    """Xvfb, a session bus (no service activation: only what is started here runs) and the
    accessibility bus with its registry; yields them with a client of the accessibility bus."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    runtime = folder / "runtime"  # XDG_RUNTIME_DIR: the accessibility bus's socket goes here
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "AT_SPI", "QT_", "XDG_"))}
    env.pop("DISPLAY", None)
    env.update(XDG_RUNTIME_DIR=str(runtime), HOME=str(folder))
    started: list[subprocess.Popen] = []
    connections: list[Any] = []
    try:
        xvfb, display = _start_server(["Xvfb", "-displayfd", "{fd}", "-screen", "0", size, "-nolisten", "tcp"],
                                      "Xvfb", env)
        started.append(xvfb)
        env["DISPLAY"] = ":" + display
        config = folder / "session.conf"
        config.write_text(SESSION_CONFIG.format(folder=folder), encoding="utf-8")
        daemon, address = _start_server(["dbus-daemon", "--nofork", f"--config-file={config}",
                                         "--print-address={fd}"], "dbus-daemon", env)
        started.append(daemon)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        launcher = subprocess.Popen([str(bus_launcher()), "--launch-immediately"], env=env,
                                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, start_new_session=True)
        started.append(launcher)
        session = open_dbus_connection(address)
        connections.append(session)
        bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                          interface="org.freedesktop.DBus")
        a11y = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")

        def launcher_ended() -> str | None:
            return f"at-spi-bus-launcher exited ({launcher.returncode})" if launcher.poll() is not None else None

        wait_for("the accessibility bus (org.a11y.Bus)",
                 lambda: session.send_and_get_reply(new_method_call(bus, "NameHasOwner", "s", ("org.a11y.Bus",)),
                                                    timeout=10).body[0], alive=launcher_ended)
        a11y_address = session.send_and_get_reply(new_method_call(a11y, "GetAddress"), timeout=10).body[0]
        client = Client(open_dbus_connection(a11y_address))
        connections.append(client.connection)
        yield Desktop(env, client, folder)
    finally:
        for connection in connections:
            with contextlib.suppress(Exception):
                connection.close()
        for proc in reversed(started):
            _end(proc)


@contextlib.contextmanager
def start_app(session: Desktop, args: list[str], language: str = "en_GB") -> Iterator[subprocess.Popen]:
    """The real app (`python -m reader ARGS`) on `session`'s display and buses, with settings,
    caches, data and logs of its own, Qt's AT-SPI bridge on, in `language`'s locale."""
    home = session.folder / "app"
    home.mkdir(exist_ok=True)
    env = dict(session.env)
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    env.pop("LANGUAGE", None)
    env.update(QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               LANG=f"{language}.UTF-8", AK_READER_LOG_DIR=str(home / "log"), AK_READER_DATA_DIR=str(home / "data"),
               AK_READER_SETTINGS_DIR=str(home / "settings"), AK_READER_CACHE=str(home / "cache"),
               PYTHONPATH=os.pathsep.join([str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]))
    log = (home / "stderr.txt").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "reader", *args, "--settings-dir", str(home / "settings"),
                             "--cache-dir", str(home / "cache")], env=env, cwd=REPO, stdin=subprocess.DEVNULL,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield proc
    finally:
        _end(proc)
        log.close()


def app_output(session: Desktop) -> str:
    """What the app wrote to stdout and stderr (for a failure's message)."""
    try:
        return (session.folder / "app" / "stderr.txt").read_text(encoding="utf-8", errors="replace")[-4000:]
    except OSError:
        return ""


class AtspiError(RuntimeError):
    pass


# ------------------------------------------------------------------ keyboard focus and keys
#: keysyms (X11 keysymdef.h) of the keys pressed here
KEYSYM = {"Tab": 0xFF09, "ISO_Left_Tab": 0xFE20, "Shift_L": 0xFFE1, "Return": 0xFF0D}
KEY_PRESS, KEY_RELEASE, KEY_SYM = 0, 1, 3  # AtspiKeySynthType
DEVICE_EVENTS = ("org.a11y.atspi.Registry", "/org/a11y/atspi/registry/deviceeventcontroller")


def give_keyboard_focus(display: str) -> bool:
    """Give the X keyboard focus to the largest mapped top-level window on `display` (the
    app's main window), as a window manager would when it opens: XSetInputFocus through
    libX11 (which Xvfb and Qt's X11 plugin need anyway). False when libX11 cannot be loaded
    or no such window is mapped yet."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("X11") or "libX11.so.6"
    try:
        x11 = ctypes.CDLL(name)
    except OSError:
        return False
    window_t, display_p = ctypes.c_ulong, ctypes.c_void_p

    class Attributes(ctypes.Structure):  # XWindowAttributes
        _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                    ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                    ("root", window_t), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                    ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
                    ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
                    ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                    ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                    ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                    ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]

    x11.XOpenDisplay.restype, x11.XOpenDisplay.argtypes = display_p, [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype, x11.XDefaultRootWindow.argtypes = window_t, [display_p]
    x11.XQueryTree.argtypes = [display_p, window_t, ctypes.POINTER(window_t), ctypes.POINTER(window_t),
                               ctypes.POINTER(ctypes.POINTER(window_t)), ctypes.POINTER(ctypes.c_uint)]
    x11.XGetWindowAttributes.argtypes = [display_p, window_t, ctypes.POINTER(Attributes)]
    x11.XSetInputFocus.argtypes = [display_p, window_t, ctypes.c_int, ctypes.c_ulong]
    x11.XFree.argtypes = [ctypes.c_void_p]
    x11.XSync.argtypes = [display_p, ctypes.c_int]
    x11.XCloseDisplay.argtypes = [display_p]
    handle = x11.XOpenDisplay(display.encode())
    if not handle:
        return False
    try:
        root, parent = window_t(), window_t()
        children, count = ctypes.POINTER(window_t)(), ctypes.c_uint()
        if not x11.XQueryTree(handle, x11.XDefaultRootWindow(handle), ctypes.byref(root), ctypes.byref(parent),
                              ctypes.byref(children), ctypes.byref(count)):
            return False
        best, area = 0, 0
        for i in range(count.value):
            attributes = Attributes()
            x11.XGetWindowAttributes(handle, children[i], ctypes.byref(attributes))
            viewable = attributes.map_state == 2  # IsViewable
            if viewable and not attributes.override_redirect and attributes.width * attributes.height > area:
                best, area = children[i], attributes.width * attributes.height
        if children:
            x11.XFree(children)
        if not best:
            return False
        x11.XSetInputFocus(handle, best, 2, 0)  # RevertToParent, CurrentTime
        x11.XSync(handle, 0)
        return True
    finally:
        x11.XCloseDisplay(handle)


class Client:
    """AT-SPI over D-Bus: the calls a screen reader makes, one object at a time."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def call(self, ref: tuple[str, str], interface: str, method: str, signature: str | None = None,
             body: tuple = ()) -> tuple:
        from jeepney import DBusAddress, MessageType, new_method_call

        message = new_method_call(DBusAddress(ref[1], bus_name=ref[0], interface=interface), method, signature, body)
        reply = self.connection.send_and_get_reply(message, timeout=10)
        if reply.header.message_type == MessageType.error:
            raise AtspiError(f"{interface}.{method} on {ref}: {reply.body}")
        return reply.body

    def get(self, ref: tuple[str, str], interface: str, name: str) -> Any:
        return self.call(ref, PROPERTIES, "Get", "ss", (interface, name))[0][1]

    def node(self, ref: tuple[str, str]) -> Node:
        return Node(self, (str(ref[0]), str(ref[1])))

    def applications(self) -> list[Node]:
        return self.node(REGISTRY).children()

    def register_events(self, *events: str) -> None:
        """Tell the registry this client listens to `events` ("object:state-changed:focused",
        "focus:", "object:announcement"): applications send only what someone listens to."""
        for event in events:
            self.call(("org.a11y.atspi.Registry", "/org/a11y/atspi/registry"), "org.a11y.atspi.Registry",
                      "RegisterEvent", "sass", (event, [], ""))

    @contextlib.contextmanager
    def events(self, interface: str, member: str | None = None) -> Iterator[Events]:
        """The signals of `interface` (and `member`) from now on, queued as they arrive."""
        from jeepney import MatchRule, message_bus

        rule = MatchRule(type="signal", interface=interface, member=member)
        self.connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=10)
        with self.connection.filter(rule, bufsize=10000) as queue:
            yield Events(self, queue)

    def press(self, *keys: str) -> None:
        """Press and release `keys` together (modifiers first), through the registry's
        device event controller, as a screen reader's own key commands are sent."""
        for key in keys:
            self.call(DEVICE_EVENTS, "org.a11y.atspi.DeviceEventController", "GenerateKeyboardEvent", "isu",
                      (KEYSYM[key], "", KEY_SYM))  # (KEY_SYM: pressed and released)
        # (a modifier pressed with KEY_SYM is released at once: Shift+Tab is ISO_Left_Tab)

    def application(self, name: str = APP_NAME) -> Node | None:
        for app in self.applications():
            with contextlib.suppress(AtspiError):
                if app.name == name:
                    return app
        return None


@dataclass
class Events:
    """Signals queued by `Client.events`: (member, source object, body) as they arrive."""

    client: Client
    queue: Any

    def next(self, timeout: float) -> tuple[str, Node, tuple] | None:
        from jeepney import HeaderFields

        if self.queue:
            message = self.queue.popleft()
        else:
            try:
                message = self.client.connection.recv_until_filtered(self.queue, timeout=timeout)
            except TimeoutError:
                return None
        fields = message.header.fields
        source = self.client.node((fields[HeaderFields.sender], fields[HeaderFields.path]))
        return str(fields[HeaderFields.member]), source, tuple(message.body)

    def until(self, what: str, check: Callable[[str, Node, tuple], bool], timeout: float = 20.0) -> list:
        """Every signal up to the first for which `check(member, source, body)` holds; fails
        after `timeout` seconds with what arrived."""
        seen: list[tuple[str, Node, tuple]] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            event = self.next(max(0.05, deadline - time.monotonic()))
            if event is None:
                continue
            seen.append(event)
            if check(*event):
                return seen
        raise AssertionError(f"{what}: not within {timeout:.0f} s; arrived: {[(m, b[:2]) for m, _n, b in seen]}")


@dataclass(frozen=True)
class Node:
    """One accessible object, as AT-SPI names it: (bus name, object path)."""

    client: Client
    ref: tuple[str, str]

    def _call(self, interface: str, method: str, signature: str | None = None, body: tuple = ()) -> tuple:
        return self.client.call(self.ref, interface, method, signature, body)

    @property
    def name(self) -> str:
        return str(self.client.get(self.ref, ACCESSIBLE, "Name"))

    @property
    def description(self) -> str:
        return str(self.client.get(self.ref, ACCESSIBLE, "Description"))

    @property
    def locale(self) -> str:
        return str(self.client.get(self.ref, ACCESSIBLE, "Locale"))

    @property
    def role(self) -> int:
        return int(self._call(ACCESSIBLE, "GetRole")[0])

    @property
    def role_name(self) -> str:
        return str(self._call(ACCESSIBLE, "GetRoleName")[0])

    @property
    def states(self) -> frozenset[str]:
        words = self._call(ACCESSIBLE, "GetState")[0]
        return frozenset(STATES[32 * w + bit] for w, word in enumerate(words) for bit in range(32)
                         if word >> bit & 1 and 32 * w + bit < len(STATES))

    @property
    def attributes(self) -> dict[str, str]:
        return dict(self._call(ACCESSIBLE, "GetAttributes")[0])

    @property
    def interfaces(self) -> frozenset[str]:
        return frozenset(self._call(ACCESSIBLE, "GetInterfaces")[0])

    def children(self) -> list[Node]:
        return [self.client.node(ref) for ref in self._call(ACCESSIBLE, "GetChildren")[0]
                if ref[1] != NULL_PATH]  # a child Qt has no interface for (yet)

    def walk(self, skip_items_over: int = 60) -> Iterator[Node]:
        """This object and everything under it, depth first, in reading order; an object with
        more than `skip_items_over` children (a result list) gives its first ones."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            with contextlib.suppress(AtspiError):  # gone meanwhile
                stack.extend(reversed(node.children()[:skip_items_over]))

    def actions(self) -> list[str]:
        """Names of the Action interface's actions (Press, SetFocus, …)."""
        if ACTION not in self.interfaces:
            return []
        return [name for name, _description, _keys in self._call(ACTION, "GetActions")[0]]

    def do_action(self, name: str) -> bool:
        return bool(self._call(ACTION, "DoAction", "i", (self.actions().index(name),))[0])

    def text(self) -> str:
        """The Text interface's whole text."""
        count = int(self.client.get(self.ref, TEXT, "CharacterCount"))
        return str(self._call(TEXT, "GetText", "ii", (0, count))[0])

    def attribute_run(self, offset: int) -> tuple[dict[str, str], int, int]:
        """The Text interface's run of attributes around `offset`: (attributes, start, end)."""
        attributes, start, end = self._call(TEXT, "GetAttributeRun", "ib", (offset, False))
        return dict(attributes), int(start), int(end)

    def call_editable(self, method: str, signature: str | None = None, body: tuple = ()) -> tuple:
        """A call on the EditableText interface (SetTextContents, InsertText, …)."""
        return self._call("org.a11y.atspi.EditableText", method, signature, body)

    def call_text(self, method: str, signature: str | None = None, body: tuple = ()) -> tuple:
        """A call on the Text interface, its reply as is."""
        return self._call(TEXT, method, signature, body)
