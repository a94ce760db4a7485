"""Decide whether a snippet must run again.

A snippet's key hashes its source, the local files its last run opened or imported
(data files, helper modules), the names in the local folders it listed, the versions
of the libraries that shape its output (torch, numpy, matplotlib, Python), the device
it runs on, the thread count, and the build tools themselves. A run that would produce the same key reuses its outputs.

Dependencies are learned from the previous run: a new dependency can only appear if the
source or an existing dependency changed, and either change already alters the key.
Nothing here imports torch: checking a warm cache costs milliseconds.
"""

import hashlib
import json
import platform
from functools import cache
from importlib import metadata
from pathlib import Path

TOOLS_DIR = Path(__file__).resolve().parent
# The modules that run snippets and write what a run produced: a change to one of them
# may change outputs. Editing the other tools (notebooks, glossary, math, page checks)
# reruns nothing.
EXECUTION_TOOLS = ("cache.py", "execute.py", "recordings.py", "render.py", "runner.py", "snippet.py", "worker.py")
# Bump to invalidate every cached output after a change in what outputs look like.
FORMAT_VERSION = "1"


def file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return "missing"


def listing_digest(folder: Path) -> str:
    """What a listed folder holds: the sorted names of its entries."""
    try:
        names = sorted(p.name for p in folder.iterdir() if p.name != "__pycache__")
    except (FileNotFoundError, NotADirectoryError):
        return "missing"
    return hashlib.sha256("\n".join(names).encode()).hexdigest()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


@cache
def environment(threads: int) -> dict:
    """Everything outside the snippet that can change its output."""
    return {
        "format": FORMAT_VERSION,
        "python": ".".join(platform.python_version_tuple()[:2]),
        "machine": platform.machine(),
        "threads": threads,
        "torch": _version("torch"),
        "numpy": _version("numpy"),
        "matplotlib": _version("matplotlib"),
        "scikit-learn": _version("scikit-learn"),
        "tools": {name: file_digest(TOOLS_DIR / name) for name in EXECUTION_TOOLS},
    }


def key(source: Path, deps: list[str], snippets_dir: Path, env: dict, device: str) -> str:
    """The cache key of one snippet; ``deps`` are paths relative to ``snippets_dir``."""
    payload = {
        "env": env,
        "device": device,
        "source": file_digest(source),
        "deps": {
            dep: listing_digest(snippets_dir / dep) if dep.endswith("/") else file_digest(snippets_dir / dep)
            for dep in sorted(deps)
        },
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def load_state(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def write_if_changed(path: Path, data: str | bytes) -> bool:
    """Write ``data`` unless the file already holds exactly it (keeps mtimes, avoids
    waking file watchers). Writes go through a temporary file, so a reader never sees
    half a file. Returns whether the file changed."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if path.read_bytes() == raw:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(raw)
    tmp.replace(path)
    return True
