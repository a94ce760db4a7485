"""The freshness line and edit button of a page (``hooks/page_info.py``)."""

import datetime
import html
import re
import subprocess
from functools import cache
from pathlib import Path

from tools import includes
from tools.layout import Layout
from tools.words import words

STAMP_TORCH = re.compile(r'class="snippet-stamp">.*?torch ([0-9][^ ·<]*)')
MONTHS = "January February March April May June July August September October November December".split()
# The theme's pencil icon (Material Design Icons "pencil"), as its own edit button uses.
PENCIL = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true">'
    '<path d="M20.71 7.04c.39-.39.39-1.04'
    ' 0-1.41l-2.34-2.34c-.37-.39-1.02-.39-1.41 0l-1.84 1.83 3.75 3.75M3 17.25V21h3.75L17.81 9.93l-3.75-3.75z"/></svg>'
)


def localised(day: datetime.date, language: str) -> str:
    if language == "zh":
        return f"{day.year} 年 {day.month} 月 {day.day} 日"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@cache
def _git_date(root: Path, paths: tuple[str, ...]) -> datetime.date | None:
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%cs", "--", *paths],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    text = out.stdout.strip()
    return datetime.date.fromisoformat(text) if out.returncode == 0 and text else None


def sources(page: Path, layout: Layout) -> list[str]:
    """The page and the snippet files it includes, relative to the root."""
    text = page.read_text(encoding="utf-8")
    found = [layout.rel(page)]
    if page.name == "glossary.md":  # its table comes from the glossary's data
        found.append(layout.rel(page.parents[1] / "glossary.yml"))
    for target in includes.targets(text):
        path, _section = includes.split_target(target)
        if path.endswith(".py"):
            found.append(f"snippets/{path}")
    return sorted(set(found))


def torch_versions(page: Path, layout: Layout) -> list[str]:
    """The torch versions in the stamps of the outputs a page includes."""
    versions = set()
    for target in includes.targets(page.read_text(encoding="utf-8")):
        fragment = layout.out / target
        if target.endswith(".md") and fragment.exists():
            versions.update(STAMP_TORCH.findall(fragment.read_text(encoding="utf-8")))
    return sorted(versions)


def describe(page: Path, layout: Layout, language: str) -> str:
    """The freshness line of a page, as HTML (empty when there is nothing to say)."""
    table = words(language)
    parts = []
    day = _git_date(layout.root, tuple(sources(page, layout)))
    if day:
        parts.append(f'{table["changed"]} <time datetime="{day.isoformat()}">{localised(day, language)}</time>')
    versions = torch_versions(page, layout)
    if versions:
        parts.append(f"{table['outputs']} torch {html.escape(', '.join(versions))}")
    if not parts:
        return ""
    separator = "；" if language == "zh" else " · "
    return f'\n<p class="page-info">{separator.join(parts)}</p>\n'


def edit_button(url: str, language: str) -> str:
    title = words(language)["edit"]
    return (
        f'<a href="{html.escape(url)}" title="{title}" aria-label="{title}" class="md-content__button md-icon">'
        f"{PENCIL}</a>\n"
    )
