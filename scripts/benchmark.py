"""Measure what the build costs, in one run, on a clean copy of the tree.

    python scripts/benchmark.py              # builds (a few minutes)
    python scripts/benchmark.py --tests      # also time the whole test suite
    python scripts/benchmark.py --snippets   # only run every snippet once, cold, and list
                                             # the training examples with their times
    python scripts/benchmark.py --compile    # eager vs torch.compile on CPU for the
                                             # Devices chapter's model (one thread)
    python scripts/benchmark.py --lighthouse # Lighthouse scores of a built site/ (npx,
                                             # system Chromium), mobile and desktop
    python scripts/benchmark.py --reload     # only `mkdocs serve` reloads, on a warm
                                             # copy of this tree (build it first)

Prints: the sum of the snippets' own run times, a cold build (no cache), a warm build
(everything cached), a plain build with the snippet hook disabled (BOOK_RUN_SNIPPETS=0),
and the ratios warm/plain (target <= 1.10) and cold/(plain + snippet sum) (target <= 1.15);
then, in ``mkdocs serve``, the time from saving an edit to the served page showing it:
a sentence of prose (target <= 2 s) and one snippet's printed output (target <= 2 s plus
that snippet's own run time).

The cold build also fills caches that have nothing to do with snippets (mkdocs-jupyter's
rendered notebook pages, the generated notebooks), so the plain build it is compared
with starts with those removed too: the one difference left is running the snippets.
Each build is repeated and the median taken; the machine may be noisy.

Every training example (a snippet that calls ``backward()`` and an optimizer's
``step()``) is listed with its run time on one CPU thread, against the book's bar of
10 s per example.
"""

import argparse
import functools
import gzip
import http.server
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools import serve  # noqa: E402
from tools.layout import Layout, copy_clean_tree  # noqa: E402
from tools.runner import Runner  # noqa: E402
from tools.snippet import discover  # noqa: E402

TRAINING_BAR = 10.0  # seconds per training example, on one CPU thread
CHAPTER_BARS = {"attention": 20.0, "seq2seq": 20.0}  # chapters whose models may take longer


def bar_of(name: str) -> float:
    """The bar of a snippet such as ``attention/gru_lm.py``."""
    return CHAPTER_BARS.get(name.split("/")[0], TRAINING_BAR)


TRAINS = re.compile(r"\.backward\(.*?\.step\(|\.step\(.*?\.backward\(", re.DOTALL)


def training_examples(root: Path, seconds: dict[str, float]) -> list[tuple[str, float]]:
    """(snippet, seconds) of every training example, slowest first."""
    found = [
        (s.rel, seconds[s.stem])
        for s in discover(root / "snippets")
        if s.stem in seconds and TRAINS.search(s.path.read_text(encoding="utf-8"))
    ]
    return sorted(found, key=lambda item: -item[1])


def print_training(examples: list[tuple[str, float]]) -> None:
    over = [name for name, t in examples if t > bar_of(name)]
    extra = ", ".join(f"{c}/: {b:g} s" for c, b in CHAPTER_BARS.items())
    print(f"training examples: {len(examples)}, slowest first (bar: {TRAINING_BAR:g} s on one CPU thread; {extra})")
    for name, t in examples:
        print(f"  {t:6.2f} s  {name}{'   OVER THE BAR' if t > bar_of(name) else ''}")
    print(f"  {len(over)} over the bar" + (f": {', '.join(over)}" if over else ""))
    print()


def snippets_only() -> None:
    """Run every snippet once, cold, in a throwaway cache; list the training examples."""
    with tempfile.TemporaryDirectory(prefix="book-bench-") as tmp:
        report = Runner(Layout(ROOT, cache_dir=Path(tmp) / "cache"), log=lambda line: None).run(force=True)
    if report.failures:
        sys.exit(report.failure_text())
    seconds = {o.snippet.stem: o.seconds for o in report.outcomes if o.status == "ran"}
    print(f"{len(seconds)} snippets ran in {report.wall:.1f} s (sum of their times {sum(seconds.values()):.1f} s)")
    print_training(training_examples(ROOT, seconds))


