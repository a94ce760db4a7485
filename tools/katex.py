"""Render the page's math to HTML at build time with KaTeX, so readers need no network
and no JavaScript for it.

``pymdownx.arithmatex`` (generic mode) leaves ``<span class="arithmatex">\\(…\\)</span>``
and ``<div class="arithmatex">\\[…\\]</div>`` in the HTML; ``render_page`` replaces their
TeX with KaTeX's HTML + MathML. KaTeX runs in one Node.js process
(``tools/katex_server.cjs``) started on first use and kept for the whole session; the
result of each formula is remembered, so a rebuild only renders new formulas.
Invalid TeX raises ``TexError`` naming the formula: the build fails instead of showing
a red error on the page.
"""

import html
import json
import re
import shutil
import subprocess
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SERVER = Path(__file__).with_name("katex_server.cjs")
KATEX_DIST = ROOT / "node_modules" / "katex" / "dist"
MATH = re.compile(r'<(?P<tag>span|div) class="arithmatex">(?P<tex>.*?)</(?P=tag)>', re.DOTALL)
DELIMITERS = {"span": (r"\(", r"\)"), "div": (r"\[", r"\]")}


class TexError(ValueError):
    """KaTeX could not render a formula (``tex``, when known)."""

    def __init__(self, message: str, tex: str | None = None):
        super().__init__(message)
        self.tex = tex


def line_of(tex: str, source: str) -> int | None:
    """The line of ``source`` (a page's Markdown) where the formula ``tex`` starts."""
    first = next((part.strip() for part in tex.strip().split("\n") if part.strip()), "")
    if not first:
        return None
    for number, line in enumerate(source.split("\n"), 1):
        if first in line:
            return number
    return None


class KatexUnavailable(RuntimeError):
    """Node.js or the katex package is missing."""


class Katex:
    def __init__(self):
        self._proc = None
        self._lock = threading.Lock()
        self._memo: dict[tuple[str, bool], str] = {}

    def _start(self):
        node = shutil.which("node")
        if node is None:
            raise KatexUnavailable("Node.js is needed to render math: install Node.js 18 or newer, then run `npm ci`")
        if not KATEX_DIST.exists():
            raise KatexUnavailable(f"KaTeX is missing ({KATEX_DIST}): run `npm ci` in {ROOT}")
        self._proc = subprocess.Popen(
            [node, str(SERVER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            text=True,
            encoding="utf-8",
        )

    def render(self, tex: str, display: bool) -> str:
        memo_key = (tex, display)
        if memo_key in self._memo:
            return self._memo[memo_key]
        with self._lock:
            answer = self._ask({"tex": tex, "display": display})
        if "error" in answer:
            raise TexError(answer["error"])
        self._memo[memo_key] = answer["html"]
        return answer["html"]

    def _ask(self, request: dict) -> dict:
        for _attempt in (1, 2):
            if self._proc is None or self._proc.poll() is not None:
                self._start()
            try:
                self._proc.stdin.write(json.dumps(request) + "\n")
                self._proc.stdin.flush()
                line = self._proc.stdout.readline()
            except (BrokenPipeError, OSError):
                line = ""
            if line:
                return json.loads(line)
            self.close()
        raise KatexUnavailable("the KaTeX process stopped answering")

    def close(self):
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.kill()
            self._proc.wait()
            self._proc = None


_katex = Katex()


def render(tex: str, display: bool) -> str:
    """KaTeX's HTML for one formula; raises TexError for invalid TeX."""
    return _katex.render(tex, display)


def render_page(page_html: str) -> str:
    """Replace every arithmatex formula in ``page_html`` with KaTeX's rendering."""

    def replace(match: re.Match) -> str:
        tag = match["tag"]
        opening, closing = DELIMITERS[tag]
        tex = html.unescape(match["tex"]).strip()
        if tex.startswith(opening) and tex.endswith(closing):
            tex = tex[len(opening) : -len(closing)]
        try:
            rendered = _katex.render(tex.strip(), display=tag == "div")
        except TexError as err:
            shown = " ".join(tex.split())
            shown = shown if len(shown) <= 80 else shown[:79] + "…"
            raise TexError(f"cannot render ${shown}$: {err}", tex=tex.strip()) from None
        # Display math scrolls sideways when too wide; a scrollable box must be
        # reachable from the keyboard.
        focus = ' tabindex="0"' if tag == "div" else ""
        return f'<{tag} class="arithmatex"{focus}>{rendered}</{tag}>'

    return MATH.sub(replace, page_html)


def asset_files() -> list[tuple[str, Path]]:
    """KaTeX's stylesheet and fonts, as (site path, source file) pairs."""
    if not KATEX_DIST.exists():
        raise KatexUnavailable(f"KaTeX is missing ({KATEX_DIST}): run `npm ci` in {ROOT}")
    files = [("assets/katex/katex.min.css", KATEX_DIST / "katex.min.css")]
    files += [(f"assets/katex/fonts/{f.name}", f) for f in sorted((KATEX_DIST / "fonts").iterdir())]
    return files
