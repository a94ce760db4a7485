"""The downloads of the published site: a PDF per language and an offline copy.

``build(root, site)`` writes into ``site/downloads/``:

- ``pytorch-from-zero-zh.pdf`` and ``pytorch-from-zero-en.pdf``, printed from ``site``
  (tools/pdf.py);
- ``pytorch-from-zero-offline.zip``: a second build of ``root`` with ``BOOK_OFFLINE=1``
  (hooks/downloads.py), which reuses the snippet cache, so it runs no torch code.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools import pdf

FOLDER = pdf.NAME  # the one folder inside the zip


def build_offline(root: Path, zip_path: Path) -> Path:
    """Build the offline copy of the book in ``root`` and pack it into ``zip_path``."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / FOLDER
        env = {**os.environ, "BOOK_OFFLINE": "1"}
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(target)]
        done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"the offline build failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
        zip_path.parent.mkdir(parents=True, exist_ok=True)
        made = shutil.make_archive(str(zip_path.with_suffix("")), "zip", root_dir=tmp, base_dir=FOLDER)
    return Path(made)


def build(root: Path, site: Path, languages=tuple(pdf.LANGUAGES)) -> dict[str, Path]:
    """Both PDFs and the offline zip, into ``site/downloads/``; returns what it wrote."""
    if not (site / "index.html").exists():
        raise SystemExit(f"{site} holds no built site: run `mkdocs build` first")
    out = site / "downloads"
    written = dict(pdf.print_book(site, out, languages))
    written["offline"] = build_offline(root, out / pdf.ZIP)
    size = written["offline"].stat().st_size / 2**20
    print(f"{written['offline']}: {size:.1f} MiB")
    return written
