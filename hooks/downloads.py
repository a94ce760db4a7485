"""The book to take away: a PDF per language and an offline copy of the site.

- ``on_page_content``: on each language's home page, under "How to use this book",
  links to the two PDFs and the offline zip, which ``scripts/build_downloads.py``
  writes into ``site/downloads/`` after the build.
- ``BOOK_OFFLINE=1`` builds the offline copy instead: plain ``.html`` URLs that work
  from ``file://``, search through the iframe-worker shim (a Web Worker cannot start
  from a file) with its index inlined as a script, and no download links.
"""

import json
import os
import re
import shutil
from pathlib import Path

from mkdocs.plugins import event_priority

from tools import pdf
from tools.words import words

HOME = re.compile(r"(?:[a-z]{2}/)?index\.md")  # the home page of each language
SHIM = "assets/javascripts/iframe-worker.js"


def offline() -> bool:
    return os.environ.get("BOOK_OFFLINE", "") not in ("", "0")


@event_priority(100)  # before static-i18n copies the configuration for each language
def on_config(config):
    if offline():
        config.use_directory_urls = False
        if SHIM not in config.extra.get("polyfills", []):
            config.extra["polyfills"] = [*config.extra.get("polyfills", []), SHIM]
    return config


def links(depth: int, language: str) -> str:
    up = "../" * depth
    table = words(language)
    title, zh, en, site = (table[k] for k in ("downloads", "pdf-zh", "pdf-en", "offline-zip"))
    items = [
        (f"{up}downloads/{pdf.pdf_name('zh')}", zh),
        (f"{up}downloads/{pdf.pdf_name('en')}", en),
        (f"{up}downloads/{pdf.ZIP}", site),
    ]
    anchors = " · ".join(f'<a href="{href}" download>{text}</a>' for href, text in items)
    return f'<p class="book-downloads"><strong>{title}</strong>{anchors}</p>'


def on_page_content(html, page, config, files):
    if offline() or not HOME.fullmatch(page.file.src_uri):
        return html
    language = config.theme.get("language") or "en"
    marker = 'id="how-to-use"'
    at = html.find(marker)
    end = html.find("</ul>", at) if at >= 0 else -1
    if end < 0:
        return html + links(page.url.count("/"), language)
    end += len("</ul>")
    return html[:end] + links(page.url.count("/"), language) + html[end:]


@event_priority(-300)  # after every language is built and its search index written
def on_post_build(config):
    if not offline():
        return
    site = Path(config.site_dir)
    root = Path(config.config_file_path).resolve().parent
    shim = root / "node_modules" / "iframe-worker" / "shim" / "index.js"
    if not shim.exists():
        raise SystemExit(f"{shim} is missing: run `npm ci` (the offline copy needs it for search)")
    (site / SHIM).parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shim, site / SHIM)
    for index in site.rglob("search/search_index.json"):
        data = json.loads(index.read_text(encoding="utf-8"))
        script = "var __index = " + json.dumps(data, ensure_ascii=False)
        index.with_suffix(".js").write_text(script, encoding="utf-8")
