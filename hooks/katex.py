"""Render math to HTML at build time (KaTeX through tools.katex) and serve KaTeX's
stylesheet and fonts from the site itself: no CDN, no JavaScript for math."""

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from tools import katex


@event_priority(-200)  # after static-i18n, which rebuilds every File it sees from docs_dir
def on_files(files, config):
    try:
        assets = katex.asset_files()
    except katex.KatexUnavailable as err:
        raise PluginError(str(err)) from None
    for uri, path in assets:
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def where(page, config, tex: str | None) -> str:
    """``docs/en/tensors.md:LINE`` for the page (and the formula's line, when found)."""
    source = Path(page.file.abs_src_path).resolve() if page.file.abs_src_path else None
    root = Path(config.config_file_path).resolve().parent
    label = (
        source.resolve().relative_to(root).as_posix() if source and source.is_relative_to(root) else page.file.src_uri
    )
    line = katex.line_of(tex, source.read_text(encoding="utf-8")) if tex and source and source.exists() else None
    return f"{label}:{line}" if line else label


def on_page_content(html, page, config, files):
    try:
        return katex.render_page(html)
    except katex.TexError as err:
        raise PluginError(f"{where(page, config, err.tex)}: {err}") from None
    except katex.KatexUnavailable as err:
        raise PluginError(f"{page.file.src_uri}: {err}") from None
