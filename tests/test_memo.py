"""The memos of tools/memo.py give what the uncached steps give, and redo a step only
when one of its inputs changed."""

from types import SimpleNamespace

import pygments
from material.plugins.search.plugin import SearchIndex
from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer

from tools import memo

CONFIG = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": [], "fields": {}}


def _page(url: str, content: str):
    return SimpleNamespace(url=url, title="Tensors", meta={}, toc=[], content=content)


def _entries(page, index_class) -> list[dict]:
    index = index_class(**CONFIG)
    index.add_entry_from_context(page)
    return index.entries


def test_search_entries_are_reused_until_the_page_changes(monkeypatch):
    page = _page("memo-test/", '<h2 id="shape">Shape</h2><p>A tensor has a shape.</p>')
    plain = _entries(page, SearchIndex)
    assert plain and any("shape" in e["text"] for e in plain)
    assert _entries(page, memo.MemoSearchIndex) == plain

    calls = []
    original = SearchIndex.add_entry_from_context
    monkeypatch.setattr(SearchIndex, "add_entry_from_context", lambda self, p: calls.append(p) or original(self, p))
    assert _entries(page, memo.MemoSearchIndex) == plain
    assert calls == []  # served from the memo

    changed = _page("memo-test/", '<h2 id="shape">Shape</h2><p>A tensor has a dtype.</p>')
    entries = _entries(changed, memo.MemoSearchIndex)
    assert len(calls) == 1 and any("dtype" in e["text"] for e in entries)


def test_memo_search_index_keeps_what_the_plugin_index_held():
    plugin = SimpleNamespace(search_index=SearchIndex(**CONFIG))
    plugin.search_index.entries.append({"location": "a/", "title": "A", "text": ""})
    memo.use_for_search(plugin)
    assert isinstance(plugin.search_index, memo.MemoSearchIndex)
    assert plugin.search_index.entries == [{"location": "a/", "title": "A", "text": ""}]
    index = plugin.search_index
    memo.use_for_search(plugin)
    assert plugin.search_index is index


def test_highlighting_matches_pygments_and_runs_once_per_input(monkeypatch):
    code = "x = torch.ones(2, 3)\nprint(x.shape)\n"
    expected = pygments.highlight(code, PythonLexer(), HtmlFormatter(hl_lines=[2]))
    calls = []
    monkeypatch.setattr(memo, "_highlight", lambda *a: calls.append(a) or pygments.highlight(*a))
    monkeypatch.setattr(memo, "_colours", {})
    assert memo.highlight(code, PythonLexer(), HtmlFormatter(hl_lines=[2])) == expected
    assert memo.highlight(code, PythonLexer(), HtmlFormatter(hl_lines=[2])) == expected
    assert len(calls) == 1
    other = memo.highlight(code, PythonLexer(), HtmlFormatter(hl_lines=[1]))
    assert len(calls) == 2 and other != expected


def test_pure_results_follow_their_inputs(monkeypatch):
    monkeypatch.setattr(memo, "_results", {})
    calls = []

    def compute(text):
        calls.append(text)
        return text.upper()

    assert memo.pure("test", ["a", "b"], lambda: compute("ab")) == "AB"
    assert memo.pure("test", ["a", "b"], lambda: compute("ab")) == "AB"
    assert calls == ["ab"]
    assert memo.pure("test", ["a", "c"], lambda: compute("ac")) == "AC"
    assert memo.pure("other", ["a", "b"], lambda: compute("x")) == "X"  # another kind, another result
    assert calls == ["ab", "ac", "x"]


def test_compiled_templates_are_reused_until_their_source_changes():
    import jinja2

    sources = {"page.html": "Hello {{ name }}"}
    cache = memo.TemplateCache()
    dumps = []
    dump = cache.dump_bytecode
    cache.dump_bytecode = lambda bucket: dumps.append(bucket.key) or dump(bucket)

    def render() -> str:
        env = jinja2.Environment(loader=jinja2.DictLoader(sources), bytecode_cache=cache)
        return env.get_template("page.html").render(name="tensor")

    assert render() == "Hello tensor"
    assert len(dumps) == 1  # compiled and kept
    assert render() == "Hello tensor"
    assert len(dumps) == 1  # loaded, not compiled again
    sources["page.html"] = "Bye {{ name }}"
    assert render() == "Bye tensor"
    assert len(dumps) == 2


