"""Run one snippet as ``__main__`` inside the worker process.

Each run gets a fresh namespace, the snippet's own file name and line numbers in
tracebacks, a fresh temporary working directory, reset seeds and library defaults,
a fixed number of threads, captured stdout, and a time limit. Every matplotlib figure
left open is saved as deterministic SVG and closed. A DeprecationWarning or
FutureWarning raised from the snippet or from torch is an error.

This module runs where torch is already imported (the worker imports it once).
It deliberately has no ``from __future__`` import: snippets compile on their own.
"""

import builtins
import contextlib
import io
import os
import random
import signal
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path

SVG_SALT = "pytorch-from-zero"
DEPRECATIONS = (DeprecationWarning, PendingDeprecationWarning, FutureWarning)
# Warnings are attributed to the module of the frame that triggered them: a snippet
# runs as ``__main__``; torch's own Python code lives in ``torch.*``.
STRICT_MODULES = r"(__main__|torch)(\.|$)"


class _Sink(io.RawIOBase):
    """The bytes end of a captured stream: keeps the first ``keep`` bytes, counts all."""

    def __init__(self, keep):
        super().__init__()
        self.kept = bytearray()
        self.keep = keep
        self.size = 0
        self.newlines = 0
        self.last = b""

    def writable(self):
        return True

    def write(self, data):
        data = bytes(data)
        self.size += len(data)
        self.newlines += data.count(b"\n")
        if data:
            self.last = data[-1:]
        room = self.keep - len(self.kept)
        if room > 0:
            self.kept += data[:room]
        return len(data)


class CapturedStream(io.TextIOWrapper):
    """What a snippet's ``sys.stdout`` is: a real text stream, as in a terminal, with
    a byte ``buffer`` and a UTF-8 ``encoding``, so that code writing bytes (or
    libraries asking for the encoding) works as it would outside the book.

    It keeps the first ``keep`` bytes (None: all) and counts everything written, so a
    snippet that prints without end costs no memory and is reported with its size.
    """

    def __init__(self, keep=None):
        self.sink = _Sink(keep if keep is not None else float("inf"))
        super().__init__(io.BufferedWriter(self.sink), encoding="utf-8", errors="backslashreplace", write_through=True)

    def isatty(self):
        return False

    def getvalue(self):
        self.flush()
        return self.sink.kept.decode("utf-8", errors="replace")

    @property
    def lines(self):
        self.flush()
        return self.sink.newlines + (1 if self.sink.size and self.sink.last != b"\n" else 0)

    @property
    def size(self):
        self.flush()
        return self.sink.size


class SnippetTimeout(BaseException):
    """Raised inside a snippet when its time limit passes (BaseException: a snippet's
    ``except Exception`` cannot swallow it)."""


class DependencyRecorder:
    """Record every file under ``root`` that a snippet opens (data files, helpers), and
    every folder it lists (``glob``, ``iterdir``, ``os.listdir``), with a trailing ``/``:
    a file added to a listed folder changes what the snippet reads.

    Audit hooks cannot be removed, so one recorder is installed per process and
    switched on only while a snippet runs.
    """

    EVENTS = {"open", "os.listdir", "os.scandir"}

    def __init__(self):
        self.root = None
        self.ignore = ()
        self.files = None
        sys.addaudithook(self._hook)

    def _hook(self, event, args):
        if self.files is None or event not in self.EVENTS or not args:
            return
        path = args[0]
        if isinstance(path, int) or path is None:
            return
        try:
            full = os.path.abspath(os.fsdecode(path))
        except (TypeError, ValueError):
            return
        if event != "open":  # a folder was listed: its list of names is a dependency too
            if sys._getframe(1).f_code.co_filename.startswith("<frozen importlib"):
                return  # the import system looking for a module, not the snippet reading data
            full = os.path.join(full, "")
        if full.startswith(self.root) and not full.startswith(self.ignore) and "__pycache__" not in full:
            self.files.add(full)

    @contextlib.contextmanager
    def recording(self, root, ignore):
        self.root = os.path.join(str(root), "")
        self.ignore = tuple(os.path.join(str(p), "") for p in ignore)
        self.files = set()
        try:
            yield self.files
        finally:
            self.files = None


def reset_libraries(threads, seed=0):
    """Put every library a snippet may touch back into its default state."""
    import matplotlib
    import matplotlib.pyplot as plt
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    torch.set_default_dtype(torch.float32)
    torch.set_grad_enabled(True)
    torch.set_printoptions(profile="default", sci_mode=None)
    np.set_printoptions(**_NUMPY_PRINT_DEFAULTS)
    plt.close("all")
    matplotlib.rcdefaults()
    matplotlib.rcParams["svg.hashsalt"] = SVG_SALT
    matplotlib.rcParams["svg.fonttype"] = "path"


def _numpy_print_defaults():
    import numpy as np

    return dict(np.get_printoptions())


_NUMPY_PRINT_DEFAULTS = _numpy_print_defaults()


def capture_figures():
    """Save every open figure as SVG text (deterministic bytes) and close them all."""
    import matplotlib.pyplot as plt

    figures = []
    for number in plt.get_fignums():
        fig = plt.figure(number)
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", metadata={"Date": None})
        figures.append({"svg": buffer.getvalue(), "alt": _figure_alt(fig)})
    plt.close("all")
    return figures


def _figure_alt(fig):
    """A text alternative for a figure: its title, or the titles of its panels."""
    suptitle = fig.get_suptitle() if hasattr(fig, "get_suptitle") else ""
    if suptitle:
        return suptitle
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    return "; ".join(titles)


