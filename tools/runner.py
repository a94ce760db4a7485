"""Plan, run, write and report one pass over the book's snippets.

``Runner.run()`` finds the snippets, keeps those whose cache key is unchanged, runs the
others in worker processes (each imports torch once and runs snippets one after
another), writes each snippet's stdout, figures and Markdown fragment, and returns a
``Report``. It lists every failure with ``snippets/<file>.py:<line>`` and a trimmed
traceback, not just the first one.

Snippets run on up to ``workers`` processes side by side (one torch thread each, so the
outputs do not depend on how the work was shared). Snippets that measure time
(``varies``) or use the GPU (``cuda``) run afterwards, one at a time, with nothing
beside them to disturb the measurement.

CUDA snippets run live when the worker sees a CUDA device. Without one they are never
run: their page shows the output recorded on a GPU under ``recorded/`` (stamped with the
GPU, torch and CUDA versions and the date), or a notice when nothing was recorded.
"""

import atexit
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tools import cache, recordings, render
from tools.layout import Layout
from tools.snippet import Snippet, discover

PACKAGE_ROOT = Path(__file__).resolve().parents[1]
# One thread: the book's models are small, so more threads mostly add synchronisation
# (and stall badly when other processes compete for the cores), and results then do
# not depend on how many cores the building machine has.
DEFAULT_THREADS = 1
DEFAULT_TIMEOUT = 60.0
# Worker processes side by side: one per core, at most four (each holds torch in memory).
DEFAULT_WORKERS = max(
    1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
)
# How long the runner waits past a snippet's limit before it kills the worker (the
# worker's own alarm normally stops the snippet first, with a traceback).
GRACE = 10.0
STARTUP_TIMEOUT = 180.0


class WorkerLost(RuntimeError):
    """The worker died or stopped answering."""


@dataclass
class Outcome:
    snippet: Snippet
    status: str  # "cached", "ran", "failed", "recorded", "no-recording"
    seconds: float = 0.0
    error: dict | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Report:
    outcomes: list[Outcome]
    wall: float = 0.0

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    def summary(self) -> str:
        ran = [o for o in self.outcomes if o.status in ("ran", "failed")]
        text = (
            f"{len(self.outcomes)} snippets: {self.count('cached')} cached, {len(ran)} run"
            f" ({sum(o.seconds for o in ran):.2f} s), {len(self.failures)} failed"
        )
        recorded = self.count("recorded") + self.count("no-recording")
        if recorded:
            text += (
                f", {recorded} CUDA snippets not run here ({self.count('recorded')} shown from recordings,"
                f" {self.count('no-recording')} not recorded yet)"
            )
        if ran:
            slowest = sorted(ran, key=lambda o: -o.seconds)[:3]
            text += "; slowest: " + ", ".join(f"{o.snippet.rel} {o.seconds:.2f} s" for o in slowest)
        return text

    def failure_text(self) -> str:
        blocks = []
        for o in self.failures:
            err = o.error or {}
            blocks.append(f"{err.get('where', o.snippet.label)}: {err.get('summary', 'failed')}")
            if err.get("traceback"):
                blocks.append("    " + err["traceback"].rstrip().replace("\n", "\n    "))
        return f"{len(self.failures)} snippet(s) failed:\n" + "\n".join(blocks)


class Worker:
    """A ``tools.worker`` process and the thread that reads its answers."""

    def __init__(self, snippets_dir: Path, threads: int):
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PACKAGE_ROOT), env.get("PYTHONPATH")]))
        env["PYTHONHASHSEED"] = "0"  # sets and dicts of strings print in the same order every run
        env["MPLBACKEND"] = "Agg"
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ beside the snippets
        env.pop("PYTHONWARNINGS", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tools.worker", str(snippets_dir), str(threads)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=PACKAGE_ROOT,
            env=env,
            text=True,
            encoding="utf-8",
        )
        self.answers: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        hello = self._answer(STARTUP_TIMEOUT, "starting the worker")
        self.env = hello["env"]

    def _read(self):
        for line in self.proc.stdout:
            self.answers.put(line)
        self.answers.put(None)

    def _answer(self, timeout: float, doing: str) -> dict:
        try:
            line = self.answers.get(timeout=timeout)
        except queue.Empty:
            self.close()
            raise WorkerLost(f"no answer after {timeout:g} s while {doing}; the worker was stopped") from None
        if line is None:
            code = self.proc.wait()
            raise WorkerLost(f"the worker exited with code {code} while {doing}")
        return json.loads(line)

    def run(self, snippet: Snippet, timeout: float) -> dict:
        job = {"id": snippet.rel, "path": str(snippet.path), "timeout": timeout, "keep_bytes": snippet.max_bytes + 1}
        try:
            self.proc.stdin.write(json.dumps(job) + "\n")
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            raise WorkerLost("the worker is gone") from None
        answer = self._answer(timeout + GRACE, f"running {snippet.label} (time limit {timeout:g} s)")
        return answer["result"]

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except OSError:
                pass


