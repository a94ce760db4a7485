"""One PDF per language of the whole book, printed by headless Chromium from the built site.

The site is served on 127.0.0.1 and its pages are found in reading order by following
each page's "next" link from the home page. Chromium prints every page with the site's
own print stylesheet (answers open, links to other chapters pointing to the published
site, a bookmark per heading); pypdf joins the pages and their bookmarks behind a cover,
lays page numbers over them and removes the fonts and images the pages
share. (Printing the whole book as one HTML document takes minutes where printing it
page by page takes seconds.)
"""

import contextlib
import functools
import html
import http.server
import os
import re
import shutil
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

LANGUAGES = {"zh": "", "en": "en/"}  # language -> its folder in the site
NAME = "pytorch-from-zero"
ZIP = f"{NAME}-offline.zip"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
NEXT = re.compile(r'<a href="([^"]*)" class="md-footer__link md-footer__link--next"')


def pdf_name(language: str) -> str:
    return f"{NAME}-{language}.pdf"


def chromium() -> str:
    """The Chromium or Chrome executable (``BOOK_CHROMIUM`` wins)."""
    found = os.environ.get("BOOK_CHROMIUM") or next(filter(None, map(shutil.which, BROWSERS)), None)
    if not found:
        raise SystemExit(
            "no Chromium found (the PDFs and the browser tests need it): install it (Debian/Ubuntu: "
            "apt-get install chromium fonts-noto-cjk), or point BOOK_CHROMIUM at a Chromium or Chrome executable"
        )
    return found


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """``site`` served on a free local port; yields the base URL (ending in /)."""
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def reading_order(home: str) -> list[str]:
    """URLs of the home page and every page after it, following the "next" links."""
    urls, url = [], home
    while url and url not in urls:
        urls.append(url)
        with urllib.request.urlopen(url) as response:
            found = NEXT.search(response.read().decode("utf-8"))
        url = urljoin(url, found[1]) if found else None
    return urls


# Runs in each page before it is printed: links to other pages of the book point to the
# published site (the canonical address), answers are opened, images load now.
PREPARE = """
async () => {
  const canonical = document.querySelector("link[rel=canonical]");
  const here = canonical ? canonical.href : location.href;
  document.querySelectorAll("article a[href]").forEach((a) => {
    const href = a.getAttribute("href");
    if (href.startsWith("#")) return;
    const target = new URL(href, here);
    if (target.origin === new URL(here).origin) a.classList.add("pdf-book-link");
    a.href = target.href;
  });
  document.querySelectorAll("details").forEach((d) => { d.open = true; });
  document.querySelectorAll("img").forEach((img) => { img.loading = "eager"; });
  await Promise.all([...document.images].map((img) => img.decode().catch(() => {})));
  await document.fonts.ready;
}
"""

STYLE = """
@page { size: A4; margin: 16mm 14mm 18mm; }
.md-typeset { font-size: 0.68rem; }
.md-typeset a.pdf-book-link::after { content: none !important; }
.md-code__nav, .md-code__button, .md-clipboard { display: none !important; }
.pdf-cover { padding-top: 35vh; text-align: center; }
.pdf-cover h1 { font-size: 2.4em; }
"""


def cover_html(title: str, note: str) -> str:
    return f"<section class='pdf-cover'><h1>{html.escape(title)}</h1><p>{html.escape(note)}</p></section>"


def page_numbers(browser, count: int, skip: int):
    """A PDF of ``count`` transparent A4 pages that carry only their page number
    (none on the first ``skip`` pages), to be laid over the book's pages."""
    import io

    import pypdf

    pages = "".join(f"<div class='p'>{i + 1 if i >= skip else ''}</div>" for i in range(count))
    page = browser.new_page()
    page.set_content(
        "<style>@page{size:A4;margin:0}body{margin:0}"
        ".p{height:297mm;break-after:page;display:flex;align-items:flex-end;"
        "justify-content:center;font:9px sans-serif;color:#666;box-sizing:border-box;"
        "padding-bottom:8mm}</style>" + pages
    )
    data = page.pdf(format="A4", print_background=False)
    page.close()
    return pypdf.PdfReader(io.BytesIO(data))


def print_book(site: Path, out: Path, languages=tuple(LANGUAGES)) -> dict[str, Path]:
    """Print one PDF per language of the built ``site`` into ``out``; returns the paths."""
    import io

    import pypdf
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = {}
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium(),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for language in languages:
            urls = reading_order(base + LANGUAGES[language])
            writer = pypdf.PdfWriter()
            page = browser.new_page()
            page.emulate_media(media="print", color_scheme="light")
            for number, url in enumerate(urls):
                page.goto(url, wait_until="load")
                if number == 0:  # a cover: the book's name and description
                    title = page.title().split(" - ")[-1]
                    note = page.eval_on_selector("meta[name=description]", "m => m.content")
                    cover = browser.new_page()
                    cover.set_content(cover_html(title, note))
                    cover.add_style_tag(content=STYLE)
                    writer.append(pypdf.PdfReader(io.BytesIO(cover.pdf(format="A4"))))
                    cover.close()
                page.evaluate(PREPARE)
                page.add_style_tag(content=STYLE)
                # Chromium's own bookmarks: the page's h1 on top, its sections below.
                data = page.pdf(format="A4", print_background=True, outline=True, tagged=True)
                writer.append(pypdf.PdfReader(io.BytesIO(data)))
            page.close()
            numbers = page_numbers(browser, len(writer.pages), skip=1)
            for book_page, number_page in zip(writer.pages, numbers.pages, strict=True):
                book_page.merge_page(number_page)
            for book_page in writer.pages:
                book_page.compress_content_streams()
            writer.compress_identical_objects()
            writer.add_metadata({"/Title": title})
            writer.page_mode = "/UseOutlines"
            path = out / pdf_name(language)
            with path.open("wb") as f:
                writer.write(f)
            print(
                f"{path}: {len(urls)} pages of the book, {len(writer.pages)} PDF pages, "
                f"{path.stat().st_size / 2**20:.1f} MiB"
            )
            written[language] = path
        browser.close()
    return written
