"""No broken internal link or anchor anywhere in the built site: every ``href`` and
``src`` that stays on the site points to a file that exists, and every ``#anchor`` to
an element with that id."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

pytestmark = pytest.mark.slow


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "name" in attrs:
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            value = attrs.get(key)
            if value and tag in ("a", "link", "script", "img", "source", "iframe"):
                self.links.append(value)


def parse(path: Path) -> LinkParser:
    parser = LinkParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def broken_links(site: Path) -> list[str]:
    pages = {p: parse(p) for p in site.rglob("*.html")}
    problems = []
    for page, parsed in pages.items():
        for link in parsed.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:", "javascript:")):
                continue  # not part of this site
            if parts.path:
                # Absolute paths (the 404 page uses them) start at the site root.
                base = site if parts.path.startswith("/") else page.parent
                target = (base / unquote(parts.path).lstrip("/")).resolve()
                if target.is_dir() or parts.path.endswith("/"):
                    target = target / "index.html"
            else:
                target = page
            where = f"{page.relative_to(site)}: {link}"
            if not target.exists():
                problems.append(f"{where} -> missing {target}")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else parse(target).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(f"{where} -> no element with id {parts.fragment!r}")
    return problems


def test_no_broken_internal_links(published_book):
    site = published_book.site.resolve()
    pages = list(site.rglob("*.html"))
    assert len(pages) > 10
    problems = broken_links(site)
    assert not problems, f"{len(problems)} broken links:\n" + "\n".join(problems[:40])


def test_the_checker_finds_broken_links(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="here">x</h2><a href="#here">ok</a>')
    (tmp_path / "index.html").write_text(
        '<a href="a/">ok</a><a href="a/#here">ok</a><a href="a/#gone">bad anchor</a>'
        '<img src="missing.svg"><a href="https://example.org/">external</a>'
    )
    problems = broken_links(tmp_path.resolve())
    assert len(problems) == 2
    assert any("gone" in p for p in problems) and any("missing.svg" in p for p in problems)
    assert not any(re.search("example", p) for p in problems)
