"""What a snippet is.

A snippet is a Python file under ``snippets/<chapter>/<topic>.py`` that runs on its own.
Files whose name starts with ``_`` are helpers, not snippets. A snippet may carry
directives in comment lines of the form ``# book: cuda timeout=20``:

- ``cuda``        the snippet needs a CUDA device (recorded output is shown without one)
- ``varies``      its output legitimately differs between runs (it prints measured
                  times), so it is exempt from the byte-for-byte reproducibility test
- ``timeout=S``   its time limit in seconds (default: the runner's limit)
- ``max-lines=N``, ``max-bytes=N``  how much it may print (default: ``MAX_LINES``
                  lines and ``MAX_BYTES`` bytes); a snippet that prints more fails,
                  since a page would carry an output block nobody can read

Pages include a snippet's teaching part with ``--8<-- "chapter/topic.py:code"``;
any other named section (such as ``check``) runs in the build but stays off the page.
"""

import re
from dataclasses import dataclass
from pathlib import Path

MAX_LINES = 100
MAX_BYTES = 16_000
DIRECTIVE = re.compile(r"^#\s*book:\s*(?P<words>.*?)\s*$", re.MULTILINE)
SECTION = re.compile(r"^\s*#\s*--8<--\s*\[\s*(?P<kind>start|end)\s*:\s*(?P<name>[a-z][-_0-9a-z]*)\s*\]\s*$")


class SnippetError(ValueError):
    """A snippet file is malformed (bad directive, unbalanced section)."""


@dataclass(frozen=True)
class Snippet:
    path: Path  # absolute path of the file
    rel: str  # path under snippets/, e.g. "tensors/create.py"
    cuda: bool = False
    varies: bool = False
    timeout: float | None = None
    max_lines: int = MAX_LINES
    max_bytes: int = MAX_BYTES

    @property
    def chapter(self) -> str:
        return self.rel.split("/", 1)[0]

    @property
    def stem(self) -> str:
        """``tensors/create`` for ``tensors/create.py``: the name outputs are filed under."""
        return self.rel[: -len(".py")]

    @property
    def label(self) -> str:
        """How messages name the file: ``snippets/tensors/create.py``."""
        return f"snippets/{self.rel}"


def parse(path: Path, snippets_dir: Path) -> Snippet:
    """Read the directives of one snippet file and check its sections."""
    text = path.read_text(encoding="utf-8")
    rel = path.relative_to(snippets_dir).as_posix()
    cuda, varies, timeout = False, False, None
    limits = {"max-lines": MAX_LINES, "max-bytes": MAX_BYTES}
    for match in DIRECTIVE.finditer(text):
        for word in match["words"].split():
            key, _, value = word.partition("=")
            if key == "cuda" and not value:
                cuda = True
            elif key == "varies" and not value:
                varies = True
            elif key == "timeout" and value:
                try:
                    timeout = float(value)
                except ValueError:
                    raise SnippetError(f"snippets/{rel}: timeout must be a number, got {value!r}") from None
            elif key in limits and value:
                if not value.isdigit() or int(value) == 0:
                    raise SnippetError(f"snippets/{rel}: {key} must be a positive whole number, got {value!r}")
                limits[key] = int(value)
            else:
                known = "cuda, varies, timeout=S, max-lines=N, max-bytes=N"
                raise SnippetError(f"snippets/{rel}: unknown directive {word!r} (known: {known})")
    check_sections(text, f"snippets/{rel}")
    return Snippet(
        path=path,
        rel=rel,
        cuda=cuda,
        varies=varies,
        timeout=timeout,
        max_lines=limits["max-lines"],
        max_bytes=limits["max-bytes"],
    )


def check_sections(text: str, label: str) -> list[str]:
    """Return the section names of a file; raise on a section that never closes or closes twice."""
    open_at: dict[str, int] = {}
    names: list[str] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        m = SECTION.match(line)
        if not m:
            continue
        name = m["name"]
        if m["kind"] == "start":
            if name in open_at:
                raise SnippetError(f"{label}:{lineno}: section {name!r} starts again before it ends")
            open_at[name] = lineno
            names.append(name)
        elif name not in open_at:
            raise SnippetError(f"{label}:{lineno}: section {name!r} ends but never started")
        else:
            del open_at[name]
    for name, lineno in open_at.items():
        raise SnippetError(f"{label}:{lineno}: section {name!r} never ends")
    return names


def discover(snippets_dir: Path, select: list[str] | None = None) -> list[Snippet]:
    """All snippets under ``snippets_dir``, sorted; ``select`` keeps those whose path
    (relative to ``snippets_dir``) starts with or equals one of its entries."""
    paths = sorted(p for p in snippets_dir.rglob("*.py") if not p.name.startswith("_"))
    snippets = [parse(p, snippets_dir) for p in paths]
    if select:
        wanted = [s.strip("/").removeprefix("snippets/") for s in select]
        snippets = [
            s
            for s in snippets
            if any(s.rel == w or s.rel.startswith(w.rstrip("/") + "/") or s.stem == w for w in wanted)
        ]
        if not snippets:
            raise SnippetError(f"no snippet matches {', '.join(select)}")
    return snippets
