"""The glossary: well-formed, in step with the chapters (every term is used, no chapter
uses a spelling the glossary rejects), shown as a page in each language, and explained
on hover in the chapter text."""

import re

import pytest

from tools import glossary
from tools.layout import ROOT

DOCS = ROOT / "docs"
TERMS = glossary.load(DOCS / "glossary.yml")
LANGUAGES = ("zh", "en")
CHAPTERS = sorted(p.stem for p in (DOCS / "zh").glob("*.md") if p.stem not in {"index", "glossary"})


def chapter_prose(language: str) -> dict[str, str]:
    return {
        name: "\n".join(text for _, text in glossary.prose_lines((DOCS / language / f"{name}.md").read_text("utf-8")))
        for name in CHAPTERS
    }


def test_the_glossary_is_well_formed():
    assert len(TERMS) >= 60
    for t in TERMS:
        assert t.chapter in CHAPTERS, f"{t.zh}: unknown chapter {t.chapter}"
        for language in LANGUAGES:
            page = (DOCS / language / f"{t.chapter}.md").read_text(encoding="utf-8")
            if t.anchor:
                assert f"{{#{t.anchor}}}" in page, f"{t.zh}: no heading #{t.anchor} in {language}/{t.chapter}.md"
            for bad in t.avoided(language):
                assert bad.lower() not in t.term(language).lower(), f"{t.zh}: avoids a part of itself ({bad})"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_term_is_used_by_the_chapters(language):
    prose = "\n".join(chapter_prose(language).values())
    if language == "en":
        prose = prose.lower()
    unused = [
        t.term(language)
        for t in TERMS
        if (t.term(language).lower() if language == "en" else t.term(language)) not in prose
    ]
    assert not unused, f"glossary terms no {language} chapter uses: {unused}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_chapters_spell_terms_as_the_glossary_does(language):
    found = []
    for name in CHAPTERS + ["index"]:
        text = (DOCS / language / f"{name}.md").read_text(encoding="utf-8")
        for line, bad, good in glossary.avoided_spellings(text, TERMS, language):
            found.append(f"docs/{language}/{name}.md:{line}: {bad!r}; the glossary spells it {good!r}")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_chapters_name_an_alias_at_most_once(language):
    found = []
    for name in CHAPTERS + ["index"]:
        text = (DOCS / language / f"{name}.md").read_text(encoding="utf-8")
        for alias, lines in glossary.alias_uses(text, TERMS, language):
            found.append(
                f"docs/{language}/{name}.md: {alias!r} on lines {lines}; name it once, use the glossary's term"
            )
    assert not found, "\n".join(found)


def test_d2l_names_are_aliases_readers_can_look_up():
    # Readers coming from d2l-zh look for its words; each leads to the book's term.
    aliases = {alias: t.zh for t in TERMS for alias in t.aliases_zh}
    for d2l in ("汇聚", "隐状态", "独热", "页锁定内存"):
        assert any(d2l in alias or d2l in term for alias, term in aliases.items()) or any(t.zh == d2l for t in TERMS), (
            f"{d2l}: neither a term nor an alias"
        )
    page = glossary.table(TERMS, "zh")
    assert all(alias in page for alias in aliases)


def test_aliases_are_listed_explained_and_limited():
    term = glossary.Term("池化", "pooling", "cnn", "把窗口汇总成一个数。", "Summarise a window.", aliases_zh=("汇聚",))
    assert "[池化](cnn.md)（亦称：汇聚）" in glossary.table([term], "zh")
    assert "| 池化 (also 汇聚) |" in glossary.table([term], "en")
    out = glossary.annotate("<p>汇聚层，也就是池化层。</p>", [term], "zh")
    assert out.count("<abbr") == 1 and 'title="池化 · pooling: 把窗口汇总成一个数。">汇聚</abbr>' in out
    assert glossary.alias_uses("d2l 称为汇聚。\n\n`汇聚` in code is fine", [term], "zh") == []
    assert glossary.alias_uses("汇聚一次。\n汇聚两次。", [term], "zh") == [("汇聚", [1, 2])]


def test_the_spelling_check_can_fail():
    terms = [
        glossary.Term(
            "批量归一化",
            "batch normalisation",
            "cnn",
            "…",
            "…",
            avoid_zh=("批归一化",),
            avoid_en=("batch normalization",),
        )
    ]
    zh = "先做批归一化。\n\n```python\n# 批归一化 in code is fine\n```\n`批归一化` too\n"
    assert glossary.avoided_spellings(zh, terms, "zh") == [(1, "批归一化", "批量归一化")]
    en = "Batch Normalization helps.\n"
    assert glossary.avoided_spellings(en, terms, "en") == [(1, "Batch Normalization", "batch normalisation")]


def test_annotation_marks_first_mention_per_section_outside_code():
    terms = [glossary.Term("张量", "tensor", "tensors", "多维数组。", "A multi-dimensional array.")]
    page = (
        "<h1>张量</h1><p>张量很常用，张量很多。</p><pre><code>张量</code></pre>"
        '<h2 id="x">下一节</h2><p>又见<a href="#">张量</a>与张量。</p>'
    )
    out = glossary.annotate(page, terms, "zh")
    assert out.count("<abbr") == 2  # once per section, never in headings, code or links
    assert "<h1>张量</h1>" in out and "<code>张量</code>" in out and '<a href="#">张量</a>' in out
    assert 'title="张量 · tensor: 多维数组。"' in out
    en = glossary.annotate("<p>Two tensors and a Tensor.</p>", terms, "en")
    assert en.count("<abbr") == 1 and ">tensors</abbr>" in en


@pytest.mark.slow
def test_glossary_pages_and_hover_titles_in_the_site(built_book):
    assert built_book.returncode == 0, built_book.log[-3000:]
    for language, prefix in (("zh", ""), ("en", "en/")):
        page = (built_book.site / prefix / "glossary" / "index.html").read_text(encoding="utf-8")
        rows = re.findall(r"<tr>", page)
        assert len(rows) == len(TERMS) + 1  # one per term, plus the header
        for t in TERMS:
            for alias in t.aliases_zh:
                assert alias in page, f"alias {alias} not on the {language} glossary page"
        chapter = (built_book.site / prefix / "tensors" / "index.html").read_text(encoding="utf-8")
        tensor = next(t for t in TERMS if t.en == "tensor")
        other = re.escape(tensor.term("en" if language == "zh" else "zh"))
        assert re.search(rf'<abbr title="[^"]*{other}[^"]*">', chapter)