# Idle workers kept for the next run, by (snippets folder, threads), once
# ``keep_workers()`` was called: ``mkdocs serve`` does, so that a rebuild which reruns
# one snippet does not wait for a new Python process to import torch (after a run that
# needed no worker, one is started in the background). Each snippet still runs as its
# own ``__main__`` with its local modules unloaded afterwards, as it does between two
# snippets of the same run.
_idle: dict[tuple[str, int], list[Worker]] = {}
_warming: dict[tuple[str, int], threading.Thread] = {}
_keep = False


def keep_workers() -> None:
    global _keep
    if not _keep:
        _keep = True
        atexit.register(close_idle_workers)


def _warm_up(snippets_dir: Path, threads: int) -> threading.Thread | None:
    """With workers kept and none idle, start one in the background for the next run."""
    key = (str(snippets_dir), threads)
    if not _keep or _idle.get(key) or (_warming.get(key) and _warming[key].is_alive()):
        return None

    def start():
        try:
            _idle.setdefault(key, []).append(Worker(snippets_dir, threads))
        except WorkerLost:
            pass  # the next run starts its own and reports what goes wrong

    thread = _warming[key] = threading.Thread(target=start, daemon=True)
    thread.start()
    return thread


def close_idle_workers() -> None:
    for workers in _idle.values():
        for worker in workers:
            worker.close()
    _idle.clear()


class Lane:
    """A slot for one worker: started (or taken from the idle ones) on first use, so a
    lane that only meets cached snippets starts none; started again after it was lost."""

    def __init__(self, snippets_dir: Path, threads: int):
        self.snippets_dir = snippets_dir
        self.threads = threads
        self.worker: Worker | None = None

    def get(self) -> Worker:
        idle = _idle.get((str(self.snippets_dir), self.threads), [])
        while self.worker is None and idle:
            candidate = idle.pop()
            if candidate.proc.poll() is None:
                self.worker = candidate
            else:
                candidate.close()
        if self.worker is None:
            self.worker = Worker(self.snippets_dir, self.threads)
        return self.worker

    def release(self):
        """Done with the worker: keep it idle for the next run, or stop it."""
        if self.worker is not None and _keep and self.worker.proc.poll() is None:
            _idle.setdefault((str(self.snippets_dir), self.threads), []).append(self.worker)
            self.worker = None
        self.close()

    def close(self):
        if self.worker is not None:
            self.worker.close()
            self.worker = None


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.1f} KB" if n >= 1e3 else f"{n} bytes"


def output_over_limit(s: Snippet, result: dict) -> str | None:
    """Why a snippet printed too much for a page, or None."""
    lines, size = result["stdout_lines"], result["stdout_bytes"]
    if lines <= s.max_lines and size <= s.max_bytes:
        return None
    return (
        f"printed {lines} line{'s' if lines != 1 else ''} ({_size(size)}),"
        f" over the limit of {s.max_lines} lines and {_size(s.max_bytes)}"
        " for one output block; print less, or raise the limit with a line"
        f" '# book: max-lines={max(lines, s.max_lines)} max-bytes={max(size, s.max_bytes)}'"
    )


def cuda_possible() -> bool:
    """Could this machine have a CUDA device? Answered without importing torch; the
    worker gives the final word when it starts."""
    torch_version = cache.environment(DEFAULT_THREADS)["torch"]
    if torch_version.endswith("+cpu") or torch_version == "absent":
        return False
    return shutil.which("nvidia-smi") is not None or Path("/proc/driver/nvidia").exists()


def gpu_identity() -> str:
    """Names of the GPUs (``nvidia-smi -L``), part of the cache key of CUDA snippets."""
    try:
        out = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return "cuda:unknown"
    return "cuda:" + ";".join(line.split(" (UUID")[0] for line in out.splitlines() if line.strip())


