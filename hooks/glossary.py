"""The bilingual glossary (tools.glossary, data in docs/glossary.yml).

- ``on_page_markdown``: the glossary page of each language gets its term table.
- ``on_page_content``: in the chapters, the first mention of a term in each section
  explains itself on hover (``<abbr title>``, shown by the theme's tooltips).
"""

from pathlib import Path

from mkdocs.exceptions import PluginError

from tools import glossary, memo

NOT_CHAPTERS = {"index", "glossary"}


def _terms(config) -> list[glossary.Term]:
    try:
        return glossary.load(Path(config.docs_dir) / "glossary.yml")
    except glossary.GlossaryError as err:
        raise PluginError(str(err)) from None


def _language(config) -> str:
    return config.theme.get("language") or "en"


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri.endswith("glossary.md"):
        return markdown.rstrip("\n") + "\n\n" + glossary.table(_terms(config), _language(config))
    return markdown


def on_page_content(html, page, config, files):
    if not page.file.src_uri.endswith(".md") or page.file.name in NOT_CHAPTERS:
        return html
    terms, language = _terms(config), _language(config)
    source = (Path(config.docs_dir) / "glossary.yml").read_text(encoding="utf-8")
    return memo.pure("glossary", [source, language, html], lambda: glossary.annotate(html, terms, language))
