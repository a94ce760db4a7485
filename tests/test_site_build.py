"""``mkdocs build --strict`` of a clean tree succeeds, and every output and figure of
every snippet a page includes is on that page, in both languages."""

import re
from html import unescape
from pathlib import Path

import pytest

from tools import includes
from tools.layout import ROOT

DOCS = ROOT / "docs"
pytestmark = pytest.mark.slow


def page_html(build, language: str, page: str) -> str:
    stem = page.removesuffix(".md")
    rel = "index.html" if stem == "index" else f"{stem}/index.html"
    path = build.site / rel if language == "zh" else build.site / "en" / rel
    return path.read_text(encoding="utf-8")


def included_outputs(page: Path) -> list[str]:
    """The output fragments (``*.md`` includes) a page pulls in."""
    return [t for t in includes.targets(page.read_text(encoding="utf-8")) if t.endswith(".md")]


def test_strict_build_succeeds(built_book):
    assert built_book.returncode == 0, built_book.log[-6000:]
    assert "snippets:" in built_book.log.lower()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_output_and_figure_is_on_its_page(built_book, language):
    assert built_book.returncode == 0, built_book.log[-3000:]
    out = built_book.layout.out
    checked = 0
    for page in sorted((DOCS / language).rglob("*.md")):
        rel = page.relative_to(DOCS / language).as_posix()
        html = unescape(page_html(built_book, language, rel))
        for fragment in included_outputs(page):
            stem = fragment.removesuffix(".md")
            stdout = out / f"{stem}.txt"
            if stdout.exists() and stdout.read_text(encoding="utf-8").strip():
                for line in stdout.read_text(encoding="utf-8").strip().splitlines()[:3]:
                    assert line.strip() in html, f"{language}/{rel}: output of {stem} missing: {line!r}"
            figures = sorted(built_book.layout.figures.glob(f"{stem}-*.svg"))
            for svg in figures:
                name = f"assets/figures/{svg.relative_to(built_book.layout.figures).as_posix()}"
                assert name in html, f"{language}/{rel}: figure {name} not on the page"
                assert (built_book.site / name).exists(), f"{name} missing from the site"
            checked += 1
    assert checked > 0


def test_labels_are_translated_and_stamped(built_book):
    zh = page_html(built_book, "zh", "tensors.md")
    en = page_html(built_book, "en", "tensors.md")
    assert "⟦book:" not in zh + en
    assert ">输出<" in zh and ">Output<" in en
    assert re.search(r'class="snippet-stamp">.*torch \d+\.\d+', zh)


def test_math_is_rendered_at_build_time(built_book):
    html = page_html(built_book, "en", "tensors.md")
    assert 'class="katex"' in html and "<math" in html
    assert "\\(" not in html and "\\[" not in html
    css = built_book.site / "assets" / "katex" / "katex.min.css"
    assert css.exists()
    fonts = set(re.findall(r"url\((fonts/[^)]+)\)", css.read_text(encoding="utf-8")))
    assert fonts and all((css.parent / f).exists() for f in fonts)


def test_language_switcher_points_to_the_same_page(built_book):
    zh = page_html(built_book, "zh", "tensors.md")
    en = page_html(built_book, "en", "tensors.md")
    assert re.search(r'href="[^"]*en/tensors/"[^>]*hreflang="en"', zh), "zh page does not link to its en twin"
    assert re.search(r'href="[^"]*(\.\./)+tensors/"[^>]*hreflang="zh"', en), "en page does not link to its zh twin"


def test_the_site_root_has_a_robots_txt(built_book):
    """Crawlers (and Lighthouse's SEO audit) look for /robots.txt at the root only."""
    assert built_book.returncode == 0, built_book.log[-3000:]
    lines = (built_book.site / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["User-agent: *", "Allow: /"]
    assert not (built_book.site / "en" / "robots.txt").exists()
