"""Read the ``--8<--`` includes of a page the way pymdownx.snippets expands them.

The tests use this to run a page's code blocks as the reader sees them, to compare the
two languages of a page, and to point a failure at ``snippets/<file>.py:<line>``.
Only the block-level form ``--8<-- "path"`` / ``--8<-- "path:section"`` alone on a
line is used by the book, so only that form is understood here.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from tools.snippet import SECTION

INCLUDE = re.compile(r'^(?P<indent>[ \t]*)-{1,}8<-{1,}[ \t]+"(?P<target>[^"]+)"[ \t]*$')


class IncludeError(FileNotFoundError):
    """An include names a file or section that does not exist."""


@dataclass(frozen=True)
class Line:
    text: str
    file: Path | None  # where the line comes from (None: the page itself)
    lineno: int


def split_target(target: str) -> tuple[str, str | None]:
    """``"a/b.py:code"`` -> ``("a/b.py", "code")``; ``"a/b.md"`` -> ``("a/b.md", None)``."""
    path, sep, section = target.rpartition(":")
    if sep and re.fullmatch(r"[a-z][-_0-9a-z]*", section):
        return path, section
    return target, None


def resolve(path: str, bases: list[Path]) -> Path | None:
    for base in bases:
        candidate = base / path
        if candidate.is_file():
            return candidate
    return None


def _shown(path: Path, bases: list[Path]) -> str:
    """``snippets/tensors/clamp.py`` rather than an absolute path, where possible."""
    for base in bases:
        try:
            return f"{base.name}/{path.relative_to(base).as_posix()}"
        except ValueError:
            continue
    return str(path)


def read_target(target: str, bases: list[Path]) -> list[Line]:
    """The lines an include brings in, each with the file and line it comes from."""
    path, section = split_target(target)
    file = resolve(path, bases)
    if file is None:
        raise IncludeError(f"included file {path!r} not found (looked in {', '.join(b.name + '/' for b in bases)})")
    lines = file.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out: list[Line] = []
    inside = section is None
    found = section is None
    for number, text in enumerate(lines, 1):
        m = SECTION.match(text)
        if m:
            if section is not None and m["name"] == section:
                inside = m["kind"] == "start"
                found = True
                if not inside:
                    break
            continue  # section markers never reach the page
        if inside:
            out.append(Line(text, file, number))
    if not found:
        names = [m["name"] for m in map(SECTION.match, lines) if m and m["kind"] == "start"]
        there = f"sections there: {', '.join(names)}" if names else "it has no sections"
        raise IncludeError(f"section {section!r} not found in {_shown(file, bases)} ({there})")
    return out


def expand(
    text: str, bases: list[Path], page: Path | None = None, *, where: str | None = None, first_line: int = 1
) -> list[Line]:
    """Expand every block include in ``text`` (one level, as the book uses them).

    An include that cannot be read raises IncludeError; with ``where`` (how messages
    name the page ``text`` comes from, ``text`` starting at its line ``first_line``)
    the message starts with ``where:LINE:``.
    """
    out: list[Line] = []
    for number, line in enumerate(text.split("\n"), first_line):
        m = INCLUDE.match(line)
        if m:
            indent = m["indent"]
            try:
                included = read_target(m["target"], bases)
            except IncludeError as err:
                raise IncludeError(f"{where}:{number}: {err}" if where else str(err)) from None
            out.extend(Line(indent + inc.text if inc.text else "", inc.file, inc.lineno) for inc in included)
        else:
            out.append(Line(line, page, number))
    return out


def targets(text: str) -> list[str]:
    """Every include target of a page, in order."""
    return [m["target"] for line in text.split("\n") if (m := INCLUDE.match(line))]


CONTAINER = re.compile(r'^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?|===)[ \t]+(?P<kind>[\w-]*)(?:[ \t]*"(?P<title>[^"]*)")?')


def flatten_containers(text: str, header=lambda match: "") -> str:
    """Unwrap admonitions (``!!!``), details (``???``) and tabs (``===``) so that a plain
    CommonMark parser sees the code fences inside them as fences, not indented code.

    Each container's header line is replaced by ``header(match)`` (blank by default;
    the match has the groups ``kind`` and ``title``) and its body loses one level (four
    spaces) of indentation; the number of lines never changes, so line numbers still
    point into the page.
    """
    out = []
    stack: list[int] = []  # raw indents of the open containers
    for line in text.split("\n"):
        if not line.strip():
            out.append("")
            continue
        indent = len(line) - len(line.lstrip(" "))
        while stack and indent < stack[-1] + 4:
            stack.pop()
        depth = len(stack)
        match = CONTAINER.match(line)
        if match:
            replacement = header(match)
            out.append(" " * max(0, indent - 4 * depth) + replacement if replacement else "")
            stack.append(indent)
            continue
        out.append(line[min(4 * depth, indent) :])
    return "\n".join(out)