class Runner:
    def __init__(
        self,
        layout: Layout | None = None,
        *,
        threads: int = DEFAULT_THREADS,
        workers: int = DEFAULT_WORKERS,
        timeout: float = DEFAULT_TIMEOUT,
        log=print,
        verbose: bool = False,
    ):
        self.layout = layout or Layout()
        self.threads = threads
        self.workers = max(1, workers)
        self.timeout = timeout
        self.log = log
        self.verbose = verbose

    # ----------------------------------------------------------------- planning
    def _paths(self, s: Snippet) -> dict[str, Path]:
        lay = self.layout
        return {
            "fragment": lay.out / f"{s.stem}.md",
            "stdout": lay.out / f"{s.stem}.txt",
            "state": lay.state / f"{s.stem}.json",
        }

    def _device(self, s: Snippet) -> str:
        return gpu_identity() if s.cuda else "cpu"

    def _cached(self, s: Snippet, env: dict) -> bool:
        paths = self._paths(s)
        state = cache.load_state(paths["state"])
        if not state or not paths["fragment"].exists():
            return False
        if cache.key(s.path, state.get("deps", []), self.layout.snippets, env, self._device(s)) != state.get("key"):
            return False
        return all((self.layout.figures / f"{s.stem}-{n}.svg").exists() for n in range(1, state.get("figures", 0) + 1))

    # ------------------------------------------------------------------ running
    def run(
        self,
        select: list[str] | None = None,
        *,
        force: bool = False,
        check: bool = False,
        record: bool = False,
    ) -> Report:
        """Bring every selected snippet's outputs up to date.

        ``force`` runs even cached snippets; ``check`` runs them all and writes nothing;
        ``record`` also saves the outputs of CUDA snippets that ran live to ``recorded/``.
        """
        started = time.perf_counter()
        snippets = discover(self.layout.snippets, select)
        env = cache.environment(self.threads)
        may_have_cuda = any(s.cuda for s in snippets) and cuda_possible()
        outcomes: list[Outcome | None] = [None] * len(snippets)
        lock = threading.Lock()

        def drain(todo: queue.SimpleQueue) -> None:
            lane = Lane(self.layout.snippets, self.threads)
            try:
                while True:
                    try:
                        index = todo.get_nowait()
                    except queue.Empty:
                        return
                    outcome = self._one(snippets[index], env, force or check, check, record, may_have_cuda, lane)
                    with lock:
                        outcomes[index] = outcome
                        self._progress(sum(o is not None for o in outcomes), len(snippets), outcome)
            finally:
                lane.release()

        alone = [s.cuda or s.varies for s in snippets]
        side_by_side: queue.SimpleQueue = queue.SimpleQueue()
        one_by_one: queue.SimpleQueue = queue.SimpleQueue()
        for index, solo in enumerate(alone):
            (one_by_one if solo else side_by_side).put(index)
        lanes = min(self.workers, max(1, alone.count(False)))
        with ThreadPoolExecutor(lanes) as pool:
            for future in [pool.submit(drain, side_by_side) for _ in range(lanes)]:
                future.result()  # re-raises what went wrong in a lane
        drain(one_by_one)
        if not select and not check:
            self._prune({s.stem for s in snippets})
        _warm_up(self.layout.snippets, self.threads)
        return Report(outcomes, wall=time.perf_counter() - started)

    def _one(self, s, env, force, check, record, may_have_cuda, lane: Lane) -> Outcome:
        if s.cuda and not may_have_cuda:
            return self._no_cuda(s, check, record)
        if not force and not (record and s.cuda) and self._cached(s, env):
            return Outcome(s, "cached")
        try:
            worker = lane.get()
            if s.cuda and not worker.env.get("cuda"):
                return self._no_cuda(s, check, record)
            result = worker.run(s, s.timeout or self.timeout)
        except WorkerLost as lost:
            lane.close()
            error = {"where": s.label, "summary": f"stopped: {lost}", "traceback": ""}
            return Outcome(s, "failed", error=error)
        if result["ok"]:
            too_much = output_over_limit(s, result)
            if too_much:
                result = {**result, "ok": False, "error": {"file": str(s.path), "line": 0, "summary": too_much}}
        outcome = Outcome(s, "ran" if result["ok"] else "failed", result["seconds"], warnings=result["warnings"])
        if not result["ok"]:
            outcome.error = self._locate(result["error"])
            if not check:
                self._paths(s)["state"].unlink(missing_ok=True)
            return outcome
        if not check:
            self._write(s, result, env, worker.env)
            if record and s.cuda:
                recordings.save(self.layout, s, result, worker.env)
        return outcome

    def _locate(self, error: dict) -> dict:
        root = str(self.layout.root.resolve()) + os.sep
        where = self.layout.rel(Path(error["file"])) + (f":{error['line']}" if error["line"] else "")
        return {**error, "where": where, "traceback": error.get("traceback", "").replace(root, "")}

    def _progress(self, index: int, total: int, o: Outcome):
        width = len(str(total))
        if o.status == "cached" and not self.verbose:
            return
        timing = f"{o.seconds:6.2f} s" if o.status in ("ran", "failed") else " " * 8
        self.log(f"[{index:>{width}}/{total}] {o.status:<12} {timing}  {o.snippet.rel}")
        for w in o.warnings:
            self.log(f"    warning: {w}")

    # ------------------------------------------------------------------ writing
    def _write_figures(self, s: Snippet, svgs: list[str]) -> list[str]:
        """Write ``<stem>-N.svg`` files, remove leftovers of an earlier run, return URLs."""
        figures = self.layout.figures
        urls = []
        for n, svg in enumerate(svgs, 1):
            cache.write_if_changed(figures / f"{s.stem}-{n}.svg", svg)
            urls.append(f"/assets/figures/{s.stem}-{n}.svg")
        directory = (figures / s.stem).parent
        if directory.exists():
            name = Path(s.stem).name
            for old in directory.glob(f"{name}-*.svg"):
                prefix, _, suffix = old.stem.rpartition("-")
                if prefix == name and suffix.isdigit() and int(suffix) > len(svgs):
                    old.unlink()
        return urls

    def _write(self, s: Snippet, result: dict, env: dict, worker_env: dict):
        paths = self._paths(s)
        svgs = [f["svg"] for f in result["figures"]]
        urls = self._write_figures(s, svgs)
        run_env = worker_env if s.cuda else {k: v for k, v in worker_env.items() if k not in ("gpu", "cuda_version")}
        notice = "cuda-live" if s.cuda else None
        figure_alts = list(zip(urls, [f["alt"] for f in result["figures"]], strict=True))
        cache.write_if_changed(paths["stdout"], result["stdout"])
        cache.write_if_changed(
            paths["fragment"], render.fragment(s.label, result["stdout"], figure_alts, run_env, notice=notice)
        )
        snippets_dir = self.layout.snippets.resolve()
        deps = [
            Path(d).resolve().relative_to(snippets_dir).as_posix() + ("/" if d.endswith(os.sep) else "")
            for d in result["deps"]
        ]
        state = {
            "key": cache.key(s.path, deps, self.layout.snippets, env, self._device(s)),
            "deps": deps,
            "figures": len(svgs),
            "seconds": round(result["seconds"], 3),
        }
        cache.write_if_changed(paths["state"], json.dumps(state, indent=1, sort_keys=True) + "\n")

    # ------------------------------------------------------------- recordings
    def _no_cuda(self, s: Snippet, check: bool, record: bool) -> Outcome:
        if record:
            error = {"where": s.label, "summary": "cannot record: this machine has no CUDA device", "traceback": ""}
            return Outcome(s, "failed", error=error)
        return self._from_recording(s, check)

    def _from_recording(self, s: Snippet, check: bool) -> Outcome:
        """Show what a GPU recorded for ``s``, or a notice that nothing was recorded."""
        paths = self._paths(s)
        recording = recordings.load(self.layout, s)
        if check:
            return Outcome(s, "recorded" if recording else "no-recording")
        if recording is None:
            self._write_figures(s, [])
            cache.write_if_changed(paths["fragment"], render.fragment(s.label, "", [], {}, notice="no-recording"))
            return Outcome(s, "no-recording")
        figures = recordings.figures(self.layout, s, recording)
        urls = self._write_figures(s, [svg for svg, _ in figures])
        fragment = render.fragment(
            s.label,
            recording["stdout"],
            list(zip(urls, [alt for _, alt in figures], strict=True)),
            recording["env"],
            recorded=True,
            notice="stale-recording" if recordings.is_stale(s, recording) else None,
        )
        cache.write_if_changed(paths["stdout"], recording["stdout"])
        cache.write_if_changed(paths["fragment"], fragment)
        return Outcome(s, "recorded")

    # ---------------------------------------------------------------- cleaning
    def _prune(self, stems: set[str]):
        """Remove outputs of snippets that no longer exist."""
        lay = self.layout
        for base, suffixes in ((lay.out, (".md", ".txt")), (lay.state, (".json",))):
            if not base.exists():
                continue
            for path in base.rglob("*"):
                if path.suffix in suffixes and path.relative_to(base).with_suffix("").as_posix() not in stems:
                    path.unlink()
        if lay.figures.exists():
            for path in lay.figures.rglob("*.svg"):
                stem = path.relative_to(lay.figures).as_posix().rsplit("-", 1)[0]
                if stem not in stems:
                    path.unlink()
