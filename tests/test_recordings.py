"""CUDA sections: run live with CUDA; without it, show what a GPU recorded (stamped),
or a notice; never fail the build for lack of a GPU; flag stale recordings.

The mechanism is exercised here on any machine, with a recording made by the test in
a temporary tree (the snippet is CPU-safe, so the "GPU run" can be simulated)."""

import datetime
import json
import textwrap
from pathlib import Path

import pytest

from tools import includes, recordings, render
from tools.layout import ROOT, Layout
from tools.runner import Runner
from tools.snippet import discover

GPU_ENV = {"torch": "2.13.0+cu130", "gpu": "NVIDIA Test GPU", "cuda_version": "13.0", "machine": "x86_64"}


def test_committed_recordings_are_current():
    problems = recordings.problems(Layout())
    assert not problems, "\n".join(problems)


CUDA_SNIPPETS = [s for s in discover(ROOT / "snippets") if s.cuda]


@pytest.mark.slow
@pytest.mark.parametrize("snippet", CUDA_SNIPPETS, ids=[s.rel for s in CUDA_SNIPPETS])
def test_each_cuda_section_shows_its_recording_or_the_notice(built_book, snippet):
    # Never vacuous: every CUDA snippet is checked, whether or not a recording exists.
    assert built_book.returncode == 0, built_book.log[-3000:]
    fragment = (built_book.layout.out / f"{snippet.stem}.md").read_text(encoding="utf-8")
    recording = recordings.load(Layout(), snippet)
    if recording is None:
        assert render.placeholder("no-recording") in fragment
    else:
        assert not recordings.is_stale(snippet, recording), f"{snippet.label}: stale recording"
        assert render.placeholder("recorded-on") in fragment and recording["env"]["gpu"] in fragment
        first = next((line for line in recording["stdout"].splitlines() if line.strip()), "")
        assert first in fragment


def test_cuda_snippets_are_marked_and_exist():
    cuda = [s for s in discover(ROOT / "snippets") if s.cuda]
    assert cuda, "the book has no CUDA snippets"
    for s in cuda:
        assert "torch" in s.path.read_text(encoding="utf-8")


@pytest.fixture
def gpu_tree(tmp_path) -> Layout:
    snippet = tmp_path / "snippets" / "gpu" / "matmul.py"
    snippet.parent.mkdir(parents=True)
    snippet.write_text(
        textwrap.dedent(
            """\
            # book: cuda
            import matplotlib.pyplot as plt

            print("result on the GPU")
            plt.plot([1, 2, 3])
            plt.title("GPU timing")
            plt.show()
            """
        ),
        encoding="utf-8",
    )
    return Layout(tmp_path)


def run(layout: Layout, **kwargs):
    report = Runner(layout, log=lambda line: None).run(**kwargs)
    return report, (layout.out / "gpu" / "matmul.md").read_text(encoding="utf-8") if not kwargs.get("check") else ""


def no_cuda(monkeypatch):
    import tools.runner

    monkeypatch.setattr(tools.runner, "cuda_possible", lambda: False)


def test_without_a_recording_the_page_gets_a_notice(gpu_tree, monkeypatch):
    no_cuda(monkeypatch)
    report, fragment = run(gpu_tree)
    assert not report.failures
    assert report.outcomes[0].status == "no-recording"
    assert render.placeholder("no-recording") in fragment
    zh, en = render.translate(fragment, "zh"), render.translate(fragment, "en")
    for text in (zh, en):
        assert "NVIDIA GPU" in text and "CUDA" in text
    assert "需要" in zh and "needs" in en


def test_a_recording_is_shown_with_its_stamp(gpu_tree, monkeypatch):
    no_cuda(monkeypatch)
    (s,) = discover(gpu_tree.snippets)
    # What a GPU run would have produced, recorded as `--record` does.
    result = {"stdout": "result on the GPU\n", "figures": [{"svg": "<svg>recorded</svg>", "alt": "GPU timing"}]}
    path = recordings.save(gpu_tree, s, result, GPU_ENV, today=datetime.date(2026, 11, 23))
    saved = json.loads(path.read_text())
    assert saved["env"] == {**GPU_ENV, "date": "2026-11-23"}
    assert (path.parent / "matmul-1.svg").read_text() == "<svg>recorded</svg>"

    report, fragment = run(gpu_tree)
    assert report.outcomes[0].status == "recorded" and not report.failures
    assert "result on the GPU" in fragment
    assert "NVIDIA Test GPU" in fragment and "CUDA 13.0" in fragment and "2026-11-23" in fragment
    assert render.placeholder("recorded-on") in fragment
    assert render.placeholder("stale-recording") not in fragment
    assert (gpu_tree.figures / "gpu" / "matmul-1.svg").read_text() == "<svg>recorded</svg>"
    assert recordings.problems(gpu_tree) == []

    # The snippet changes after it was recorded: the page warns, the check fails.
    s.path.write_text(s.path.read_text() + "print('more')\n")
    report, fragment = run(gpu_tree)
    assert render.placeholder("stale-recording") in fragment
    (problem,) = recordings.problems(gpu_tree)
    assert "recorded/gpu/matmul.json: stale" in problem


def test_orphaned_and_unmarked_recordings_are_reported(gpu_tree):
    (s,) = discover(gpu_tree.snippets)
    recordings.save(gpu_tree, s, {"stdout": "", "figures": []}, GPU_ENV)
    s.path.write_text(s.path.read_text().replace("# book: cuda\n", ""))
    assert "not marked" in recordings.problems(gpu_tree)[0]
    s.path.unlink()
    assert "no snippet" in recordings.problems(gpu_tree)[0]


def test_recording_needs_a_gpu(gpu_tree, monkeypatch):
    no_cuda(monkeypatch)
    report = Runner(gpu_tree, log=lambda line: None).run(record=True)
    (failure,) = report.failures
    assert "cannot record" in failure.error["summary"]
    assert not gpu_tree.recorded.exists()


def test_code_blocks_of_cuda_snippets_need_the_cuda_fixture():
    # The fences plugin gives every code block that shows a CUDA snippet the `cuda`
    # fixture, which skips it without CUDA and runs it with CUDA.
    from tests import fences

    cuda = next(s for s in discover(ROOT / "snippets") if s.cuda)
    page = f'# T\n\n```python\n--8<-- "{cuda.rel}:code"\n```\n\n```python\nprint(1)\n```\n'
    tokens = fences.pytest_markdown_docs_markdown_it().parse(page)
    infos = [t.info for t in tokens if t.type == "fence"]
    assert infos == ["python fixture:cuda", "python"]
    body = includes.expand(f'--8<-- "{cuda.rel}:code"', [ROOT / "snippets"])
    assert body and all(line.file == Path(cuda.path) for line in body)
