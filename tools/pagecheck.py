"""Checks of the page sources that must pass before anything is built or run.

A writer's mistake in a page should stop the build with one line that names the file
(and line) to fix, before a snippet runs and before any step meets it in a less
helpful form:

- every page exists in every language (static-i18n would otherwise serve the default
  language's page under the other language's URL, silently);
- every ``--8<--`` include names a file and section that exist; an output include
  (``chapter/topic.md``, written by the runner) names a snippet that exists.
"""

from pathlib import Path

from tools import includes


def pages(docs: Path, language: str) -> set[str]:
    folder = docs / language
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*.md")} if folder.exists() else set()


def missing_translations(docs: Path, languages: list[str], root: Path) -> list[str]:
    """One line per page that exists in some language but not in another."""
    found = {language: pages(docs, language) for language in languages}
    every = set().union(*found.values()) if found else set()
    problems = []
    docs_rel = docs.relative_to(root).as_posix() if docs.is_relative_to(root) else str(docs)
    for page in sorted(every):
        have = [lang for lang in languages if page in found[lang]]
        for language in languages:
            if page not in found[language]:
                problems.append(
                    f"{docs_rel}/{language}/{page}: missing; it is the translation of {docs_rel}/{have[0]}/{page}"
                    " (every page must exist in every language)"
                )
    return problems


def include_problems(docs: Path, languages: list[str], root: Path, snippets: Path) -> list[str]:
    """One line per include, in any page, that names a missing file or section."""
    problems = []
    for language in languages:
        for rel in sorted(pages(docs, language)):
            path = docs / language / rel
            label = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
            for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
                m = includes.INCLUDE.match(line)
                if not m:
                    continue
                target = m["target"]
                if target.endswith(".md"):
                    source = snippets / f"{target.removesuffix('.md')}.py"
                    if not source.is_file():
                        problems.append(
                            f"{label}:{number}: output include {target!r} has no snippet "
                            f"snippets/{target.removesuffix('.md')}.py"
                        )
                    continue
                try:
                    includes.read_target(target, [snippets])
                except includes.IncludeError as err:
                    problems.append(f"{label}:{number}: {err}")
    return problems


def problems(docs: Path, languages: list[str], root: Path, snippets: Path) -> list[str]:
    return missing_translations(docs, languages, root) + include_problems(docs, languages, root, snippets)
