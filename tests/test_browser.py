"""The built site, as a reader sees it in a real browser (headless Chromium driven by
Playwright), served on 127.0.0.1: clean page loads with nothing fetched from elsewhere,
the language switcher, per-language search, the copy button, math, figures in the
dark theme, a phone-sized viewport, and accessibility (axe-core)."""

import functools
import http.server
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tools import pdf
from tools.includes import read_target
from tools.layout import ROOT

pytestmark = pytest.mark.slow

DOCS = ROOT / "docs"
PAGES = sorted(p.relative_to(DOCS / "zh").as_posix() for p in (DOCS / "zh").rglob("*.md"))
LANGUAGES = {"zh": "", "en": "en/"}


def url_path(language: str, page: str) -> str:
    stem = page.removesuffix(".md")
    return "/" + LANGUAGES[language] + ("" if stem == "index" else f"{stem}/")


def chromium_path() -> str:
    try:
        return pdf.chromium()
    except SystemExit as missing:
        pytest.fail(str(missing))


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(built_book):
    """The built site served on 127.0.0.1 (a free port); yields its base URL."""
    assert built_book.returncode == 0, built_book.log[-3000:]
    handler = functools.partial(QuietHandler, directory=str(built_book.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=chromium_path(),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield instance
        instance.close()


class Watch:
    """What a page did while it loaded: console errors, failed responses, and
    requests that left the local server."""

    def __init__(self, page, base: str):
        self.errors, self.outside = [], []
        host = urlsplit(base).netloc
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("response", lambda r: r.status >= 400 and self.errors.append(f"HTTP {r.status} {r.url}"))
        page.on(
            "request",
            lambda r: (
                urlsplit(r.url).scheme in ("http", "https", "ws", "wss")
                and urlsplit(r.url).netloc != host
                and self.outside.append(r.url)
            ),
        )


NOTEBOOKS = [f"notebooks/{name}" for name in PAGES if name not in ("index.md", "glossary.md")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_loads_cleanly_and_locally(browser, site, language):
    page = browser.new_page()
    watch = Watch(page, site)
    for name in PAGES + NOTEBOOKS:  # chapter pages and their notebook pages
        page.goto(site + url_path(language, name), wait_until="load")
        broken = page.evaluate("[...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)")
        assert not broken, f"{language}/{name}: images that did not load: {broken}"
    page.close()
    assert not watch.errors, f"console errors or failed requests: {watch.errors[:10]}"
    assert not watch.outside, f"requests that left localhost: {watch.outside[:10]}"


@pytest.mark.parametrize(
    ("start", "language", "expected"),
    [
        ("/tensors/#broadcasting", "en", "/en/tensors/#broadcasting"),
        ("/en/autograd/#vjp", "zh", "/autograd/#vjp"),
        ("/en/tensors/", "zh", "/tensors/"),
    ],
)
def test_language_switcher_keeps_page_and_section(browser, site, start, language, expected):
    page = browser.new_page()
    page.goto(site + start)
    page.hover(".md-select")
    page.click(f'a[hreflang="{language}"]')
    page.wait_for_url(site + expected)
    assert page.evaluate("document.documentElement.lang") == language
    if "#" in expected:
        anchor = expected.split("#")[1]
        assert page.locator(f"#{anchor}").count() == 1
    page.close()


def search(page, base: str, start: str, query: str) -> list[str]:
    page.goto(base + start)
    page.fill("input.md-search__input", query)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    page.wait_for_timeout(300)  # let the result list settle
    hrefs = page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.href)")
    return [urlsplit(h).path for h in hrefs]


@pytest.mark.parametrize(
    ("start", "query", "expected"),
    [
        ("/", "张量", "/tensors/"),
        ("/tensors/", "梯度", "/autograd/"),
        ("/en/", "gradient", "/en/autograd/"),
        ("/en/tensors/", "broadcasting", "/en/tensors/"),
    ],
)
def test_search_finds_pages_of_the_readers_language_only(browser, site, start, query, expected):
    page = browser.new_page()
    paths = search(page, site, start, query)
    page.close()
    assert expected in paths, f"{query!r}: {expected} not among {paths}"
    english = start.startswith("/en/")
    assert all(p.startswith("/en/") == english for p in paths), f"{query!r} mixed languages: {paths}"


def test_copy_button_copies_exactly_the_snippet(browser, site):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site)
    page = context.new_page()
    page.goto(site + "/en/tensors/")
    block = page.locator("div.language-python").first
    block.hover()
    block.locator('button[data-md-type="copy"]').click()
    copied = page.evaluate("navigator.clipboard.readText()")
    context.close()
    expected = "\n".join(line.text for line in read_target("tensors/anatomy.py:code", [ROOT / "snippets"]))
    assert copied.rstrip("\n") == expected
    assert "--8<--" not in copied and "assert" not in copied  # no markers, no hidden checks


def test_output_blocks_have_no_copy_button(browser, site):
    page = browser.new_page()
    page.goto(site + "/tensors/")
    assert page.locator(".snippet-output").count() > 10
    assert page.locator('.snippet-output button[data-md-type="copy"]').count() == 0
    page.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_math_renders(browser, site, language):
    page = browser.new_page()
    page.goto(site + url_path(language, "tensors.md"))
    page.evaluate("document.fonts.ready")
    formulas = page.locator(".katex")
    assert formulas.count() > 5
    assert page.locator(".katex-error").count() == 0
    sizes = page.eval_on_selector_all(".katex-html", "els => els.map(e => e.getBoundingClientRect().width)")
    assert all(width > 0 for width in sizes)
    assert page.evaluate("document.fonts.check('16px KaTeX_Main')")
    page.close()


def test_figures_stay_readable_in_the_dark_theme(browser, site):
    page = browser.new_page(color_scheme="dark")
    page.goto(site + "/en/tensors/", wait_until="networkidle")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    figures = page.eval_on_selector_all(
        "img.snippet-figure",
        "els => els.map(e => [e.naturalWidth, getComputedStyle(e).backgroundColor])",
    )
    page.close()
    assert len(figures) >= 4
    for width, background in figures:
        assert width > 0
        assert background == "rgb(255, 255, 255)"  # the figure sits on a white card


OVERFLOW = """() => {
  const width = window.innerWidth;
  const scrolls = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (["auto", "scroll", "hidden"].includes(getComputedStyle(a).overflowX)) return true;
    }
    return false;
  };
  return [...document.querySelectorAll("body *")]
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.right > width + 1 && !scrolls(el);
    })
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80));
}"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_overflows_a_phone_screen(browser, site, language):
    page = browser.new_page(viewport={"width": 375, "height": 812})
    for name in PAGES:
        page.goto(site + url_path(language, name))
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, f"{language}/{name} scrolls sideways"
        sticking_out = page.evaluate(OVERFLOW)
        assert not sticking_out, f"{language}/{name}: elements wider than the screen: {sticking_out[:5]}"
    page.close()


SERIOUS = ("serious", "critical")
# Colour contrast depends on the theme, not on the page: it is checked in both colour
# schemes on pages that hold every kind of element (prose, links, tables, admonitions,
# code of every token type, outputs, notices). Every other rule runs on every page.
CONTRAST_PAGES = ("index.md", "tensors.md", "devices.md")


def axe_violations(page, options) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe

    report = Axe().run(page, options={"resultTypes": ["violations"], **options})
    return [v for v in report.response["violations"] if v["impact"] in SERIOUS]


def describe(language, name, violations) -> list[str]:
    return [
        f"{language}/{name}: {v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:3]]}" for v in violations
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_serious_accessibility_violations(browser, site, language):
    page = browser.new_page()
    found = []
    for name in PAGES:
        page.goto(site + url_path(language, name))
        found += describe(language, name, axe_violations(page, {"rules": {"color-contrast": {"enabled": False}}}))
    page.close()
    assert not found, "\n".join(found[:20])


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_text_contrast_in_both_colour_schemes(browser, site, language, scheme):
    page = browser.new_page(color_scheme=scheme)
    found = []
    for name in CONTRAST_PAGES:
        page.goto(site + url_path(language, name))
        only_contrast = {"runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]}}
        found += describe(language, name, axe_violations(page, only_contrast))
    page.close()
    assert not found, "\n".join(found[:20])


def test_screenshots_for_a_person_to_look_at(browser, site, request):
    folder = Path(tempfile.mkdtemp(prefix="book-screenshots-"))
    for language in LANGUAGES:
        for scheme in ("light", "dark"):
            page = browser.new_page(color_scheme=scheme, viewport={"width": 1280, "height": 900})
            for name in ("index.md", "tensors.md"):
                page.goto(site + url_path(language, name), wait_until="networkidle")
                page.screenshot(path=folder / f"{language}-{name.removesuffix('.md')}-{scheme}.png", full_page=False)
            page.close()
    shots = sorted(folder.glob("*.png"))
    assert len(shots) == 8 and all(p.stat().st_size > 10_000 for p in shots)
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"\nscreenshots of the site: {folder}")