def _tiny_site(root):
    (root / "docs").mkdir()
    (root / "inc").mkdir()
    (root / "inc" / "out.md").write_text("Printed: 42\n", encoding="utf-8")
    (root / "docs" / "index.md").write_text(
        '# Home\n\n## Shape {#shape}\n\nSee [the other page](other.md#ids).\n\n--8<-- "out.md"\n', encoding="utf-8"
    )
    (root / "docs" / "other.md").write_text("# Other\n\n## Ids {#ids}\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        "site_name: t\nmarkdown_extensions:\n  - attr_list\n  - toc\n"
        "  - pymdownx.snippets:\n      base_path: [!relative $config_dir/inc]\n      check_paths: true\n",
        encoding="utf-8",
    )
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    config = load_config(str(root / "mkdocs.yml"))
    return config, get_files(config)


def _rendered(config, files, uri, memoise: bool, bases):
    from mkdocs.structure.pages import Page

    page = Page(None, files.get_file_from_path(uri), config)
    page.read_source(config)
    if memoise:
        memo.use_for_rendering(page, bases)
    page.render(config, files)
    links = {f.src_uri: v for f, v in (page.links_to_anchors or {}).items()}
    return page.content, str(page.toc), page.title, page.present_anchor_ids, links


def test_pages_render_from_the_memo_until_their_markdown_or_includes_change(tmp_path, monkeypatch):
    from mkdocs.structure.pages import Page

    monkeypatch.setattr(memo, "_renders", {})
    config, files = _tiny_site(tmp_path)
    bases = [tmp_path / "inc"]
    plain = _rendered(config, files, "index.md", False, bases)
    assert "Printed: 42" in plain[0] and "shape" in plain[3] and plain[4] == {"other.md": {"ids": "other.md#ids"}}

    calls = []
    original = Page.render
    monkeypatch.setattr(Page, "render", lambda self, c, f: calls.append(self.file.src_uri) or original(self, c, f))
    assert _rendered(config, files, "index.md", True, bases) == plain
    assert calls == ["index.md"]
    assert _rendered(config, files, "index.md", True, bases) == plain  # a new page object, as in a rebuild
    assert calls == ["index.md"]

    (tmp_path / "inc" / "out.md").write_text("Printed: 43\n", encoding="utf-8")
    assert "Printed: 43" in _rendered(config, files, "index.md", True, bases)[0]
    assert len(calls) == 2
    (tmp_path / "docs" / "index.md").write_text("# Home again\n", encoding="utf-8")
    assert _rendered(config, files, "index.md", True, bases)[2] == "Home again"
    assert len(calls) == 3


def test_render_key_is_the_same_for_the_same_book_loaded_twice(tmp_path):
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files
    from mkdocs.structure.pages import Page

    keys = []
    config, files = _tiny_site(tmp_path)
    for _ in range(2):
        config = load_config(str(tmp_path / "mkdocs.yml"))
        files = get_files(config)
        page = Page(None, files.get_file_from_path("index.md"), config)
        page.read_source(config)
        keys.append(memo.render_key(page, config, files, [tmp_path / "inc"]))
    assert keys[0] == keys[1]


def test_tree_state_changes_when_a_file_is_added_or_rewritten(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("1")
    first = memo.tree_state([tmp_path / "a", tmp_path / "missing"])
    assert memo.tree_state([tmp_path / "a", tmp_path / "missing"]) == first
    (tmp_path / "a" / "y.txt").write_text("2")
    second = memo.tree_state([tmp_path / "a"])
    assert second != first
    (tmp_path / "a" / "x.txt").write_text("11")
    assert memo.tree_state([tmp_path / "a"]) not in (first, second)
