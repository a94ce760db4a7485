"""Reuse, across the rebuilds of ``mkdocs serve``, the HTML, search entries and code
colouring of unchanged pages and the compiled theme templates (tools.memo)."""

from pathlib import Path

from tools import memo
from tools.layout import Layout


def on_config(config):
    memo.use_for_highlighting()
    return config


def on_pre_build(config):
    # After every on_config: material's search plugin makes its index there. static-i18n
    # runs this again for each further language; an index already memoising is kept.
    search = config.plugins.get("material/search")
    if search is not None:
        memo.use_for_search(search)


def on_env(env, config, files):
    memo.use_for_templates(env)
    return env


def on_pre_page(page, config, files):
    if page.file.src_uri.endswith(".md"):
        memo.use_for_rendering(page, Layout(Path(config.config_file_path).resolve().parent).includes)
    return page
