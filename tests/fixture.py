"""The fixture book (``tests/fixture_book/``), laid out in a temporary folder with the
real book's ``mkdocs.yml`` (its ``nav`` replaced), hooks and assets: the real pipeline
on two small pages, so that a test can break it and read the message in seconds."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tools.layout import ROOT

FIXTURE = Path(__file__).with_name("fixture_book")
NAV = "nav:\n  - 首页: index.md\n  - 章节: ch.md\n"


def lay_out(dest: Path) -> Path:
    """A copy of the fixture book at ``dest``, ready to build; returns ``dest``."""
    shutil.copytree(FIXTURE, dest, dirs_exist_ok=True)
    shutil.copytree(ROOT / "hooks", dest / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "docs" / "assets", dest / "docs" / "assets")
    (dest / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config, count = re.subn(r"^nav:\n(?:[ \t]+.*\n?)*", NAV, config, flags=re.MULTILINE)
    assert count == 1, "mkdocs.yml has no nav section to replace"
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    return dest


def build(root: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` of the book at ``root`` (into ``root/site``), output in ``.stdout``."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(root / "site"), *args],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
        env=env,
    )


def errors(log: str) -> list[str]:
    """The ERROR lines of a mkdocs log, without the level prefix."""
    return [line.split("-", 1)[1].strip() for line in log.splitlines() if line.startswith("ERROR")]
