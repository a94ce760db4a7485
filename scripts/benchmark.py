"""Measure what the build costs, in one run, on a clean copy of the tree.

    python scripts/benchmark.py            # builds only (a few minutes)
    python scripts/benchmark.py --tests    # also time the whole test suite

Prints: the sum of the snippets' own run times, a cold build (no cache), a warm build
(everything cached), a plain build with the snippet hook disabled (BOOK_RUN_SNIPPETS=0),
and the ratios warm/plain (target <= 1.10) and cold/(plain + snippet sum) (target <= 1.15).

The cold build also fills caches that have nothing to do with snippets (mkdocs-jupyter's
rendered notebook pages, the generated notebooks), so the plain build it is compared
with starts with those removed too: the one difference left is running the snippets.
Each build is repeated and the median taken; the machine may be noisy.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.layout import copy_clean_tree  # noqa: E402


def timed(cmd: list[str], cwd: Path, **env: str) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        cmd, cwd=cwd, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env}, capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"command failed: {' '.join(cmd)}\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each build (median)")
    parser.add_argument("--tests", action="store_true", help="also time the test suite (python -m pytest)")
    args = parser.parse_args()

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
        states = list((tree / ".cache" / "book" / "state").rglob("*.json"))
        snippet_sum = sum(json.loads(p.read_text())["seconds"] for p in states)
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
        if args.tests:
            tests = timed([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], ROOT)
            rows.append(("test suite (python -m pytest)", f"{tests:.1f} s"))

    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