def compile_report(runs: int = 5) -> None:
    """Eager vs ``torch.compile`` on one CPU thread, for the Devices chapter's model.

    Each time is the median of ``runs`` measurements taken after a warm-up; the first
    compiled call (capture and code generation) is timed on its own.
    """
    import torch
    from torch import nn
    from torch.utils import benchmark

    torch.set_num_threads(1)
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 2)).eval()  # as in amp_training.py

    def gelu_tanh(x):
        return 0.5 * x * (1.0 + torch.tanh(0.7978845608 * (x + 0.044715 * x**3)))

    def median(f, x):
        """Median seconds per call of f(x), after a warm-up call."""
        with torch.no_grad():
            f(x)
            timer = benchmark.Timer("f(x)", globals={"f": f, "x": x}, num_threads=1)
            return statistics.median(timer.blocked_autorange(min_run_time=0.2).median for _ in range(runs))

    cases = [
        ("MLP 20-64-2, batch 256", model, torch.randn(256, 20)),
        ("tanh GELU, 1e6 elements", gelu_tanh, torch.randn(1_000_000)),
    ]
    print(f"eager vs torch.compile on one CPU thread, torch {torch.__version__} (median of {runs} runs after warm-up)")
    print(f"  {'case':<26} {'first call':>10} {'eager':>10} {'compiled':>10} {'eager/compiled':>14}")
    for name, fn, x in cases:
        compiled = torch.compile(fn)
        start = time.perf_counter()
        try:
            with torch.no_grad():
                compiled(x)
        except RuntimeError as err:  # BackendCompilerFailed (no C++ compiler, ...)
            print(f"  {name:<26} torch.compile failed here ({type(err).__name__}); nothing to compare")
            continue
        first = time.perf_counter() - start
        eager, fused = median(fn, x), median(compiled, x)
        print(f"  {name:<26} {first:9.2f}s {eager * 1e3:8.3f}ms {fused * 1e3:8.3f}ms {eager / fused:14.2f}")
    print()


def timed(cmd: list[str], cwd: Path, **env: str) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        cmd, cwd=cwd, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env}, capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"command failed: {' '.join(cmd)}\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}")
    return seconds


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves text files gzip-compressed, as GitHub Pages does."""

    TEXT = ("html", "css", "javascript", "json", "svg", "xml", "text")

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = Path(self.translate_path(self.path.split("?")[0]))
        if path.is_dir():
            path = path / "index.html"
        kind = self.guess_type(str(path))
        if path.is_file() and "gzip" in self.headers.get("Accept-Encoding", "") and any(t in kind for t in self.TEXT):
            data = gzip.compress(path.read_bytes(), 6)
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        super().do_GET()


def lighthouse_report(site: Path) -> None:
    """Lighthouse (from npm, run with npx against the system Chromium) on each language's
    home page and longest chapter, with the mobile and desktop presets."""
    from tools.pdf import LANGUAGES, chromium

    if not (site / "index.html").exists():
        raise SystemExit(f"{site} holds no built site: run `make build` first")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    pages = []
    for folder in LANGUAGES.values():
        chapters = [p for p in (site / folder).glob("*/index.html") if p.parent.name not in ("notebooks", "en")]
        longest = max(chapters, key=lambda p: p.stat().st_size)
        pages += [folder, f"{folder}{longest.parent.name}/"]
    env = {**os.environ, "CHROME_PATH": chromium()}
    print(f"{'page':28} {'preset':8} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5}   LCP, TBT")
    for page in pages:
        for preset in ("mobile", "desktop"):
            command = ["npx", "--yes", "lighthouse@12", base + page, "--quiet", "--output=json", "--output-path=stdout"]
            command += ["--chrome-flags=--headless=new --no-sandbox"]
            if preset == "desktop":
                command.append("--preset=desktop")
            done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
            if done.returncode != 0:
                raise SystemExit(f"lighthouse failed on /{page}:\n{done.stderr[-2000:]}")
            report = json.loads(done.stdout)
            score = {k: round(v["score"] * 100) for k, v in report["categories"].items()}
            audits = report["audits"]
            print(
                f"{'/' + page:28} {preset:8} {score['performance']:5} {score['accessibility']:5} "
                f"{score['best-practices']:5} {score['seo']:5}   "
                f"{audits['largest-contentful-paint']['displayValue']}, {audits['total-blocking-time']['displayValue']}"
            )
    server.shutdown()


RELOAD_TARGET = 2.0  # seconds from saving an edit to the served page showing it
RELOAD_PAGE = "en/tensors"
RELOAD_SNIPPET = "tensors/clamp.py"


def _page(url: str) -> str:
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _until(predicate, timeout: float, what: str, log: Path) -> float:
    """Seconds until ``predicate()`` holds, polling every 20 ms."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if predicate():
            return time.perf_counter() - start
        time.sleep(0.02)
    sys.exit(f"timed out after {timeout:g} s waiting for {what}; the server said:\n{log.read_text()[-3000:]}")


def _shown(url: str, word: str, log: Path):
    """A predicate: the server has reloaded the browsers since now, and ``url`` shows ``word``.

    The page is fetched only after a reload is logged, as a browser would: fetching it
    all the time would make the server answer requests while it rebuilds, in the same
    process, and slow the rebuild that is being timed."""
    reloads = log.read_text(encoding="utf-8").count("Reloading browsers")
    return lambda: log.read_text(encoding="utf-8").count("Reloading browsers") > reloads and word in _page(url)


