"""What a reader should know about each page: when it last changed, which torch its
outputs came from, and where to edit it.

- ``on_page_content``: append to every page a line with the date of the last commit
  that touched the page or one of the snippets it includes (from git, in the reader's
  language) and the torch version(s) in the stamps of its outputs; put an "edit this
  page" button (the theme's own markup) linking to the page's Markdown in this
  language. Without git history (a copied tree) the date is left out.
"""

from pathlib import Path

from tools import page_info, published
from tools.layout import Layout


def on_page_content(html, page, config, files):
    if not page.file.src_uri.endswith(".md") or not page.file.abs_src_path:
        return html
    layout = Layout(Path(config.config_file_path).resolve().parent)
    language = config.theme.get("language") or "en"
    source = Path(page.file.abs_src_path).resolve()
    info = page_info.describe(source, layout, language)
    edit = published.edit_url(config.extra.get("repository"), layout.rel(source))
    return (page_info.edit_button(edit, language) if edit else "") + html + info
