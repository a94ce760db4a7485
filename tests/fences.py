"""pytest plugin (loaded with ``-p tests.fences``): run the book's code blocks.

pytest-markdown-docs runs every ``python`` fence of ``docs/`` with its ``--8<--``
includes expanded here, so a page's code runs exactly as the reader sees it; a failure
names the snippet file and line it came from. A fence that includes a CUDA snippet gets
the ``cuda`` fixture, which skips it on a machine without CUDA.

This is a plugin rather than a conftest so that it also applies when pytest is pointed
at ``docs/`` alone.
"""

import hashlib
import io
import os
import random
import traceback
from pathlib import Path

import pytest

from tools import includes
from tools.layout import ROOT, Layout
from tools.snippet import parse as parse_snippet

os.environ.setdefault("MPLBACKEND", "Agg")

BASES = Layout(ROOT).includes
# (sha1 of a page's text) -> [(fence start line, [origin of each line of the fence])]
_FENCE_ORIGINS: dict[str, list[tuple[int, list[includes.Line]]]] = {}


def _expand_python_fences(state):
    """markdown-it core rule: replace ``--8<--`` lines in python fences by what they include."""
    page_key = hashlib.sha1(state.src.encode()).hexdigest()
    origins = _FENCE_ORIGINS.setdefault(page_key, [])
    for token in state.tokens:
        if token.type != "fence" or not token.map:
            continue
        info = token.info.strip().strip("{}").split()
        lang = next((w.lstrip(".") for w in info if w.lstrip(".") in ("py", "python", "python3")), None)
        if lang is None or "--8<--" not in token.content:
            continue
        lines = includes.expand(token.content.rstrip("\n"), BASES)
        token.content = "\n".join(line.text for line in lines) + "\n"
        start_line = token.map[0] + 1
        origins.append((start_line, lines))
        snippets = {line.file for line in lines if line.file and line.file.suffix == ".py"}
        if any(parse_snippet(f, ROOT / "snippets").cuda for f in snippets):
            token.info = token.info.rstrip() + " fixture:cuda"


def pytest_markdown_docs_globals():
    # pytest-markdown-docs turns pytest's output capture off while a block runs; keep
    # the blocks' prints (already checked by the build) out of the test log.
    sink = io.StringIO()

    def quiet_print(*args, **kwargs):
        kwargs.setdefault("file", sink)
        print(*args, **kwargs)

    return {"print": quiet_print}


@pytest.hookimpl(tryfirst=True)  # before the plugin's own plain parser
def pytest_markdown_docs_markdown_it():
    from markdown_it import MarkdownIt

    class BookMarkdownIt(MarkdownIt):
        # Fences inside admonitions, details and tabs are fences too.
        def parse(self, src, env=None):
            return super().parse(includes.flatten_containers(src), env)

    md = BookMarkdownIt("commonmark")
    md.core.ruler.push("book_includes", _expand_python_fences)
    return md


def _snippet_location(item, excinfo) -> str | None:
    """``snippets/x.py:LINE`` for the deepest frame of a failing fence, if it came from a snippet."""
    page = str(item.path)
    frames = [f for f in traceback.extract_tb(excinfo.tb) if f.filename == page]
    if not frames:
        return None
    lineno = frames[-1].lineno
    flat = includes.flatten_containers(Path(page).read_text(encoding="utf-8"))
    key = hashlib.sha1(flat.encode()).hexdigest()
    candidates = [(start, lines) for start, lines in _FENCE_ORIGINS.get(key, []) if start < lineno]
    if not candidates:
        return None
    start, lines = max(candidates, key=lambda c: c[0])
    index = lineno - start - 1
    if not 0 <= index < len(lines) or lines[index].file is None:
        return None
    origin = lines[index]
    return f"{Layout().rel(origin.file)}:{origin.lineno}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.failed and call.excinfo is not None and item.get_closest_marker("markdown-docs"):
        where = _snippet_location(item, call.excinfo)
        if where:
            report.longrepr = f"{where}: {call.excinfo.exconly()}\n(code block of {item.path.name})\n{report.longrepr}"


def _fence_snippet(item) -> str:
    """The snippet file a code block shows (the page itself if it shows none)."""
    flat = includes.flatten_containers(Path(item.path).read_text(encoding="utf-8"))
    for fence_start, lines in _FENCE_ORIGINS.get(hashlib.sha1(flat.encode()).hexdigest(), []):
        if fence_start == item.start_line:
            files = [line.file for line in lines if line.file is not None and line.file.suffix == ".py"]
            if files:
                return str(files[0])
    return str(item.path)


@pytest.fixture(autouse=True)
def _fence_sandbox(request, tmp_path, monkeypatch):
    """Code blocks run like snippets: as the snippet file they show (``__file__``, so
    ``Path(__file__).with_name("data.txt")`` finds data committed beside it), in a fresh
    working directory, with seeds reset and figures closed afterwards."""
    if not request.node.get_closest_marker("markdown-docs"):
        yield
        return
    # pytest-markdown-docs copies the item's funcargs into the block's globals.
    request.node.funcargs["__file__"] = _fence_snippet(request.node)
    import matplotlib.pyplot as plt
    import numpy as np
    import torch

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(plt, "show", lambda *a, **k: None)
    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)
    yield
    plt.close("all")


@pytest.fixture
def cuda():
    import torch

    if not torch.cuda.is_available():
        pytest.skip("needs a CUDA device; this machine has none (the page shows the recorded GPU output, or a notice)")
    return torch.device("cuda")
