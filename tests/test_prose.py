"""Reader prose speaks of PyTorch, not of how the site is made, and keeps the book's
house style where a rule can be checked: no build talk, no arguing with quotes the
reader never saw, no period closing a display formula in Chinese, British spelling in
English. Applies to every page and to the words the pipeline puts on pages and in
notebooks."""

import re

import pytest

from tools import glossary
from tools.layout import ROOT
from tools.words import WORDS

DOCS = ROOT / "docs"
PAGES = sorted((DOCS / "zh").glob("*.md")) + sorted((DOCS / "en").glob("*.md"))

BUILD_TALK = {
    "zh": [
        r"构建(本页|本站|本书|网站|网页|页面|时|这)",
        r"本(页|站)构建",
        r"`?check`?\s*部分",
        r"检查部分",
        r"构建.{0,6}(失败|验证)",
    ],
    "en": [
        r"\bcheck(ed)?\s+section",
        r"`check`",
        r"\b(page|site|book)\s+(is|was|gets|got)\s+built",
        r"\bbuil(d|ds|t|ding)\s+(this|the)\s+(page|site|book)\b",
        r"\bwhen\s+(this|the)\s+(page|site)\b",
        r"\bat\s+build\s+time",
        r"\bthe\s+build\b",
        r"\bmachine\s+that\s+buil",
    ],
}
HEARSAY = {
    "zh": [r"有人说", r"网上(流传|常说)", r"你(可能|也许|会)听(说|到)", r"常听到", r"流传(着|的)"],
    "en": [
        r"you\s+(will|may|might)\s+(hear|read)",
        r"\ba\s+claim\s+that\s+circulates",
        r"\bsome\s+say\b",
        r"\bit\s+is\s+often\s+said",
        r"\byou\s+often\s+hear",
    ],
}
# American spellings and their British forms (PyTorch's own names, such as `optimizer`
# and `normalize=`, are code and stay as they are).
AMERICAN = re.compile(
    r"\b(normaliz|initializ|optimiz(?!er)|regulariz|minimiz|maximiz|generaliz|visualiz|summariz|"
    r"recogniz|parameteriz|parametriz|organiz|realiz|utiliz|serializ|tokeniz(?!er)|randomiz|vectoriz|"
    r"standardiz|specializ|memoriz|characteriz|stabiliz|emphasiz)(e|es|ed|ing|ation|ations)\b"
    r"|\b(behavior|color|center|neighbor|favor|labeled|labeling|modeling|modeled)s?\b",
    re.IGNORECASE,
)


def prose(path):
    """(line, text) of a page outside code blocks, inline code removed."""
    return list(glossary.prose_lines(path.read_text(encoding="utf-8")))


def text_lines(path):
    """(line, text) of a page outside code blocks, inline code kept (`check` is build talk)."""
    in_fence = False
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        elif not in_fence and not line.lstrip().startswith("--8<--"):
            yield number, line


def findings(lines, patterns):
    return [(n, m[0]) for n, text in lines for pattern in patterns for m in re.finditer(pattern, text, re.IGNORECASE)]


@pytest.mark.parametrize("page", PAGES, ids=[f"{p.parent.name}/{p.name}" for p in PAGES])
def test_no_build_talk_or_hearsay(page):
    language = page.parent.name
    lines = list(text_lines(page))
    found = [
        f"docs/{language}/{page.name}:{n}: {text!r} (speaks of how the site is made)"
        for n, text in findings(lines, BUILD_TALK[language])
    ]
    found += [
        f"docs/{language}/{page.name}:{n}: {text!r} (argues with a quote the reader never saw)"
        for n, text in findings(lines, HEARSAY[language])
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_words_the_pipeline_adds_are_not_build_talk(language):
    words = list(WORDS[language].values())
    lines = list(enumerate(words, 1))
    found = findings(lines, BUILD_TALK[language])
    assert not found, found


def test_every_word_the_pipeline_adds_exists_in_both_languages():
    assert set(WORDS["zh"]) == set(WORDS["en"])
    assert all(WORDS[language][key].strip() for language in WORDS for key in WORDS[language])


def test_admonition_titles_on_the_site_and_in_the_notebooks_agree():
    """static-i18n titles the site's admonitions from mkdocs.yml; the notebooks from tools/words.py."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    block = re.search(r"admonition_translations:\n((?:[ ]{12}\w+: .*\n)+)", config)
    assert block, "no admonition_translations in mkdocs.yml"
    site = dict(line.strip().split(": ", 1) for line in block[1].splitlines())
    notebook = {k.removeprefix("admonition-"): v for k, v in WORDS["zh"].items() if k.startswith("admonition-")}
    assert site == notebook


@pytest.mark.parametrize("page", sorted((DOCS / "zh").glob("*.md")), ids=lambda p: p.name)
def test_chinese_display_formulas_end_without_a_period(page):
    text = page.read_text(encoding="utf-8")
    found = []
    for m in re.finditer(r"\$\$(.+?)\$\$", text, re.DOTALL):
        if m[1].rstrip().endswith((".", "。")):
            found.append(f"docs/zh/{page.name}:{text[: m.start()].count(chr(10)) + 1}: ends with {m[1].rstrip()[-1]!r}")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("page", sorted((DOCS / "en").glob("*.md")), ids=lambda p: p.name)
def test_english_prose_uses_british_spelling(page):
    found = [f"docs/en/{page.name}:{n}: {m[0]!r}" for n, text in prose(page) for m in AMERICAN.finditer(text)]
    assert not found, "\n".join(found)


def test_the_prose_checks_can_fail():
    lines = [(1, "The `check` section asserts it, as checked when this page was built."), (2, "You will hear that")]
    assert len(findings(lines, BUILD_TALK["en"])) >= 2 and findings(lines, HEARSAY["en"])
    assert findings([(1, "构建本页时验证过")], BUILD_TALK["zh"])
    assert AMERICAN.search("we normalize the inputs") and not AMERICAN.search("the optimizer normalises")
