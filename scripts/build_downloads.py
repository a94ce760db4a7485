"""Add the downloads to a built site: one PDF per language and a zip of the site
that reads offline from ``file://``.

    mkdocs build --strict && python scripts/build_downloads.py   # into site/downloads/
    python scripts/build_downloads.py --site other/site          # another built site

Needs Chromium (``BOOK_CHROMIUM`` or one on PATH) with CJK fonts (Debian:
fonts-noto-cjk), and the ``downloads`` extra (``pip install -e ".[downloads]"``).
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools import downloads  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    args = parser.parse_args(argv)
    downloads.build(ROOT, args.site.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
