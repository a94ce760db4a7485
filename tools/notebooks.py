"""Turn a chapter page into a Jupyter notebook: its prose, its snippets in order, and
the outputs and figures the build captured for them.

Markdown becomes markdown cells (admonitions and collapsed solutions become a bold
title followed by their body; heading ids become anchors; links to other pages point at
the published site). Every code block becomes a code cell holding exactly the code the
page shows, with the snippet's stdout and figures as its outputs. A figure shown without
its code (a diagram) gets a code cell with the drawing code, collapsed. Cells of CUDA
snippets carry the tag ``cuda``. Cell ids are derived from their position, so the same
page always gives the same bytes.
"""

import json
import re
from pathlib import Path

from tools import includes
from tools.layout import Layout
from tools.snippet import parse as parse_snippet
from tools.words import words

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<ticks>`{3,})\s*(?P<info>[^`]*)$")
HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<title>.*?)\s*\{\s*#(?P<id>[\w-]+)\s*\}\s*$")
PAGE_LINK = re.compile(r"\]\((?P<page>[\w-]+)\.md(?P<anchor>#[\w-]+)?\)")


def _unwrap_containers(text: str, language: str) -> list[str]:
    """Admonitions, details and tabs become a bold title line and their dedented body."""

    def title(match) -> str:
        kind = match["kind"]
        text = match["title"] if match["title"] is not None else words(language).get(f"admonition-{kind}", kind)
        return f"**{text}**" if text else ""

    return includes.flatten_containers(text, header=title).split("\n")


class Builder:
    def __init__(self, layout: Layout, language: str, site_url: str, prefix: str, repository: str | None):
        self.layout = layout
        self.language = language
        self.site_url = site_url.rstrip("/") + "/"
        self.prefix = prefix  # "" or "en/"
        self.repository = repository
        self.cells: list[dict] = []
        self.markdown: list[str] = []
        self.bases = layout.includes

    # ------------------------------------------------------------------ cells
    def _id(self) -> str:
        return f"cell-{len(self.cells) + 1:03d}"

    def flush_markdown(self):
        text = "\n".join(self.markdown).strip("\n")
        self.markdown = []
        if text.strip():
            self.cells.append({"cell_type": "markdown", "id": self._id(), "metadata": {}, "source": text})

    def code_cell(self, source: str, snippet=None, hidden=False):
        self.flush_markdown()
        metadata: dict = {}
        if hidden:
            metadata["jupyter"] = {"source_hidden": True}
        if snippet is not None and snippet.cuda:
            metadata["tags"] = ["cuda"]
        cell = {
            "cell_type": "code",
            "execution_count": None,
            "id": self._id(),
            "metadata": metadata,
            "outputs": [],
            "source": source.rstrip("\n"),
        }
        self.cells.append(cell)
        return cell

    def attach_outputs(self, cell: dict, stem: str):
        stdout = self.layout.out / f"{stem}.txt"
        if stdout.exists() and stdout.read_text(encoding="utf-8"):
            cell["outputs"].append(
                {"name": "stdout", "output_type": "stream", "text": stdout.read_text(encoding="utf-8")}
            )
        figures = self.layout.figures
        name = Path(stem).name
        numbered = [p for p in (figures / stem).parent.glob(f"{name}-*.svg") if p.stem.rpartition("-")[0] == name]
        for svg in sorted(numbered, key=lambda p: int(p.stem.rpartition("-")[2])):
            cell["outputs"].append(
                {
                    "data": {"image/svg+xml": svg.read_text(encoding="utf-8"), "text/plain": "<Figure>"},
                    "metadata": {},
                    "output_type": "display_data",
                }
            )

    # ----------------------------------------------------------------- markdown
    def _markdown_line(self, line: str) -> str:
        m = HEADING.match(line.strip())
        if m:
            return f'<a id="{m["id"]}"></a>\n\n{m["hashes"]} {m["title"]}'

        def link(match: re.Match) -> str:
            page = match["page"]
            path = "" if page == "index" else f"{page}/"
            return f"]({self.site_url}{self.prefix}{path}{match['anchor'] or ''})"

        return PAGE_LINK.sub(link, line)

    # -------------------------------------------------------------------- page
    def build(self, page: Path) -> dict:
        lines = _unwrap_containers(page.read_text(encoding="utf-8"), self.language)
        title = next((HEADING.match(x)["title"] for x in lines if HEADING.match(x)), page.stem)
        url = f"{self.site_url}{self.prefix}{page.stem}/"
        i = 0
        first_heading_done = False
        while i < len(lines):
            line = lines[i]
            fence = FENCE.match(line)
            include = includes.INCLUDE.match(line)
            if fence and fence["info"].strip().strip("{}").lstrip(".").split(" ")[0] in ("python", "py"):
                start = i
                body, i = self._fence_body(lines, i, fence)
                expanded = includes.expand(
                    "\n".join(body), self.bases, where=self.layout.rel(page), first_line=start + 2
                )
                files = [x.file for x in expanded if x.file is not None and x.file.suffix == ".py"]
                snippet = parse_snippet(files[0], self.layout.snippets) if files else None
                cell = self.code_cell("\n".join(x.text for x in expanded), snippet)
                output = self._next_output(lines, i)
                if output is not None:
                    target, i = output
                    self.attach_outputs(cell, target.removesuffix(".md"))
                continue
            if include and include["target"].endswith(".md"):
                stem = include["target"].removesuffix(".md")
                source = self.layout.snippets / f"{stem}.py"
                if not source.is_file():
                    raise includes.IncludeError(
                        f"{self.layout.rel(page)}:{i + 1}: output include {include['target']!r} has no snippet "
                        f"snippets/{stem}.py"
                    )
                snippet = parse_snippet(source, self.layout.snippets)
                section = f"{stem}.py:code" if "[start:code]" in source.read_text(encoding="utf-8") else f"{stem}.py"
                code = "\n".join(x.text for x in includes.read_target(section, self.bases))
                cell = self.code_cell(code, snippet, hidden=True)
                self.attach_outputs(cell, stem)
                i += 1
                continue
            if fence:  # another language: keep it, fence and all, in the markdown
                body, i = self._fence_body(lines, i, fence)
                self.markdown += [line, *body, fence["indent"] + fence["ticks"]]
                continue
            self.markdown.append(self._markdown_line(line))
            i += 1
            if not first_heading_done and HEADING.match(line.strip()):
                first_heading_done = True
                self.flush_markdown()
                note = words(self.language)["notebook-generated"].format(title=title, url=url)
                self.cells.append({"cell_type": "markdown", "id": self._id(), "metadata": {}, "source": note})
                self._setup_cell(page)
        self.flush_markdown()
        return {
            "cells": self.cells,
            "metadata": {
                "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                "language_info": {"name": "python"},
            },
            "nbformat": 4,
            "nbformat_minor": 5,
        }

    def _fence_body(self, lines, start, fence) -> tuple[list[str], int]:
        """Lines inside the fence starting at ``start`` (dedented), and the index after it."""
        indent, ticks = len(fence["indent"]), fence["ticks"]
        body = []
        i = start + 1
        while i < len(lines) and not (lines[i].strip().startswith(ticks) and lines[i].strip().strip("`") == ""):
            body.append(lines[i][indent:] if lines[i][:indent].strip() == "" else lines[i])
            i += 1
        return body, i + 1

    def _next_output(self, lines, i) -> tuple[str, int] | None:
        """The output include right after a code block, if any."""
        j = i
        while j < len(lines) and not lines[j].strip():
            j += 1
        m = includes.INCLUDE.match(lines[j]) if j < len(lines) else None
        if m and m["target"].endswith(".md"):
            return m["target"], j + 1
        return None

    def _setup_cell(self, page: Path):
        """For chapters whose code reads data files: make them available."""
        chapter = page.stem
        files = set()
        for state in (self.layout.state / chapter).glob("*.json"):
            deps = json.loads(state.read_text()).get("deps", [])
            files.update(d for d in deps if not d.endswith((".py", "/")))  # files, not helpers or folders
        if not files:
            return
        local = sorted(Path(f).relative_to(chapter).as_posix() for f in files)
        raw = self.repository.replace("https://github.com/", "https://raw.githubusercontent.com/") + "/main"
        source = "\n".join(
            [
                words(self.language)["notebook-setup"],
                "import urllib.request",
                "from pathlib import Path",
                "",
                f'__file__ = str(Path("{chapter}.py").resolve())  # the code looks for data next to __file__',
                f"for name in {local!r}:",
                "    path = Path(name)",
                "    if not path.exists():",
                "        path.parent.mkdir(parents=True, exist_ok=True)",
                f'        urllib.request.urlretrieve(f"{raw}/snippets/{chapter}/{{name}}", path)',
            ]
        )
        cell = self.code_cell(source)
        cell["metadata"]["tags"] = ["setup"]


def build(page: Path, language: str, layout: Layout, site_url: str, prefix: str, repository: str | None) -> str:
    """The notebook for ``page`` as JSON text (stable bytes)."""
    notebook = Builder(layout, language, site_url, prefix, repository).build(page)
    return json.dumps(notebook, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
