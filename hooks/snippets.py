"""Run the book's snippets once per build and put their outputs on the pages.

- ``on_config``: tell pymdownx.snippets where included files are (``Layout.includes``).
- ``on_startup``: under ``mkdocs serve``, keep the snippet workers between rebuilds.
- ``on_pre_build``: check the page sources first (tools.pagecheck: every page in every
  language, every include resolvable), then run every snippet whose outputs are out of
  date (tools.runner);
  ``BOOK_RUN_SNIPPETS=0`` skips this and builds with the outputs of the last run.
  static-i18n builds each further language inside the first build, with the same
  config object; the snippets already ran for that config, so they are not run again.
  ``mkdocs serve`` loads a new config for each rebuild, so an edited snippet reruns.
- ``on_files``: serve the captured figures under ``assets/figures/``.
- ``on_page_content``: replace the language placeholders of output blocks.
"""

import logging
import os
import weakref
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from tools import pagecheck, render
from tools.layout import Layout
from tools.runner import Runner, keep_workers
from tools.snippet import SnippetError

log = logging.getLogger("mkdocs.hooks.snippets")
_ran_for = None  # weak reference to the config of the build the snippets last ran for


def _layout(config) -> Layout:
    return Layout(Path(config.config_file_path).resolve().parent)


def _languages(config) -> list[str]:
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return [config.theme.get("language") or "en"]
    return [lang.locale for lang in i18n.config.languages]


def on_config(config):
    # Where pymdownx.snippets finds what a page includes: the snippets, then their outputs.
    config.mdx_configs.setdefault("pymdownx.snippets", {})["base_path"] = [str(p) for p in _layout(config).includes]
    return config


def on_startup(command, dirty):
    if command == "serve":
        keep_workers()  # a rebuild that reruns a snippet reuses a worker with torch loaded


def on_pre_build(config):
    global _ran_for
    if _ran_for is not None and _ran_for() is config:
        return
    _ran_for = weakref.ref(config)
    layout = _layout(config)
    problems = pagecheck.problems(Path(config.docs_dir), _languages(config), layout.root, layout.snippets)
    if problems:
        raise PluginError("\n".join(problems))
    if os.environ.get("BOOK_RUN_SNIPPETS", "1") == "0":
        log.info("Snippets: not run (BOOK_RUN_SNIPPETS=0); pages show the outputs of the last run")
        return
    runner = Runner(layout, log=log.info)
    try:
        report = runner.run()
    except SnippetError as err:
        raise PluginError(str(err)) from None
    log.info("Snippets: %s", report.summary())
    if report.failures:
        raise PluginError(report.failure_text())


@event_priority(-200)  # after static-i18n, which rebuilds every File it sees from docs_dir
def on_files(files, config):
    figures = _layout(config).figures
    if figures.exists():
        for svg in sorted(figures.rglob("*.svg")):
            uri = "assets/figures/" + svg.relative_to(figures).as_posix()
            files.append(File.generated(config, uri, abs_src_path=str(svg)))
    return files


def on_page_content(html, page, config, files):
    language = config.theme.get("language") or "en"
    try:
        return render.translate(html, language)
    except KeyError as err:
        raise PluginError(f"{page.file.src_uri}: {err}") from None
