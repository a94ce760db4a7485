"""Every chapter is also a Jupyter notebook, in each language, built from exactly the
sources its page uses; each notebook runs top to bottom (CUDA cells aside)."""

import json
import os
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

from tools import includes
from tools.layout import ROOT

pytestmark = pytest.mark.slow

DOCS = ROOT / "docs"
CHAPTERS = sorted(p.stem for p in (DOCS / "zh").glob("*.md") if p.stem not in {"index", "glossary"})
LANGUAGES = {"zh": "", "en": "en/"}


def notebook_path(site: Path, language: str, chapter: str) -> Path:
    return site / LANGUAGES[language] / "notebooks" / chapter / f"{chapter}.ipynb"


def shown_code(page: Path, bases: list[Path]) -> list[str]:
    """The code the page shows, block by block, in order: fenced includes, and the
    code behind figures shown on their own (an output include not right after a fence)."""
    text = includes.flatten_containers(page.read_text(encoding="utf-8"))
    blocks, body, in_fence, fence_output_next, indent = [], [], False, False, 0
    for line in text.split("\n"):
        stripped = line.strip()
        if in_fence:
            if stripped.startswith("```"):
                in_fence, fence_output_next = False, True
                blocks.append("\n".join(x.text for x in includes.expand("\n".join(body), bases)).strip())
            else:
                # Drop the fence's own indentation (a list item's), keep the code's.
                body.append(line[indent:] if not line[:indent].strip() else stripped)
            continue
        if stripped.startswith("```python"):
            in_fence, body, indent = True, [], len(line) - len(line.lstrip())
            continue
        m = includes.INCLUDE.match(line)
        if m and m["target"].endswith(".md"):
            if not fence_output_next:
                stem = m["target"].removesuffix(".md")
                source = (bases[0] / f"{stem}.py").read_text(encoding="utf-8")
                target = f"{stem}.py:code" if "[start:code]" in source else f"{stem}.py"
                blocks.append("\n".join(x.text for x in includes.read_target(target, bases)).strip())
            fence_output_next = False
        elif stripped:
            fence_output_next = False
    return blocks


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_chapter_has_a_notebook_made_of_its_page(built_book, language):
    assert built_book.returncode == 0, built_book.log[-3000:]
    bases = built_book.layout.includes
    for chapter in CHAPTERS:
        path = notebook_path(built_book.site, language, chapter)
        assert path.exists(), f"missing {path.relative_to(built_book.site)}"
        notebook = nbformat.read(path, as_version=4)
        nbformat.validate(notebook)
        code = [
            c.source.strip()
            for c in notebook.cells
            if c.cell_type == "code" and "setup" not in c.metadata.get("tags", [])
        ]
        page = DOCS / language / f"{chapter}.md"
        assert code == shown_code(page, bases), f"{language}/{chapter}: code cells differ from the page's code"
        headings = re.findall(r"^#+ (.*?) \{#", page.read_text(encoding="utf-8"), re.MULTILINE)
        markdown = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
        assert all(h in markdown for h in headings), f"{language}/{chapter}: headings missing"
        outputs = sum(len(c.outputs) for c in notebook.cells if c.cell_type == "code")
        assert outputs >= len(code) // 2, f"{language}/{chapter}: outputs missing"


def test_chapter_pages_link_their_notebook(built_book):
    html = (built_book.site / "en" / "tensors" / "index.html").read_text(encoding="utf-8")
    assert 'href="../notebooks/tensors/tensors.ipynb" download' in html
    assert 'href="../notebooks/tensors/"' in html
    assert "colab.research.google.com/github/" in html and "/blob/notebooks/en/tensors.ipynb" in html
    zh = (built_book.site / "tensors" / "index.html").read_text(encoding="utf-8")
    assert "下载 Notebook" in zh and "/blob/notebooks/zh/tensors.ipynb" in zh


def test_notebook_pages_render_locally(built_book):
    page = (built_book.site / "notebooks" / "tensors" / "index.html").read_text(encoding="utf-8")
    assert 'class="katex"' in page  # math rendered at build time
    assert not re.search(r'<script[^>]*src="https?://', page), "a notebook page loads a script from elsewhere"
    assert "mathjax" not in page.lower()


def run_notebook(path: Path, workdir: Path) -> str | None:
    """Execute a notebook without its CUDA cells; None when it ran clean."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    notebook = nbformat.read(path, as_version=4)
    notebook.cells = [c for c in notebook.cells if "cuda" not in c.metadata.get("tags", [])]
    client = NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(workdir)}}
    )
    try:
        client.execute()
    except CellExecutionError as err:
        return f"{path.name}: {str(err)[-1500:]}"
    return None


def test_every_notebook_runs_top_to_bottom(built_book, monkeypatch):
    assert built_book.returncode == 0, built_book.log[-3000:]
    jobs = []
    for language in LANGUAGES:
        for chapter in CHAPTERS:
            path = notebook_path(built_book.site, language, chapter)
            workdir = built_book.root / "snippets" / chapter  # data files sit next to the code
            jobs.append((path, workdir))
    os.environ.setdefault("MPLBACKEND", "Agg")
    # two kernels side by side: one torch thread each, as the build runs snippets
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    with ThreadPoolExecutor(max_workers=2) as pool:
        failures = [f for f in pool.map(lambda job: run_notebook(*job), jobs) if f]
    assert not failures, "\n\n".join(failures)
    assert len(jobs) == 2 * len(CHAPTERS)


def test_cuda_cells_are_tagged(built_book):
    notebook = json.loads(notebook_path(built_book.site, "en", "devices").read_text(encoding="utf-8"))
    tagged = [c for c in notebook["cells"] if "cuda" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) >= 5 and all("cuda" in "".join(c["source"]) for c in tagged)