def reload_report(tree: Path, repeat: int) -> list[tuple[str, str]]:
    """Time prose and snippet edits in ``mkdocs serve`` on ``tree`` (a warm copy)."""
    log = tree / "serve.log"
    server, port = serve.start(tree, log)
    url = f"http://127.0.0.1:{port}/{RELOAD_PAGE}/"
    page = tree / "docs" / f"{RELOAD_PAGE}.md"
    snippet = tree / "snippets" / RELOAD_SNIPPET
    prose, code = [], []
    try:
        _until(lambda: "</html>" in _page(url), 600, "the first build of `mkdocs serve`", log)
        for n in range(repeat):
            word = f"reloadmarker{n}"
            text = page.read_text(encoding="utf-8")
            heading_end = text.index("\n", text.index("# ")) + 1
            page.write_text(text[:heading_end] + f"\n{word}\n" + text[heading_end:], encoding="utf-8")
            prose.append(_until(_shown(url, word, log), 300, "the prose edit to show", log))
            printed = f"snippetmarker{n}"
            source = snippet.read_text(encoding="utf-8")
            end = source.index("# --8<-- [end:code]")
            snippet.write_text(source[:end] + f'print("{printed}")\n' + source[end:], encoding="utf-8")
            code.append(_until(_shown(url, printed, log), 300, "the snippet edit to show", log))
    finally:
        server.terminate()
        server.wait(timeout=30)
    record = tree / ".cache" / "book" / "state" / f"{RELOAD_SNIPPET.removesuffix('.py')}.json"
    own = json.loads(record.read_text())["seconds"] if record.exists() else 0.0
    prose_s, code_s = statistics.median(prose), statistics.median(code)
    return [
        (f"serve: prose edit shown (median of {repeat}, target <= {RELOAD_TARGET:g} s)", f"{prose_s:.2f} s"),
        (
            f"serve: snippet edit shown (median of {repeat}, target <= {RELOAD_TARGET:g} s + {own:.2f} s run)",
            f"{code_s:.2f} s",
        ),
    ]


def print_rows(rows: list[tuple[str, str]]) -> None:
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each build (median)")
    parser.add_argument("--tests", action="store_true", help="also time the test suite (python -m pytest)")
    parser.add_argument("--snippets", action="store_true", help="only run the snippets and list training examples")
    parser.add_argument("--compile", action="store_true", help="only time eager vs torch.compile on CPU")
    parser.add_argument(
        "--lighthouse",
        type=Path,
        nargs="?",
        const=ROOT / "site",
        metavar="SITE",
        help="only run Lighthouse on a built site (default: site/)",
    )
    parser.add_argument("--reload", action="store_true", help="only time `mkdocs serve` reloads (warm tree)")
    args = parser.parse_args()
    if args.reload:
        with tempfile.TemporaryDirectory(prefix="book-reload-") as tmp:
            tree = Path(tmp) / "tree"
            ignore = shutil.ignore_patterns("site", ".venv", "node_modules", ".git")
            shutil.copytree(ROOT, tree, ignore=ignore)
            (tree / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
            print_rows(reload_report(tree, args.repeat))
        return
    if args.lighthouse:
        lighthouse_report(args.lighthouse.resolve())
        return
    if args.compile:
        compile_report(args.repeat + 2)
        return
    if args.snippets:
        snippets_only()
        return

    with tempfile.TemporaryDirectory(prefix="book-bench-") as tmp:
        tree = copy_clean_tree(Path(tmp) / "tree")
        build = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(Path(tmp) / "site")]

        def cold_build(**env: str) -> float:
            shutil.rmtree(tree / ".cache" / "mkdocs-jupyter", ignore_errors=True)
            shutil.rmtree(tree / ".cache" / "book" / "notebooks", ignore_errors=True)
            if not env:
                shutil.rmtree(tree / ".cache", ignore_errors=True)
            return timed(build, tree, **env)

        cold = statistics.median(cold_build() for _ in range(args.repeat))
        state_dir = tree / ".cache" / "book" / "state"
        states = list(state_dir.rglob("*.json"))
        seconds = {
            p.relative_to(state_dir).with_suffix("").as_posix(): json.loads(p.read_text())["seconds"] for p in states
        }
        snippet_sum = sum(seconds.values())
        examples = training_examples(tree, seconds)
        warm = statistics.median(timed(build, tree) for _ in range(args.repeat))
        plain = statistics.median(timed(build, tree, BOOK_RUN_SNIPPETS="0") for _ in range(args.repeat))
        plain_cold = statistics.median(cold_build(BOOK_RUN_SNIPPETS="0") for _ in range(args.repeat))

        rows = [
            ("snippets run", f"{len(states)}"),
            ("sum of snippet run times", f"{snippet_sum:.2f} s"),
            (f"cold build, no cache (median of {args.repeat})", f"{cold:.2f} s"),
            (f"warm build (median of {args.repeat})", f"{warm:.2f} s"),
            (f"plain build, hook disabled (median of {args.repeat})", f"{plain:.2f} s"),
            (f"plain build, other caches cold (median of {args.repeat})", f"{plain_cold:.2f} s"),
            ("warm / plain (target <= 1.10)", f"{warm / plain:.3f}"),
            ("cold / (plain cold + snippet sum) (target <= 1.15)", f"{cold / (plain_cold + snippet_sum):.3f}"),
        ]
        rows += reload_report(tree, args.repeat)
        if args.tests:
            tests = timed([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], ROOT)
            rows.append(("test suite (python -m pytest)", f"{tests:.1f} s"))

    print_training(examples)
    print_rows(rows)


if __name__ == "__main__":
    main()
