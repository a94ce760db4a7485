"""The Chinese and English books have the same structure: the same pages, the same
snippet includes in the same order, the same headings (level and explicit id), the
same code blocks. Only the prose differs."""

import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from tools import includes
from tools.layout import ROOT

DOCS = ROOT / "docs"
LANGUAGES = ("zh", "en")
HEADING_ID = re.compile(r"\{\s*#(?P<id>[a-z0-9][a-z0-9-]*)\s*\}\s*$")


def pages(language: str) -> set[str]:
    return {p.relative_to(DOCS / language).as_posix() for p in (DOCS / language).rglob("*.md")}


def structure(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark").parse(includes.flatten_containers(text))
    headings, fences = [], []
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            title = tokens[i + 1].content
            m = HEADING_ID.search(title)
            headings.append((token.tag, m["id"] if m else f"<no id: {title}>"))
        elif token.type == "fence":
            fences.append(token.info.strip())
    return {"includes": includes.targets(text), "headings": headings, "fences": fences}


def test_every_page_exists_in_both_languages():
    zh, en = pages("zh"), pages("en")
    assert zh, "no pages found under docs/zh"
    missing = [f"docs/en/{p} (translation of docs/zh/{p})" for p in sorted(zh - en)]
    missing += [f"docs/zh/{p} (translation of docs/en/{p})" for p in sorted(en - zh)]
    assert not missing, "missing translations:\n" + "\n".join(missing)


@pytest.mark.parametrize("page", sorted(pages("zh") & pages("en")))
def test_same_structure(page):
    zh, en = structure(DOCS / "zh" / page), structure(DOCS / "en" / page)
    assert zh["includes"] == en["includes"], f"{page}: the two languages include different snippets or order"
    assert zh["headings"] == en["headings"], f"{page}: headings differ in level or id"
    assert zh["fences"] == en["fences"], f"{page}: code blocks differ"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_heading_has_an_explicit_id(language):
    missing = [
        f"docs/{language}/{page}: {heading}"
        for page in sorted(pages(language))
        for level, heading in structure(DOCS / language / page)["headings"]
        if heading.startswith("<no id")
    ]
    assert not missing, "headings need an explicit {#id}, shared by both languages:\n" + "\n".join(missing)


def test_parity_check_catches_a_difference(tmp_path):
    # The comparison itself must be able to fail.
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text('# T {#t}\n\n```python\n--8<-- "x/one.py:code"\n```\n', encoding="utf-8")
    b.write_text('# T {#t}\n\n```python\n--8<-- "x/two.py:code"\n```\n', encoding="utf-8")
    assert structure(a)["includes"] != structure(b)["includes"]
    b.write_text("# T {#other}\n", encoding="utf-8")
    assert structure(a)["headings"] != structure(b)["headings"]
