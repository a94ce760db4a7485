"""Where the sources and the generated files of the book live."""

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Layout:
    """Paths of one book tree.

    ``root`` holds ``snippets/`` (the sources) and ``recorded/`` (GPU outputs, committed);
    everything the runner writes goes under ``cache`` (default ``.cache/book``).
    Tests build a Layout on a temporary tree, or with another cache, to exercise the
    runner without touching the real one.
    """

    root: Path = ROOT
    cache_dir: Path | None = None

    @property
    def snippets(self) -> Path:
        return self.root / "snippets"

    @property
    def recorded(self) -> Path:
        """Outputs of CUDA snippets recorded on a real GPU (committed)."""
        return self.root / "recorded"

    @property
    def cache(self) -> Path:
        return self.cache_dir or self.root / ".cache" / "book"

    @property
    def out(self) -> Path:
        """Markdown fragments and raw stdout, one per snippet (a pymdownx.snippets base path)."""
        return self.cache / "out"

    @property
    def figures(self) -> Path:
        """SVG figures; the site serves them under ``/assets/figures/``."""
        return self.cache / "figures"

    @property
    def includes(self) -> list[Path]:
        """Where an include (``--8<-- "..."``) is looked up, in order: the snippets, then
        their outputs. The hooks hand this list to pymdownx.snippets."""
        return [self.snippets, self.out]

    @property
    def state(self) -> Path:
        """One small JSON file per snippet: its cache key and what its last run produced."""
        return self.cache / "state"

    def rel(self, path: Path) -> str:
        """``path`` relative to the root, POSIX style, for messages."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)


def copy_clean_tree(dest: Path, root: Path = ROOT) -> Path:
    """Copy what a fresh clone would hold (tracked and untracked, not ignored files) to
    ``dest``, with ``node_modules`` linked rather than copied: a tree to build cold."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for rel in filter(None, listed.split("\0")):
        src = root / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    (dest / "node_modules").symlink_to(root / "node_modules", target_is_directory=True)
    return dest
