"""Shared test setup: ``built_book`` builds the whole site once per session, cold, from
a clean copy of the tree; several test modules inspect that one build. (The code blocks
of the pages run through the ``tests.fences`` plugin.)"""

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tools.layout import Layout, copy_clean_tree

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
# The fixture book's pages are built by tests (tests/fixture.py), not run as page tests.
collect_ignore = ["fixture_book"]


# ---------------------------------------------------------------- one cold build
@dataclass
class Build:
    root: Path
    site: Path
    log: str
    returncode: int

    @property
    def layout(self) -> Layout:
        return Layout(self.root)


@pytest.fixture(scope="session")
def built_book(tmp_path_factory) -> Build:
    """``mkdocs build --strict`` of a clean copy of the tree, as a fresh process."""
    root = copy_clean_tree(tmp_path_factory.mktemp("tree"))
    site = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    return Build(root=root, site=site, log=proc.stdout + proc.stderr, returncode=proc.returncode)


@pytest.fixture(scope="session")
def published_book(built_book) -> Build:
    """The site as it is published: ``built_book`` plus its downloads (both PDFs and the
    offline zip, scripts/build_downloads.py) in ``site/downloads/``."""
    assert built_book.returncode == 0, built_book.log[-3000:]
    from tools import downloads, pdf

    try:
        pdf.chromium()
    except SystemExit as missing:
        pytest.fail(str(missing))
    downloads.build(built_book.root, built_book.site)
    return built_book
