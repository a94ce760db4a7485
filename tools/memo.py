"""Remember the results of slow, pure steps that every build repeats page by page.

``mkdocs serve`` rebuilds the whole site after each edit, and most of that time went
to work whose result had not changed: material's search plugin parsing the HTML of
every page (and segmenting its Chinese text) to index it, Pygments colouring every
code block, the glossary's hover titles, and Jinja compiling the theme's templates.
Each is a pure function of its inputs, so each result is kept, keyed by everything it
is computed from, in this module, which lives as long as the process
(``mkdocs serve`` reloads the hooks on each rebuild, not the ``tools`` package). A
one-off ``mkdocs build`` computes everything once, as before; a rebuild only redoes
the pages and code blocks that changed.

The largest of these steps is Python-Markdown turning a page into HTML. mkdocs does it
in ``Page.render``; ``use_for_rendering`` gives a page a ``render`` that first looks for
a rendering of the same Markdown, with the same included files, extensions and site
files, and then sets what ``Page.render`` sets (the HTML, the table of contents, the
title, the anchors and the links to anchors). mkdocs-jupyter gives its notebook pages
their own ``render`` the same way.
"""

import copy
import hashlib
import json
import os
from pathlib import Path

import jinja2
from material.plugins.search.plugin import SearchIndex
from pygments import highlight as _highlight

# Search entries of each page: url -> (digest of what they were made from, entries).
_entries: dict[str, tuple[str, list[dict]]] = {}
# Coloured code: digest of (code, lexer, formatter) -> HTML. Bounded by clearing.
_colours: dict[str, str] = {}
COLOURS_LIMIT = 20_000
# Renderings of Markdown pages: "language:src_uri" -> (key, what Page.render set).
_renders: dict[str, tuple[str, tuple]] = {}
# The digest of the last Files object seen (one per build and language).
_files_seen: list = [None, ""]
# Results of ``pure`` calls: digest of (kind, inputs) -> result.
_results: dict[str, object] = {}
RESULTS_LIMIT = 2_000


def _toc(items) -> list:
    return [[item.id, item.url, item.title, _toc(item.children)] for item in items]


def page_digest(page) -> str:
    """Everything material's ``SearchIndex.add_entry_from_context`` reads from a page."""
    meta = {k: page.meta.get(k) for k in ("search", "tags", "title")}
    digest = hashlib.sha256(page.content.encode())
    digest.update(json.dumps([page.url, str(page.title), meta, _toc(page.toc)], default=str).encode())
    return digest.hexdigest()


class MemoSearchIndex(SearchIndex):
    """material's search index, reusing a page's entries while the page is unchanged."""

    def add_entry_from_context(self, page):
        digest = page_digest(page)
        known = _entries.get(page.url)
        if known is not None and known[0] == digest:
            self.entries.extend(json.loads(json.dumps(known[1])))  # a copy: callers may edit entries
            return
        start = len(self.entries)
        super().add_entry_from_context(page)
        _entries[page.url] = (digest, json.loads(json.dumps(self.entries[start:])))


def use_for_search(plugin) -> None:
    """Give material's search plugin (after its ``on_config``) the memoising index,
    keeping whatever it already holds."""
    index = getattr(plugin, "search_index", None)
    if index is None or isinstance(index, MemoSearchIndex):
        return
    memo = MemoSearchIndex(**index.config)
    memo.entries = index.entries
    plugin.search_index = memo


def _options(obj) -> str:
    return json.dumps(getattr(obj, "options", {}), sort_keys=True, default=repr)


def highlight(code, lexer, formatter):
    """``pygments.highlight``, remembered by the code and the full set of options."""
    key = hashlib.sha256(
        "\0".join(
            [code, type(lexer).__qualname__, _options(lexer), type(formatter).__qualname__, _options(formatter)]
        ).encode()
    ).hexdigest()
    html = _colours.get(key)
    if html is None:
        if len(_colours) >= COLOURS_LIMIT:
            _colours.clear()
        html = _colours[key] = _highlight(code, lexer, formatter)
    return html


def use_for_highlighting() -> None:
    """Make pymdownx.highlight (used by superfences and inline code) colour through the memo."""
    import pymdownx.highlight

    pymdownx.highlight.highlight = highlight


def pure(kind: str, inputs: list[str], compute):
    """``compute()``, remembered by ``kind`` and the text of every input it depends on."""
    key = hashlib.sha256("\0".join([kind, *inputs]).encode()).hexdigest()
    if key not in _results:
        if len(_results) >= RESULTS_LIMIT:
            _results.clear()
        _results[key] = compute()
    return _results[key]


class TemplateCache(jinja2.BytecodeCache):
    """Compiled theme templates, in memory. Jinja checks each against its source's
    checksum, so an edited template is compiled again."""

    def __init__(self):
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        code = self.compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket):
        self.compiled[bucket.key] = bucket.bytecode_to_string()


TEMPLATES = TemplateCache()


def use_for_templates(env: jinja2.Environment) -> None:
    env.bytecode_cache = TEMPLATES


def _plain(value):
    return os.fspath(value) if isinstance(value, os.PathLike) else repr(value)


def _files_digest(files) -> str:
    if _files_seen[0] is not files:
        listing = sorted((f.src_uri, f.url) for f in files)
        _files_seen[:] = [files, hashlib.sha256(json.dumps(listing).encode()).hexdigest()]
    return _files_seen[1]


def render_key(page, config, files, bases: list[Path]) -> str:
    """Everything ``Page.render`` reads: the page's Markdown and place, the files its
    includes name, the Markdown extensions and their settings, and the site's files
    (links to other pages become their URLs)."""
    from tools import includes

    included = {}
    for target in includes.targets(page.markdown):
        path, _section = includes.split_target(target)
        found = includes.resolve(path, bases)
        included[path] = hashlib.sha256(found.read_bytes()).hexdigest() if found else "missing"
    payload = [
        page.file.src_uri,
        page.url,
        config.theme.get("language"),
        page.markdown,
        included,
        config["markdown_extensions"],
        config["mdx_configs"],
        _files_digest(files),
    ]
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=_plain).encode()).hexdigest()


def use_for_rendering(page, bases: list[Path]) -> None:
    """Make ``page.render`` reuse the last rendering of the page while its key is unchanged."""
    original = page.render

    def render(config, files):
        key = render_key(page, config, files, bases)
        slot = f"{config.theme.get('language')}:{page.file.src_uri}"
        known = _renders.get(slot)
        if known is not None and known[0] == key:
            content, toc, title, anchors, links = known[1]
            page.content = content
            page.toc = copy.deepcopy(toc)
            page._title_from_render = title
            page.present_anchor_ids = set(anchors)
            if links is not None:
                by_uri = {f.src_uri: f for f in files}
                page.links_to_anchors = {by_uri[uri]: dict(v) for uri, v in links.items() if uri in by_uri}
            return
        original(config, files)
        links = page.links_to_anchors
        if links is not None:
            links = {f.src_uri: dict(v) for f, v in links.items()}
        saved = (page.content, copy.deepcopy(page.toc), page._title_from_render, set(page.present_anchor_ids), links)
        _renders[slot] = (key, saved)

    page.render = render


def tree_state(folders: list[Path]) -> str:
    """A digest of every file's path, size and modification time under ``folders``: it
    changes when a file is added, removed or rewritten (outputs are only rewritten when
    their bytes change)."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.rglob("*")) if folder.exists() else []:
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()
