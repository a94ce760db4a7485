"""Each page says when it last changed (from git, in the reader's language) and which
torch its outputs came from, has an edit button for its own language's Markdown, and
its notebook buttons point at files that the published layout really has."""

import os
import re
import subprocess

import pytest

from tests import fixture
from tools import published


def git(root, *args, date=None):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    if date:
        env |= {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    book = fixture.lay_out(tmp_path_factory.mktemp("dated") / "book")
    git(book, "init", "-q")
    git(book, "add", "-A")
    git(book, "commit", "-q", "-m", "first", date="2026-03-04T12:00:00+00:00")
    result = fixture.build(book)
    assert result.returncode == 0, result.stdout[-3000:]
    return book


def page(book, language, name="ch"):
    prefix = "" if language == "zh" else "en/"
    return (book / "site" / prefix / name / "index.html").read_text(encoding="utf-8")


def test_pages_show_their_date_and_torch_version(built):
    zh, en = page(built, "zh"), page(built, "en")
    assert '本页最后修改于 <time datetime="2026-03-04">2026 年 3 月 4 日</time>' in zh
    assert 'Last changed <time datetime="2026-03-04">4 March 2026</time>' in en
    version = re.search(r'class="snippet-stamp">.*?torch ([0-9][^ ·<]*)', en)[1]
    assert f"outputs from torch {version}</p>" in en and f"输出来自 torch {version}</p>" in zh


def test_a_snippet_change_dates_the_pages_that_include_it(built, tmp_path):
    book = tmp_path / "book"
    subprocess.run(["cp", "-a", str(built), str(book)], check=True)
    hello = book / "snippets" / "ch" / "hello.py"
    hello.write_text(hello.read_text(encoding="utf-8").replace("A parabola", "The parabola"), encoding="utf-8")
    git(book, "commit", "-q", "-am", "edit", date="2026-05-06T12:00:00+00:00")
    result = fixture.build(book)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "6 May 2026" in page(book, "en")
    assert "4 March 2026" in page(book, "en", "")  # the home page includes no snippet: unchanged


def test_edit_buttons_open_the_page_in_its_own_language(built):
    for language in ("zh", "en"):
        html = page(built, language)
        link = re.search(
            r'<a href="([^"]+)" title="[^"]+" aria-label="[^"]+" class="md-content__button md-icon">', html
        )
        assert link and link[1].endswith(f"/edit/main/docs/{language}/ch.md"), link


def test_notebook_buttons_point_at_the_published_layout(built, tmp_path):
    collected = tmp_path / "branch"
    written = published.collect(built / "site", collected, {"zh": "", "en": "en/"})
    assert sorted(p.relative_to(collected).as_posix() for p in written) == ["en/ch.ipynb", "zh/ch.ipynb"]
    for language, prefix in (("zh", ""), ("en", "en/")):
        html = page(built, language)
        colab = re.search(r'href="(https://colab\.research\.google\.com/github/[^"]+)"', html)[1]
        branch_path = colab.split(f"/blob/{published.NOTEBOOK_BRANCH}/", 1)[1]
        assert (collected / branch_path).exists(), f"{colab} names no published notebook"
        download = re.search(r'href="\.\./([^"]+\.ipynb)" download', html)[1]
        assert (built / "site" / prefix / download).exists()


def test_the_workflow_publishes_with_the_same_layout():
    workflow = (fixture.ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert "python -m tools.published collect site notebooks" in workflow
