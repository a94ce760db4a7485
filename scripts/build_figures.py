"""Run the book's snippets and bring their outputs and figures up to date.

    python scripts/build_figures.py                  # run what changed, reuse the rest
    python scripts/build_figures.py tensors          # only the snippets of one chapter
    python scripts/build_figures.py tensors/views.py # one snippet
    python scripts/build_figures.py --force          # run everything again
    python scripts/build_figures.py --check          # run everything, write nothing
    python scripts/build_figures.py --record devices # on a GPU machine: record CUDA outputs

`mkdocs build` and `mkdocs serve` call the same runner through hooks/snippets.py, so
running this by hand is only needed to check snippets without building the site.
Exit status: 0 when every snippet ran clean, 1 when any failed (all failures are listed).
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.runner import DEFAULT_THREADS, DEFAULT_TIMEOUT, DEFAULT_WORKERS, Runner  # noqa: E402
from tools.snippet import SnippetError  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("select", nargs="*", help="chapters or snippet files (paths under snippets/)")
    parser.add_argument("--force", action="store_true", help="run snippets even when their outputs are up to date")
    parser.add_argument("--check", action="store_true", help="run the snippets and report, writing no output")
    parser.add_argument(
        "--record", action="store_true", help="save outputs of CUDA snippets that ran on a GPU to recorded/"
    )
    parser.add_argument(
        "--threads", type=int, default=DEFAULT_THREADS, help=f"torch CPU threads (default {DEFAULT_THREADS})"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=DEFAULT_WORKERS,
        help=f"worker processes side by side (default here {DEFAULT_WORKERS}: one per core, at most 4)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help=f"time limit per snippet in seconds (default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="also list snippets whose outputs were reused")
    args = parser.parse_args(argv)

    runner = Runner(threads=args.threads, workers=args.workers, timeout=args.timeout, verbose=args.verbose)
    try:
        report = runner.run(args.select, force=args.force, check=args.check, record=args.record)
    except SnippetError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(report.summary())
    if report.failures:
        print(report.failure_text(), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
