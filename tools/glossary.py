"""The book's bilingual glossary (``docs/glossary.yml``): the glossary page of each
language, the explanations shown when a reader hovers over a term in a chapter, and the
spellings the chapters must avoid.

Each entry has ``zh`` and ``en`` (the term as each language's chapters spell it), the
``chapter`` (and optionally the heading ``anchor``) where it is explained, ``zh_def``
and ``en_def``, optional ``avoid_zh`` / ``avoid_en`` lists of spellings the chapters must
not use, and optional ``aliases_zh`` / ``aliases_en``: names other books use (d2l's 汇聚
for 池化), which the glossary page lists so that a reader who knows them finds the term,
and which a chapter may mention once, as the other name, but not use.
"""

import functools
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REQUIRED = ("zh", "en", "chapter", "zh_def", "en_def")
OPTIONAL = ("anchor", "avoid_zh", "avoid_en", "aliases_zh", "aliases_en")
# Elements whose text is never annotated: code, links, headings, math, outputs.
SKIP_TAGS = {"code", "pre", "a", "abbr", "script", "style", "h1", "h2", "h3", "h4", "h5", "h6", "svg", "math"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(/?)>")
SKIP_CLASS = re.compile(r'class="[^"]*\b(katex|snippet-result|arithmatex|notebook-links|headerlink)\b')
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
# Not prose: inline code, link targets, attribute lists such as heading ids.
NOT_PROSE = re.compile(r"`+[^`]*`+|\]\([^)]*\)|\{[^}]*\}")


class GlossaryError(ValueError):
    """The glossary file is malformed."""


@dataclass(frozen=True)
class Term:
    zh: str
    en: str
    chapter: str
    zh_def: str
    en_def: str
    anchor: str | None = None
    avoid_zh: tuple[str, ...] = field(default_factory=tuple)
    avoid_en: tuple[str, ...] = field(default_factory=tuple)
    aliases_zh: tuple[str, ...] = field(default_factory=tuple)
    aliases_en: tuple[str, ...] = field(default_factory=tuple)

    def term(self, language: str) -> str:
        return self.zh if language == "zh" else self.en

    def definition(self, language: str) -> str:
        return self.zh_def if language == "zh" else self.en_def

    def avoided(self, language: str) -> tuple[str, ...]:
        return self.avoid_zh if language == "zh" else self.avoid_en

    def aliases(self, language: str) -> tuple[str, ...]:
        return self.aliases_zh if language == "zh" else self.aliases_en


def load(path: Path) -> list[Term]:
    """The terms of a glossary file. Every page asks for them; the file is parsed again
    only when its text changed (parsing it took a quarter of a build when done per page)."""
    return list(_parse(path, path.read_text(encoding="utf-8")))


@functools.lru_cache(maxsize=4)
def _parse(path: Path, text: str) -> tuple[Term, ...]:
    data = yaml.safe_load(text)
    if not isinstance(data, list) or not data:
        raise GlossaryError(f"{path}: expected a list of terms")
    terms, seen = [], set()
    for number, entry in enumerate(data, 1):
        where = f"{path.name}, entry {number}"
        if not isinstance(entry, dict):
            raise GlossaryError(f"{where}: expected a mapping")
        missing = [k for k in REQUIRED if not entry.get(k)]
        unknown = set(entry) - set(REQUIRED) - set(OPTIONAL)
        if missing or unknown:
            raise GlossaryError(f"{where} ({entry.get('zh')}): missing {missing}, unknown {sorted(unknown)}")
        if entry["zh"] in seen:
            raise GlossaryError(f"{where}: {entry['zh']} appears twice")
        seen.add(entry["zh"])
        terms.append(
            Term(
                zh=entry["zh"],
                en=entry["en"],
                chapter=entry["chapter"],
                zh_def=entry["zh_def"].strip(),
                en_def=entry["en_def"].strip(),
                anchor=entry.get("anchor"),
                avoid_zh=tuple(entry.get("avoid_zh") or ()),
                avoid_en=tuple(entry.get("avoid_en") or ()),
                aliases_zh=tuple(entry.get("aliases_zh") or ()),
                aliases_en=tuple(entry.get("aliases_en") or ()),
            )
        )
    names = {t.term(lang).lower() for t in terms for lang in ("zh", "en")}
    for t in terms:
        for lang in ("zh", "en"):
            for alias in t.aliases(lang):
                if alias.lower() in names:
                    raise GlossaryError(f"{path.name} ({t.zh}): alias {alias!r} is itself a term")
                if alias in t.avoided(lang):
                    raise GlossaryError(f"{path.name} ({t.zh}): {alias!r} is both an alias and a spelling to avoid")
    return tuple(terms)


# ------------------------------------------------------------------ the page
HEADERS = {"zh": ("中文", "English", "说明"), "en": ("English", "中文", "Meaning")}
ALSO = {"zh": "亦称", "en": "also"}


def alias_note(t: Term, language: str, reader: str) -> str:
    """The other names of ``t`` in ``language``, in the words of the ``reader``'s page."""
    aliases = t.aliases(language)
    if not aliases:
        return ""
    names = ("、" if language == "zh" else ", ").join(aliases)
    return f"（{ALSO['zh']}：{names}）" if reader == "zh" else f" ({ALSO['en']} {names})"


def table(terms: list[Term], language: str) -> str:
    """The glossary as a Markdown table in ``language``, each term linked to where it is explained."""
    first, second, meaning = HEADERS[language]
    rows = [f"| {first} | {second} | {meaning} |", "| --- | --- | --- |"]
    for t in terms:
        other_language = "en" if language == "zh" else "zh"
        other = t.term(other_language) + alias_note(t, other_language, language)
        target = f"{t.chapter}.md" + (f"#{t.anchor}" if t.anchor else "")
        cell = t.definition(language).replace("|", "\\|")
        rows.append(f"| [{t.term(language)}]({target}){alias_note(t, language, language)} | {other} | {cell} |")
    return "\n".join(rows) + "\n"


# ------------------------------------------------------------- hover titles
def _pattern(terms: list[Term], language: str) -> re.Pattern:
    words = sorted({w for t in terms for w in (t.term(language), *t.aliases(language))}, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    if language == "zh":
        return re.compile(f"({alternation})")
    return re.compile(rf"(?<![\w-])({alternation})(?:s|es)?(?![\w-])", re.IGNORECASE)


def annotate(page_html: str, terms: list[Term], language: str) -> str:
    """Wrap the first occurrence of each term (or of one of its aliases) in every section
    (``<h2>``) of running text in ``<abbr title="...">`` carrying the term in both
    languages and its meaning."""
    by_term = {w.lower(): t for t in terms for w in (*t.aliases(language), t.term(language))}
    pattern = _pattern(terms, language)
    parts = TAG.split(page_html)
    # TAG.split yields: text, closing-slash, name, attributes, self-closing-slash, text, ...
    out, skip, done = [], [], set()
    i = 0
    while i < len(parts):
        text = parts[i]
        if not skip and text:
            text = _annotate_text(text, pattern, by_term, done, language)
        out.append(text)
        if i + 4 >= len(parts):
            break
        closing, name, attrs, selfclosing = parts[i + 1 : i + 5]
        out.append(f"<{closing}{name}{attrs}{selfclosing}>")
        name = name.lower()
        if name == "h2" and not closing:
            done = set()
        if closing:
            if skip and skip[-1][0] == name:
                skip[-1][1] -= 1
                if skip[-1][1] == 0:
                    skip.pop()
        elif not selfclosing and name not in VOID_TAGS:
            if skip and skip[-1][0] == name:
                skip[-1][1] += 1
            elif name in SKIP_TAGS or SKIP_CLASS.search(attrs):
                skip.append([name, 1])
        i += 5
    return "".join(out)


def _annotate_text(text, pattern, by_term, done, language) -> str:
    def wrap(match: re.Match) -> str:
        key = match[1].lower()
        term = by_term.get(key)
        if term is None or term.zh in done:
            return match[0]
        done.add(term.zh)
        other = term.en if language == "zh" else term.zh
        meaning = html.unescape(term.definition(language)).replace("`", "")
        title = html.escape(f"{term.term(language)} · {other}: {meaning}", quote=True)
        return f'<abbr title="{title}">{match[0]}</abbr>'

    return pattern.sub(wrap, text)


# -------------------------------------------------------- spellings to avoid
def prose_lines(markdown: str):
    """(line number, text) of a page's prose: fenced code and inline code removed."""
    in_fence = None
    for number, line in enumerate(markdown.split("\n"), 1):
        fence = FENCE.match(line)
        if fence:
            marker = fence[1][0]
            if in_fence is None:
                in_fence = marker
            elif in_fence == marker:
                in_fence = None
            continue
        if in_fence is None:
            yield number, NOT_PROSE.sub(" ", line)


def alias_uses(markdown: str, terms: list[Term], language: str) -> list[tuple[str, list[int]]]:
    """(alias, lines) for each alias a page's prose uses more than once: a chapter may
    name the other spelling once ("d2l calls it 汇聚"), but speaks the glossary's term."""
    found = []
    for t in terms:
        for alias in t.aliases(language):
            flags = 0 if language == "zh" else re.IGNORECASE
            bound = (re.escape(alias), "") if language == "zh" else (rf"(?<![\w-]){re.escape(alias)}", r"(?![\w-])")
            regex = re.compile(bound[0] + bound[1], flags)
            lines = [number for number, line in prose_lines(markdown) for _ in regex.finditer(line)]
            if len(lines) > 1:
                found.append((alias, lines))
    return found


def avoided_spellings(markdown: str, terms: list[Term], language: str) -> list[tuple[int, str, str]]:
    """(line, spelling found, spelling to use) for every avoided spelling in the prose."""
    checks = []
    for t in terms:
        for bad in t.avoided(language):
            if language == "zh":
                regex = re.compile(re.escape(bad))
            else:
                regex = re.compile(rf"(?<![\w-]){re.escape(bad)}(?![\w-])", re.IGNORECASE)
            checks.append((regex, t.term(language)))
    found = []
    for number, line in prose_lines(markdown):
        for regex, good in checks:
            for m in regex.finditer(line):
                found.append((number, m[0], good))
    return found
