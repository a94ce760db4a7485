"""What readers see of a snippet is short, plain and English: the `code` section of
every snippet has lines of at most 80 characters (wider lines scroll sideways on the
page), no tabs, no trailing spaces and no CJK text (figures cannot draw it, and code
is shared by both languages)."""

import re

import pytest

from tools.includes import read_target
from tools.layout import ROOT
from tools.snippet import discover

WIDTH = 80
# Legacy or deprecated spellings a reader should not copy, and what to write instead;
# allowed only where a comment on the line or one of the two above says it is shown as a bug.
SHOWN_AS_BUG = re.compile(r"#.*\b(bug|wrong|legacy|deprecated|avoid)\b", re.IGNORECASE)
LEGACY = [
    (
        re.compile(r"(?<![\w.])torch\.norm\(|[)\]]\.norm\(|\b(?!np\b|linalg\b)\w+\.norm\("),
        "torch.linalg.vector_norm / matrix_norm",
    ),
    (re.compile(r"\bVariable\("), "a tensor with requires_grad=True"),
    (
        re.compile(r"\b(weight|bias|grad|param|p|w|b)\.data\b|\.data\s*[-+*/]?=(?!=)|\.data\.\w+_\("),
        "torch.no_grad() and in-place ops on the tensor itself",
    ),
    (re.compile(r"\btorch\.(svd|symeig|eig|lstsq|solve|qr|cholesky|matrix_rank)\("), "the torch.linalg function"),
    (re.compile(r"\btorch\.cuda\.amp\b"), 'torch.amp (e.g. torch.amp.autocast("cuda"))'),
    (re.compile(r"\btorch\.(Float|Long|Int|Double|Byte|Bool)Tensor\("), "torch.tensor(..., dtype=...)"),
]
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
SNIPPETS = discover(ROOT / "snippets")


def shown_lines(snippet):
    """The lines of the `code` section (or of the whole file if it has none)."""
    text = snippet.path.read_text(encoding="utf-8")
    target = f"{snippet.rel}:code" if "[start:code]" in text else snippet.rel
    return read_target(target, [ROOT / "snippets"])


def problems(lines) -> list[str]:
    found = []
    previous = ["", ""]
    for line in lines:
        where = f"snippets/{line.file.parent.name}/{line.file.name}:{line.lineno}"
        if len(line.text) > WIDTH:
            found.append(f"{where}: {len(line.text)} characters (at most {WIDTH})")
        if "\t" in line.text or line.text != line.text.rstrip():
            found.append(f"{where}: tab or trailing space")
        if CJK.search(line.text):
            found.append(f"{where}: CJK text; code and comments are in English")
        code = line.text.split("#", 1)[0]
        on_purpose = any(SHOWN_AS_BUG.search(text) for text in (line.text, *previous))
        for pattern, instead in LEGACY:
            if pattern.search(code) and not on_purpose:
                found.append(f"{where}: {pattern.search(code)[0]!r} is legacy; use {instead}")
        previous = [previous[1], line.text]
    return found


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.rel for s in SNIPPETS])
def test_shown_code_is_short_and_plain(snippet):
    found = problems(shown_lines(snippet))
    assert not found, "\n".join(found)


def test_the_style_check_can_fail(tmp_path):
    bad = tmp_path / "snippets" / "x" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text(
        "# --8<-- [start:code]\nx = 1  # "
        + "long " * 20
        + "end\ny = '张量'\nn = g.norm()  # torch.norm( in a comment\n"
        "w.data -= 1\nz = torch.linalg.vector_norm(x)\n# the bug: outside autograd\nv = w.data\n# --8<-- [end:code]\n"
    )
    lines = read_target("x/bad.py:code", [tmp_path / "snippets"])
    found = problems(lines)
    assert len(found) == 4 and "characters" in found[0] and "CJK" in found[1], found
    assert "'g.norm(' is legacy" in found[2] and "'w.data' is legacy" in found[3]
