"""Where the published book puts things, in one place: the site's notebook pages, the
branch that "Open in Colab" reads, and the links to a page's source for editing.

The GitHub Pages workflow collects the notebooks with this module
(``python -m tools.published collect SITE_DIR OUT_DIR``), so the layout the buttons
point at and the layout that is pushed cannot drift apart.
"""

import shutil
import sys
from pathlib import Path

NOTEBOOK_BRANCH = "notebooks"
SOURCE_BRANCH = "main"
GITHUB = "https://github.com/"


def site_notebook(prefix: str, chapter: str) -> str:
    """The notebook file in the built site, e.g. ``en/notebooks/rnn/rnn.ipynb``."""
    return f"{prefix}notebooks/{chapter}/{chapter}.ipynb"


def branch_notebook(language: str, chapter: str) -> str:
    """The notebook's path on the notebooks branch, e.g. ``en/rnn.ipynb``."""
    return f"{language}/{chapter}.ipynb"


def _slug(repository: str | None) -> str | None:
    if not repository or not repository.startswith(GITHUB):
        return None
    return repository.removeprefix(GITHUB).strip("/")


def colab_url(repository: str | None, language: str, chapter: str) -> str | None:
    """Colab's address for a chapter's notebook, or None when the repository is not on GitHub."""
    slug = _slug(repository)
    if slug is None:
        return None
    return (
        f"https://colab.research.google.com/github/{slug}/blob/{NOTEBOOK_BRANCH}/{branch_notebook(language, chapter)}"
    )


def edit_url(repository: str | None, source: str) -> str | None:
    """GitHub's editor for a file of the repository (``source`` relative to its root)."""
    slug = _slug(repository)
    return f"{GITHUB}{slug}/edit/{SOURCE_BRANCH}/{source}" if slug else None


def collect(site: Path, out: Path, languages: dict[str, str]) -> list[Path]:
    """Copy every notebook of the built ``site`` to ``out`` in the branch's layout;
    ``languages`` maps each language to its URL prefix ("" or "en/")."""
    written = []
    for language, prefix in languages.items():
        for notebook in sorted((site / f"{prefix}notebooks").glob("*/*.ipynb")):
            chapter = notebook.parent.name
            if notebook.name != f"{chapter}.ipynb" or site / site_notebook(prefix, chapter) != notebook:
                continue
            target = out / branch_notebook(language, chapter)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(notebook, target)
            written.append(target)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] != "collect":
        print("usage: python -m tools.published collect SITE_DIR OUT_DIR", file=sys.stderr)
        return 2
    site, out = Path(argv[1]), Path(argv[2])
    written = collect(site, out, {"zh": "", "en": "en/"})
    if not written:
        print(f"no notebooks found under {site}", file=sys.stderr)
        return 1
    print(f"{len(written)} notebooks collected in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
