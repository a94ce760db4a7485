"""Reuse, across the rebuilds of ``mkdocs serve``, the search entries of unchanged pages,
the colouring of unchanged code blocks and the compiled theme templates (tools.memo)."""

from tools import memo


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
