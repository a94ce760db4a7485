"""Every snippet runs clean in the build, and a second cold run gives byte-identical
outputs and figures (seeded randomness, deterministic SVG)."""

import pytest

from tools.layout import Layout
from tools.runner import Runner
from tools.snippet import discover

pytestmark = pytest.mark.slow


def test_every_snippet_ran_clean_in_the_build(built_book):
    assert built_book.returncode == 0, built_book.log[-6000:]
    layout = built_book.layout
    snippets = discover(layout.snippets)
    assert snippets, "no snippets found"
    missing = [s.label for s in snippets if not (layout.out / f"{s.stem}.md").exists()]
    assert not missing, f"no output for: {missing}"
    assert " 0 failed" in built_book.log


def test_a_second_cold_run_gives_identical_bytes(built_book, tmp_path):
    assert built_book.returncode == 0, built_book.log[-3000:]
    first = built_book.layout
    second = Layout(first.root, cache_dir=tmp_path / "cache")
    report = Runner(second, log=lambda line: None).run(force=True)
    assert not report.failures, report.failure_text()

    def files(layout: Layout) -> dict[str, bytes]:
        found = {}
        for base in (layout.out, layout.figures):
            for path in sorted(base.rglob("*")):
                if path.is_file():
                    found[f"{base.name}/{path.relative_to(base).as_posix()}"] = path.read_bytes()
        return found

    a, b = files(first), files(second)
    assert sorted(a) == sorted(b)
    # Snippets marked `# book: varies` print measured times; everything else must match.
    varies = {s.stem for s in discover(first.snippets) if s.varies}

    def snippet_of(name: str) -> str:  # "out/ch/x.md" -> "ch/x"; "figures/ch/x-2.svg" -> "ch/x"
        kind, rel = name.split("/", 1)
        return rel.rsplit("-", 1)[0] if kind == "figures" else rel.rsplit(".", 1)[0]

    different = [name for name in a if a[name] != b[name] and snippet_of(name) not in varies]
    assert not different, f"outputs differ between two cold runs: {different}"
