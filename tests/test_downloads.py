"""The downloads of the published site: a PDF per language that holds the whole book
(every page in reading order, fonts embedded, prose, outputs and math present), and an
offline copy that works from ``file://`` in Chromium with the network blocked."""

import html as html_lib
import re
import unicodedata
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tools import pdf

pytestmark = pytest.mark.slow

NEXT = re.compile(r'<a href="([^"]*)" class="md-footer__link md-footer__link--next"')
H1 = re.compile(r"<h1[^>]*>(.*?)<", re.DOTALL)


def text_of(fragment: str) -> str:
    return html_lib.unescape(re.sub(r"<[^>]+>", "", fragment))


def squeeze(text: str) -> str:
    """Text without whitespace, in NFKC (PDF text of CJK fonts may come back as
    compatibility characters, such as the Kangxi radical ⼀ for 一)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def reading_order(site: Path, language: str) -> list[Path]:
    """The built pages of a language in reading order, following the "next" links."""
    pages, page = [], site / pdf.LANGUAGES[language] / "index.html"
    while page and page not in pages:
        pages.append(page)
        found = NEXT.search(page.read_text(encoding="utf-8"))
        page = (page.parent / unquote(found[1]) / "index.html").resolve() if found else None
    return pages


def fonts(reader) -> dict[str, bool]:
    """Every font the PDF uses (also inside form XObjects), and whether it is embedded."""
    found, seen = {}, set()

    def walk(resources):
        if resources is None or id(resources) in seen:
            return
        seen.add(id(resources))
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            if font.get("/Subtype") == "/Type3":  # glyphs drawn in the file itself
                found[str(font.get("/Name", "Type3"))] = True
                continue
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font.get("/BaseFont"))] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


@pytest.mark.parametrize("language", pdf.LANGUAGES)
def test_pdf_holds_the_whole_book(published_book, language):
    import pypdf

    site = published_book.site
    path = site / "downloads" / pdf.pdf_name(language)
    assert path.exists(), f"missing {path.relative_to(site)}"
    reader = pypdf.PdfReader(path)
    pages = reading_order(site, language)
    assert len(pages) >= 10

    # One bookmark per page of the book, in reading order, after the cover.
    titles = [text_of(H1.search(p.read_text(encoding="utf-8"))[1]).strip() for p in pages]
    top = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title for item in top] == titles
    starts = [reader.get_destination_page_number(item) for item in top]
    assert starts[0] == 1 and starts == sorted(starts) and len(set(starts)) == len(starts)
    assert len(reader.pages) > 5 * len(pages), "a few pages per chapter at least"

    # Every font is embedded, and the math has its KaTeX fonts. (Chromium embeds the CJK
    # font, an OpenType collection, as Type 3 glyph outlines; the Chinese paragraph
    # found below shows that its text survives.)
    used = fonts(reader)
    assert used and all(used.values()), f"not embedded: {[f for f, e in used.items() if not e]}"
    assert any("KaTeX" in f for f in used), sorted(used)

    # The tensors chapter: its first paragraph and its first output are in its pages.
    chapter = next(p for p in pages if p.parent.name == "tensors")
    built = chapter.read_text(encoding="utf-8")
    article = built[built.index("<article") :]
    paragraph = squeeze(text_of(re.search(r"<p>(.*?)</p>", article, re.DOTALL)[1]))[:60]
    output = re.search(r'class="snippet-result".*?<code>(.*?)</code>', article, re.DOTALL)
    first_output_line = squeeze(text_of(output[1]).strip().splitlines()[0])
    number = titles.index(text_of(H1.search(built)[1]).strip())
    text = squeeze("".join(reader.pages[i].extract_text() for i in range(starts[number], starts[number + 1])))
    assert paragraph in text, f"{paragraph!r} not in the PDF's {titles[number]} pages"
    assert first_output_line in text, f"output {first_output_line!r} not in the PDF"


def test_home_pages_link_to_the_downloads(published_book):
    site = published_book.site
    for language, folder in pdf.LANGUAGES.items():
        home = (site / folder / "index.html").read_text(encoding="utf-8")
        block = re.search(r'<p class="book-downloads">(.*?)</p>', home, re.DOTALL)
        assert block, f"{language} home page: no download links"
        hrefs = re.findall(r'href="([^"]+)"', block[1])
        names = sorted(Path(h).name for h in hrefs)
        assert names == sorted([pdf.pdf_name("en"), pdf.pdf_name("zh"), pdf.ZIP])
        for href in hrefs:
            assert (site / folder / href).resolve().is_file(), f"{language}: {href} missing"


@pytest.fixture(scope="module")
def offline_site(published_book, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(published_book.site / "downloads" / pdf.ZIP) as archive:
        archive.extractall(folder)
    return folder / pdf.NAME


def test_offline_site_reads_from_files_with_the_network_blocked(offline_site):
    from playwright.sync_api import sync_playwright

    assert not list(offline_site.rglob("downloads")), "the offline copy holds no downloads"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=pdf.chromium(), args=["--no-sandbox"])
        context = browser.new_context()
        outside = []

        def route(request_route):
            url = request_route.request.url
            if url.startswith("file:"):
                request_route.continue_()
            else:
                outside.append(url)
                request_route.abort()

        context.route("**/*", route)
        for language, start, query, expected in [
            ("zh", "tensors.html", "梯度", "autograd.html"),
            ("en", "en/tensors.html", "gradient", "en/autograd.html"),
        ]:
            page, errors = context.new_page(), []
            page.on("console", lambda m, errors=errors: m.type == "error" and errors.append(m.text))
            page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
            page.goto((offline_site / start).as_uri())
            images = page.eval_on_selector_all("article img", "els => els.map(e => e.complete && e.naturalWidth > 0)")
            assert images and all(images), f"{language}: a figure did not load"
            assert page.locator("article .katex").count() > 0, f"{language}: no rendered math"
            # The language switcher leads to a file that exists.
            for href in page.eval_on_selector_all(".md-select__link", "els => els.map(e => e.href)"):
                assert Path(unquote(urlsplit(href).path)).is_file(), f"{language}: switcher -> {href}"
            page.fill("input.md-search__input", query)
            page.wait_for_selector(".md-search-result__item", timeout=15000)
            hrefs = page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.href)")
            paths = [Path(unquote(urlsplit(h).path)) for h in hrefs]
            assert offline_site / expected in paths, f"{language}: {query!r} found {paths[:5]}"
            assert errors == [], f"{language}: {errors}"
            page.close()
        browser.close()
    assert outside == [], f"requests that left the files: {outside[:5]}"
