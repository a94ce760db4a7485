"""Every chapter as a Jupyter notebook, in each language.

- ``on_config``: give mkdocs-jupyter a cache directory per language. It evicts, after
  each build, the cached renderings that build did not use; with static-i18n building
  each language in turn, one shared directory would lose the other language's pages
  every time and render every notebook again.
- ``on_pre_build`` (once per build, after the snippets ran): write each notebook from
  the page's own sources (tools.notebooks; under ``mkdocs serve``, only for pages or
  outputs that changed since the last rebuild) to ``.cache/book/notebooks/`` at the path
  its page will have in the site, ``[<language>/]notebooks/<chapter>.ipynb``.
- ``on_files``: add each notebook as a page rendered by mkdocs-jupyter under
  ``[<language>/]notebooks/<chapter>/`` (its ``include_source`` puts the ``.ipynb``
  beside it for download). This runs after static-i18n, whose rebuilt File objects
  would otherwise make mkdocs-jupyter publish the raw JSON.
- ``on_page_content``: give each chapter page its notebook buttons (download, view,
  Colab); on notebook pages, render the math with KaTeX and drop the scripts that
  mkdocs-jupyter's template loads from CDNs (MathJax, Mermaid).
"""

import functools
import html
import logging
import re
import weakref
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from tools import cache, includes, katex, memo, notebooks, published
from tools.layout import Layout
from tools.words import words

log = logging.getLogger("mkdocs.hooks.notebooks")
_built_for = None
NOT_CHAPTERS = {"index", "glossary"}
# What mkdocs-jupyter's template loads for math and diagrams, which this site renders
# itself or does not use: the MathJax block and any script pointing off the site.
EXTERNAL_SCRIPTS = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->"
    r'|<script[^>]*src="https?://[^"]*"[^>]*>\s*</script>'
    r'|<script type="module">\s*(?:(?!</script>).)*?https?://(?:(?!</script>).)*?</script>',
    re.DOTALL | re.IGNORECASE,
)
MARKDOWN_OUTPUT = re.compile(
    r'(<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown[^"]*"[^>]*>)(.*?)(</div>)', re.DOTALL
)
DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\s)([^$\n]+?)(?<![\s\\])\$(?!\d)")


def _layout(config) -> Layout:
    return Layout(Path(config.config_file_path).resolve().parent)


def _languages(config) -> dict[str, str]:
    """language -> URL prefix ("" for the default language)."""
    i18n = config.plugins.get("i18n")
    return {lang.locale: "" if lang.default else f"{lang.locale}/" for lang in i18n.config.languages}


def _chapters(config, language: str) -> list[Path]:
    folder = Path(config.docs_dir) / language
    return sorted(p for p in folder.glob("*.md") if p.stem not in NOT_CHAPTERS)


def on_config(config):
    jupyter = config.plugins.get("mkdocs-jupyter")
    i18n = config.plugins.get("i18n")
    language = getattr(i18n, "current_language", None) or config.theme.get("language")
    if jupyter is not None:
        jupyter.config["cache_dir"] = str(_layout(config).root / ".cache" / "mkdocs-jupyter" / language)
    return config


def on_pre_build(config):
    global _built_for
    if _built_for is not None and _built_for() is config:
        return
    _built_for = weakref.ref(config)
    layout = _layout(config)
    site_url = config.site_url or "/"
    repository = config.extra.get("repository")
    count = 0
    # What a notebook is made from besides its page: the snippets, their outputs and figures.
    made_from = memo.tree_state([layout.snippets, layout.out, layout.figures, layout.state])
    for language, prefix in _languages(config).items():
        for page in _chapters(config, language):
            inputs = [made_from, page.read_text(encoding="utf-8"), language, site_url, prefix, str(repository)]
            try:
                build = functools.partial(notebooks.build, page, language, layout, site_url, prefix, repository)
                text = memo.pure("notebook", inputs, build)
            except includes.IncludeError as err:
                raise PluginError(str(err)) from None
            cache.write_if_changed(layout.cache / "notebooks" / f"{prefix}notebooks/{page.stem}.ipynb", text)
            count += 1
    log.info("Notebooks: %d written or unchanged", count)