def _format_error(exc, path, root):
    """Locate an exception in the snippet (``file:line``) and trim its traceback to
    the frames of the snippet and of its helpers under ``root`` (the snippets folder)."""
    root = os.path.join(str(root), "")
    if isinstance(exc, SyntaxError) and exc.filename == str(path):
        location = (exc.filename, exc.lineno or 0)
        text = "".join(traceback.format_exception_only(type(exc), exc))
        return {"file": exc.filename, "line": location[1], "summary": text.strip().splitlines()[-1], "traceback": text}
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if f.filename == str(path) or f.filename.startswith(root)]
    # Keep the library frame where the error finally surfaced: it often names the culprit.
    if frames and frames[-1] not in ours:
        ours.append(frames[-1])
    in_snippet = [f for f in ours if f.filename == str(path)]
    where = in_snippet[-1] if in_snippet else (ours[-1] if ours else None)
    summary = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    lines = ["Traceback (most recent call last):\n", *traceback.format_list(ours), summary + "\n"]
    return {
        "file": where.filename if where else str(path),
        "line": where.lineno if where else 0,
        "summary": summary.splitlines()[-1] if summary else type(exc).__name__,
        "traceback": "".join(lines),
    }


@contextlib.contextmanager
def time_limit(seconds):
    """Raise SnippetTimeout in the main thread after ``seconds`` (POSIX only; elsewhere
    the parent process's watchdog still stops a snippet that never returns)."""
    if not seconds or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum, frame):
        raise SnippetTimeout(f"stopped after the time limit of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def strict_warnings():
    """Deprecations from the snippet or from torch are errors; other warnings are kept."""
    warnings.simplefilter("always")
    for category in DEPRECATIONS:
        warnings.filterwarnings("error", category=category, module=STRICT_MODULES)
    # torch also announces deprecations as UserWarning ("... is deprecated").
    warnings.filterwarnings("error", message=r"(?s).*deprecat", category=UserWarning, module=STRICT_MODULES)


def run(path, root, threads, timeout, recorder, keep_bytes=None):
    """Run the snippet at ``path``; return a JSON-serialisable result dict.

    ``root`` is the snippets folder: files opened and modules imported from under it
    are the snippet's local dependencies, and its frames are the ones tracebacks keep.
    Of what it prints, the first ``keep_bytes`` bytes are kept (None: all); the result
    counts all of it (``stdout_lines``, ``stdout_bytes``).
    """
    path = Path(path).resolve()
    root = Path(root).resolve()
    result = {"ok": False, "stdout": "", "stderr": "", "figures": [], "warnings": [], "deps": [], "error": None}
    source = path.read_text(encoding="utf-8")
    reset_libraries(threads)
    stdout, stderr = CapturedStream(keep_bytes), CapturedStream(keep_bytes)
    namespace = {"__name__": "__main__", "__file__": str(path), "__builtins__": builtins, "__doc__": None}
    saved_argv, saved_path, saved_cwd = sys.argv[:], sys.path[:], os.getcwd()
    modules_before = set(sys.modules)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="snippet-") as workdir:
        try:
            sys.argv = [str(path)]
            sys.path.insert(0, str(path.parent))
            os.chdir(workdir)
            with (
                recorder.recording(root, ignore=[workdir]) as opened,
                warnings.catch_warnings(record=True) as caught,
                contextlib.redirect_stdout(stdout),
                contextlib.redirect_stderr(stderr),
                _no_show(),
            ):
                strict_warnings()
                try:
                    code = compile(source, str(path), "exec", dont_inherit=True)
                    with time_limit(timeout):
                        exec(code, namespace)
                    result["ok"] = True
                except SystemExit as exc:
                    if exc.code not in (None, 0):
                        result["error"] = _format_error(exc, path, root)
                    else:
                        result["ok"] = True
                except BaseException as exc:  # noqa: BLE001 - every failure is reported, not raised
                    if isinstance(exc, KeyboardInterrupt):
                        raise
                    result["error"] = _format_error(exc, path, root)
                result["figures"] = capture_figures() if result["ok"] else []
            result["warnings"] = [f"{w.filename}:{w.lineno}: {w.category.__name__}: {w.message}" for w in caught]
            result["deps"] = sorted((opened | _local_modules(modules_before, root)) - {str(path)})
        finally:
            os.chdir(saved_cwd)
            sys.argv, sys.path[:] = saved_argv, saved_path
            _forget_local_modules(modules_before, root)
            _close_figures()
    result["seconds"] = time.perf_counter() - start
    result["stdout"] = stdout.getvalue()
    result["stdout_lines"], result["stdout_bytes"] = stdout.lines, stdout.size
    result["stderr"] = stderr.getvalue()
    return result


@contextlib.contextmanager
def _no_show():
    """``plt.show()`` must not block or warn in the build: the runner saves figures itself."""
    import matplotlib.pyplot as plt

    original = plt.show
    plt.show = lambda *args, **kwargs: None
    try:
        yield
    finally:
        plt.show = original


def _local_modules(before, root):
    """Files of the helper modules under ``root`` that the snippet imported."""
    root = os.path.join(str(root), "")
    found = set()
    for name in set(sys.modules) - before:
        file = getattr(sys.modules[name], "__file__", None)
        if file and os.path.abspath(file).startswith(root):
            found.add(os.path.abspath(file))
    return found


def _forget_local_modules(before, root):
    """Unload helpers the snippet imported, so the next snippet imports them afresh."""
    root = os.path.join(str(root), "")
    for name in set(sys.modules) - before:
        file = getattr(sys.modules.get(name), "__file__", None) or ""
        if os.path.abspath(file).startswith(root):
            del sys.modules[name]


def _close_figures():
    import matplotlib.pyplot as plt

    plt.close("all")
