"""Outputs of CUDA snippets recorded on a real GPU, committed under ``recorded/``.

``recorded/<chapter>/<topic>.json`` holds what the snippet printed, the environment it
ran in (GPU, torch and CUDA versions, date) and the digest of the snippet's source at
that moment; its figures sit beside it as ``<topic>-N.svg``. A machine without CUDA
shows these instead of running the snippet. When the snippet changes, the recording is
*stale*: the page says so and the tests fail until someone records it again on a GPU
(``python scripts/build_figures.py --record``).
"""

import datetime
import json
from pathlib import Path

from tools import cache
from tools.layout import Layout
from tools.snippet import Snippet, discover


def path_of(layout: Layout, s: Snippet) -> Path:
    return layout.recorded / f"{s.stem}.json"


def load(layout: Layout, s: Snippet) -> dict | None:
    return cache.load_state(path_of(layout, s))


def figures(layout: Layout, s: Snippet, recording: dict) -> list[tuple[str, str]]:
    """(svg text, alt text) of each recorded figure."""
    folder = path_of(layout, s).parent
    return [((folder / f["file"]).read_text(encoding="utf-8"), f["alt"]) for f in recording["figures"]]


def is_stale(s: Snippet, recording: dict) -> bool:
    return recording.get("source") != cache.file_digest(s.path)


def save(layout: Layout, s: Snippet, result: dict, worker_env: dict, today: datetime.date | None = None) -> Path:
    """Record one live run of ``s`` (its stdout and figures) with its environment."""
    target = path_of(layout, s)
    folder, name = target.parent, Path(s.stem).name
    for old in folder.glob(f"{name}-*.svg") if folder.exists() else []:
        if old.stem.rpartition("-")[0] == name:
            old.unlink()
    entries = []
    for n, fig in enumerate(result["figures"], 1):
        cache.write_if_changed(folder / f"{name}-{n}.svg", fig["svg"])
        entries.append({"file": f"{name}-{n}.svg", "alt": fig["alt"]})
    env = {k: worker_env[k] for k in ("torch", "gpu", "cuda_version", "machine") if k in worker_env}
    env["date"] = (today or datetime.date.today()).isoformat()
    recording = {"source": cache.file_digest(s.path), "env": env, "stdout": result["stdout"], "figures": entries}
    cache.write_if_changed(target, json.dumps(recording, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    return target


def problems(layout: Layout) -> list[str]:
    """What is wrong with the committed recordings: stale, orphaned, or not CUDA."""
    if not layout.recorded.exists():
        return []
    snippets = {s.stem: s for s in discover(layout.snippets)}
    found = []
    for path in sorted(layout.recorded.rglob("*.json")):
        stem = path.relative_to(layout.recorded).with_suffix("").as_posix()
        s = snippets.get(stem)
        where = layout.rel(path)
        if s is None:
            found.append(f"{where}: no snippet snippets/{stem}.py any more; delete the recording")
        elif not s.cuda:
            found.append(f"{where}: snippets/{stem}.py is not marked `# book: cuda`")
        elif is_stale(s, json.loads(path.read_text(encoding="utf-8"))):
            found.append(
                f"{where}: stale, snippets/{stem}.py changed since it was recorded; "
                "re-record on a GPU with `python scripts/build_figures.py --record`"
            )
    return found