@event_priority(-200)  # after static-i18n (see the module docstring)
def on_files(files, config):
    from mkdocs_jupyter.plugin import NotebookFile

    language = config.theme.get("language")
    prefix = _languages(config).get(language, "")
    folder = _layout(config).cache / "notebooks"
    for page in _chapters(config, language):
        uri = f"{prefix}notebooks/{page.stem}.ipynb"
        if not (folder / uri).exists():
            raise PluginError(f"the notebook of docs/{language}/{page.name} was not generated: {folder / uri}")
        file = File(uri, str(folder), config.site_dir, config.use_directory_urls)
        files.append(NotebookFile(file, **config))
    return files


def _buttons(page, config) -> str:
    language = config.theme.get("language")
    table = words(language)
    name = page.file.name
    links = [
        f'<a class="md-button" href="../{published.site_notebook("", name)}" download>{table["notebook-download"]}</a>',
        f'<a class="md-button" href="../notebooks/{name}/">{table["notebook-view"]}</a>',
    ]
    colab = published.colab_url(config.extra.get("repository"), language, name)
    if colab:
        links.append(f'<a class="md-button" href="{html.escape(colab)}">{table["notebook-colab"]}</a>')
    return '<p class="notebook-links">' + " ".join(links) + "</p>\n"


def _render_math(markdown_html: str) -> str:
    def display(match: re.Match) -> str:
        return '<div class="arithmatex">' + katex.render(html.unescape(match[1]).strip(), True) + "</div>"

    def inline(match: re.Match) -> str:
        return '<span class="arithmatex">' + katex.render(html.unescape(match[1]), False) + "</span>"

    parts = re.split(r"(<pre.*?</pre>|<code.*?</code>)", markdown_html, flags=re.DOTALL)
    for n in range(0, len(parts), 2):  # only text outside code
        parts[n] = INLINE_MATH.sub(inline, DISPLAY_MATH.sub(display, parts[n]))
    return "".join(parts)


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri.endswith(".ipynb"):
        # The chapter page is what search should find, not its notebook twin.
        page.meta["search"] = {"exclude": True}
    return markdown


def _toc_items(toc):
    for item in toc:
        yield item
        yield from _toc_items(item.children)


def _link_toc_to_page_anchors(page, config):
    """mkdocs-jupyter's table of contents slugifies headings differently from the
    notebook's own rendering (Chinese headings get ids like ``_1`` that exist nowhere).
    Each heading of a generated notebook follows an ``<a id>`` carrying the chapter
    page's heading id: point the table of contents at those, heading by heading."""
    language = config.theme.get("language")
    chapter = Path(config.docs_dir) / language / f"{Path(page.file.src_uri).stem}.md"
    ids = re.findall(r"^#{1,6} .*?\{\s*#([\w-]+)\s*\}\s*$", chapter.read_text(encoding="utf-8"), re.MULTILINE)
    items = list(_toc_items(page.toc))
    if len(items) != len(ids):
        raise PluginError(f"{page.file.src_uri}: {len(items)} headings in the notebook, {len(ids)} in {chapter.name}")
    for item, anchor in zip(items, ids, strict=True):
        item.id = anchor


def on_page_content(html_text, page, config, files):
    if page.file.src_uri.endswith(".ipynb"):
        _link_toc_to_page_anchors(page, config)
        html_text = EXTERNAL_SCRIPTS.sub("", html_text)
        try:
            return MARKDOWN_OUTPUT.sub(lambda m: m[1] + _render_math(m[2]) + m[3], html_text)
        except katex.TexError as err:
            language = config.theme.get("language")
            chapter = Path(config.docs_dir) / language / f"{Path(page.file.src_uri).stem}.md"
            line = katex.line_of(err.tex, chapter.read_text(encoding="utf-8")) if err.tex else None
            label = _layout(config).rel(chapter) + (f":{line}" if line else "")
            raise PluginError(f"{label} (its notebook): {err}") from None
    if page.file.name not in NOT_CHAPTERS and page.file.src_uri.endswith(".md"):
        heading_end = html_text.find("</h1>")
        if heading_end != -1:
            cut = heading_end + len("</h1>")
            return html_text[:cut] + "\n" + _buttons(page, config) + html_text[cut:]
    return html_text
