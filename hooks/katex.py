"""Render math to HTML at build time (KaTeX through tools.katex) and serve KaTeX's
stylesheet and fonts from the site itself: no CDN, no JavaScript for math."""

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


def on_page_content(html, page, config, files):
    try:
        return katex.render_page(html)
    except (katex.TexError, katex.KatexUnavailable) as err:
        raise PluginError(f"{page.file.src_uri}: {err}") from None
