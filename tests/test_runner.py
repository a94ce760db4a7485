"""The runner's contract, on a throwaway tree of small snippets: failures name file and
line (all of them), a hanging snippet is stopped, deprecations fail, the cache reruns
only what changed, and what a snippet prints or draws lands in its fragment."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tools.layout import ROOT, Layout
from tools.runner import DEFAULT_THREADS, Runner
from tools.snippet import SnippetError


def write(root: Path, rel: str, code: str) -> Path:
    path = root / "snippets" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(code).lstrip(), encoding="utf-8")
    return path


def make_runner(root: Path, **kwargs) -> tuple[Runner, list[str]]:
    lines: list[str] = []
    return Runner(Layout(root), log=lines.append, **kwargs), lines


def by_name(report):
    return {o.snippet.rel: o for o in report.outcomes}


def test_every_failure_is_listed_with_file_and_line(tmp_path):
    write(tmp_path, "ch/ok.py", "print('fine')\n")
    write(
        tmp_path,
        "ch/shape.py",
        """
        import torch

        def project(x):
            return x @ torch.ones(5)

        project(torch.ones(3, 4))
        """,
    )
    write(tmp_path, "ch/syntax.py", "x = (1,\ny = 2\n")
    runner, _ = make_runner(tmp_path)
    report = runner.run()
    failed = {o.snippet.rel: o.error for o in report.failures}
    assert set(failed) == {"ch/shape.py", "ch/syntax.py"}
    assert failed["ch/shape.py"]["where"] == "snippets/ch/shape.py:4"
    assert "RuntimeError" in failed["ch/shape.py"]["summary"]
    assert failed["ch/syntax.py"]["where"].startswith("snippets/ch/syntax.py:")
    text = report.failure_text()
    assert "snippets/ch/shape.py:4" in text and "snippets/ch/syntax.py:" in text
    assert 'File "snippets/ch/shape.py", line 6, in <module>' in text  # the trimmed traceback
    assert "tools/execute.py" not in text  # the runner's own frames are trimmed away
    assert by_name(report)["ch/ok.py"].status == "ran"


def test_hanging_snippet_is_stopped_and_the_rest_still_run(tmp_path):
    write(tmp_path, "ch/a_hang.py", "import time\nwhile True:\n    time.sleep(0.05)\n")
    write(tmp_path, "ch/b_after.py", "print('still runs')\n")
    runner, _ = make_runner(tmp_path, timeout=1.5)
    report = runner.run()
    hang = by_name(report)["ch/a_hang.py"]
    assert hang.status == "failed"
    assert "time limit of 1.5 s" in hang.error["summary"]
    assert hang.error["where"].startswith("snippets/ch/a_hang.py:")
    assert by_name(report)["ch/b_after.py"].status == "ran"


def test_snippet_stuck_outside_python_is_killed(tmp_path):
    # A blocking call that ignores the alarm: the runner's watchdog kills the worker.
    write(
        tmp_path,
        "ch/a_stuck.py",
        "import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\nimport time\ntime.sleep(60)\n",
    )
    write(tmp_path, "ch/b_after.py", "print('after')\n")
    runner, _ = make_runner(tmp_path, timeout=0.5)
    import tools.runner as runner_module

    original = runner_module.GRACE
    runner_module.GRACE = 1.0
    try:
        report = runner.run()
    finally:
        runner_module.GRACE = original
    stuck = by_name(report)["ch/a_stuck.py"]
    assert stuck.status == "failed" and "no answer after" in stuck.error["summary"]
    assert by_name(report)["ch/b_after.py"].status == "ran"


@pytest.mark.parametrize(
    "code",
    [
        "import warnings\nwarnings.warn('old API', DeprecationWarning)\n",
        "import warnings\nwarnings.warn('will change', FutureWarning)\n",
        "import warnings\nwarnings.warn('x is deprecated, use y', UserWarning)\n",
    ],
)
def test_deprecation_warnings_fail_the_snippet(tmp_path, code):
    write(tmp_path, "ch/old.py", code)
    runner, _ = make_runner(tmp_path)
    report = runner.run()
    (failure,) = report.failures
    assert failure.error["where"] == "snippets/ch/old.py:2"


def test_a_real_torch_deprecation_fails(tmp_path):
    # torch.cuda.amp.autocast(...) is deprecated in favour of torch.amp.autocast("cuda").
    write(tmp_path, "ch/amp.py", "import torch\nwith torch.cuda.amp.autocast(enabled=False):\n    pass\n")
    runner, _ = make_runner(tmp_path)
    (failure,) = runner.run().failures
    assert failure.error["where"] == "snippets/ch/amp.py:2"
    assert "Warning" in failure.error["summary"]


def test_other_warnings_are_reported_not_fatal(tmp_path):
    write(tmp_path, "ch/warn.py", "import warnings\nwarnings.warn('just so you know')\nprint('done')\n")
    runner, log = make_runner(tmp_path)
    (outcome,) = runner.run().outcomes
    assert outcome.status == "ran"
    assert any("just so you know" in line for line in log)


def test_cache_reruns_only_what_changed(tmp_path):
    write(tmp_path, "ch/data.txt", "1 2 3\n")
    write(tmp_path, "ch/a.py", "print('a')\n")
    write(tmp_path, "ch/b.py", "print('b')\n")
    write(
        tmp_path,
        "ch/c.py",
        "from pathlib import Path\nprint(Path(__file__).with_name('data.txt').read_text().split())\n",
    )
    runner, _ = make_runner(tmp_path)
    first = by_name(runner.run())
    assert {o.status for o in first.values()} == {"ran"}
    assert {o.status for o in by_name(runner.run()).values()} == {"cached"}

    write(tmp_path, "ch/b.py", "print('b, edited')\n")
    second = by_name(runner.run())
    assert [rel for rel, o in second.items() if o.status == "ran"] == ["ch/b.py"]
    assert (tmp_path / ".cache/book/out/ch/b.txt").read_text() == "b, edited\n"

    write(tmp_path, "ch/data.txt", "4 5 6\n")  # a data file the snippet opened
    third = by_name(runner.run())
    assert [rel for rel, o in third.items() if o.status == "ran"] == ["ch/c.py"]
    assert "'4', '5', '6'" in (tmp_path / ".cache/book/out/ch/c.txt").read_text()

    forced = by_name(runner.run(["ch/a.py"], force=True))
    assert list(forced) == ["ch/a.py"] and forced["ch/a.py"].status == "ran"


def test_helper_modules_are_dependencies(tmp_path):
    write(tmp_path, "ch/_helpers.py", "GREETING = 'hello'\n")
    write(tmp_path, "ch/use.py", "from _helpers import GREETING\nprint(GREETING)\n")
    runner, _ = make_runner(tmp_path)
    runner.run()
    state = json.loads((tmp_path / ".cache/book/state/ch/use.json").read_text())
    assert state["deps"] == ["ch/_helpers.py"]
    write(tmp_path, "ch/_helpers.py", "GREETING = 'bonjour'\n")
    (outcome,) = runner.run().outcomes
    assert outcome.status == "ran"
    assert (tmp_path / ".cache/book/out/ch/use.txt").read_text() == "bonjour\n"


def test_outputs_figures_and_sections(tmp_path):
    write(
        tmp_path,
        "ch/plot.py",
        """
        # --8<-- [start:code]
        import matplotlib.pyplot as plt
        import torch

        x = torch.linspace(0, 1, 5)
        print(x)
        plt.plot(x, x**2)
        plt.title("a parabola")
        plt.show()
        # --8<-- [end:code]

        # --8<-- [start:check]
        assert x[-1] == 1
        # --8<-- [end:check]
        """,
    )
    runner, _ = make_runner(tmp_path)
    assert runner.run().outcomes[0].status == "ran"
    cache = tmp_path / ".cache/book"
    svg = (cache / "figures/ch/plot-1.svg").read_text()
    assert svg.startswith("<?xml") and "<dc:date>" not in svg  # no timestamp: same bytes every run
    fragment = (cache / "out/ch/plot.md").read_text()
    assert "tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])" in fragment
    assert "![a parabola](/assets/figures/ch/plot-1.svg)" in fragment
    assert "torch " in fragment and "snippets/ch/plot.py" in fragment  # the stamp


def test_each_snippet_starts_fresh(tmp_path):
    # State left behind by one snippet must not leak into the next.
    write(
        tmp_path,
        "ch/a_dirty.py",
        """
        import os, torch, matplotlib.pyplot as plt
        torch.set_default_dtype(torch.float64)
        torch.set_printoptions(precision=1)
        torch.set_num_threads(3)
        torch.manual_seed(123)
        plt.figure()
        LEAK = 1
        open("scratch.txt", "w").write("x")
        """,
    )
    write(
        tmp_path,
        "ch/b_clean.py",
        """
        import os, torch
        print(torch.get_default_dtype(), torch.tensor([1 / 3]), torch.rand(1).item(), torch.get_num_threads())
        print("LEAK" in globals(), os.path.exists("scratch.txt"), __name__)
        """,
    )
    runner, _ = make_runner(tmp_path, workers=1)  # both in the same worker, one after the other
    report = runner.run()
    assert not report.failures
    out = (tmp_path / ".cache/book/out/ch/b_clean.txt").read_text().splitlines()
    import torch

    torch.manual_seed(0)
    expected = torch.rand(1).item()
    assert out[0] == f"torch.float32 tensor([0.3333]) {expected} {DEFAULT_THREADS}"
    assert out[1] == "False False __main__"
    assert not (tmp_path / ".cache/book/figures/ch").exists() or not list(
        (tmp_path / ".cache/book/figures/ch").glob("b_clean-*.svg")
    )
    assert (tmp_path / ".cache/book/figures/ch/a_dirty-1.svg").exists()


def test_workers_share_the_snippets_and_timings_run_alone(tmp_path):
    log = tmp_path / "log.txt"
    for name in ("a", "b", "c", "d", "e_timing"):
        code = f"""
            import os, time
            start = time.time()
            time.sleep(0.3)
            with open({str(log)!r}, "a") as f:
                f.write(f"{name} {{os.getpid()}} {{start}} {{time.time()}}\\n")
            """
        directive = "# book: varies\n" if name == "e_timing" else ""
        write(tmp_path, f"ch/{name}.py", directive + textwrap.dedent(code).lstrip())
    runner, _ = make_runner(tmp_path, workers=2)
    report = runner.run()
    assert [o.status for o in report.outcomes] == ["ran"] * 5
    assert [o.snippet.rel for o in report.outcomes] == [f"ch/{n}.py" for n in ("a", "b", "c", "d", "e_timing")]
    rows = {
        name: (pid, float(start), float(end)) for name, pid, start, end in map(str.split, log.read_text().splitlines())
    }
    assert len({rows[n][0] for n in "abcd"}) == 2  # two worker processes shared the plain snippets
    _, timing_start, timing_end = rows.pop("e_timing")
    assert all(end <= timing_start or start >= timing_end for _, start, end in rows.values())


def test_check_mode_writes_nothing(tmp_path):
    write(tmp_path, "ch/a.py", "print('a')\n")
    runner, _ = make_runner(tmp_path)
    report = runner.run(check=True)
    assert report.outcomes[0].status == "ran"
    assert not (tmp_path / ".cache").exists()


def test_bad_directive_and_section_are_errors(tmp_path):
    write(tmp_path, "ch/a.py", "# book: gpu\nprint(1)\n")
    with pytest.raises(SnippetError, match="unknown directive 'gpu'"):
        make_runner(tmp_path)[0].run()
    write(tmp_path, "ch/a.py", "# --8<-- [start:code]\nprint(1)\n")
    with pytest.raises(SnippetError, match=r"snippets/ch/a.py:1: section 'code' never ends"):
        make_runner(tmp_path)[0].run()


def test_command_line_exit_status(tmp_path):
    script = ROOT / "scripts" / "build_figures.py"
    ok = subprocess.run([sys.executable, str(script), "--check", "tensors"], capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0, ok.stderr
    assert "0 failed" in ok.stdout
    missing = subprocess.run([sys.executable, str(script), "no-such-chapter"], capture_output=True, text=True, cwd=ROOT)
    assert missing.returncode == 2 and "no snippet matches" in missing.stderr


def test_stdout_is_a_real_text_stream(tmp_path):
    write(
        tmp_path,
        "ch/stream.py",
        """
        import sys

        print("before")
        sys.stdout.buffer.write("bytes: 张量\\n".encode("utf-8"))
        print("encoding:", sys.stdout.encoding, "tty:", sys.stdout.isatty())
        """,
    )
    runner, _ = make_runner(tmp_path)
    report = runner.run()
    assert not report.failures, report.failure_text()
    out = (tmp_path / ".cache" / "book" / "out" / "ch" / "stream.txt").read_text(encoding="utf-8")
    assert out == "before\nbytes: 张量\nencoding: utf-8 tty: False\n"


def test_output_limit_fails_and_a_directive_raises_it(tmp_path):
    write(tmp_path, "ch/lines.py", "for i in range(150):\n    print(i)\n")
    write(tmp_path, "ch/wide.py", "print('x' * 20_000)\n")
    write(tmp_path, "ch/allowed.py", "# book: max-lines=150\nfor i in range(150):\n    print(i)\n")
    runner, _ = make_runner(tmp_path)
    report = runner.run()
    failed = {o.snippet.rel: o.error for o in report.failures}
    assert set(failed) == {"ch/lines.py", "ch/wide.py"}
    assert failed["ch/lines.py"]["where"] == "snippets/ch/lines.py"
    assert failed["ch/lines.py"]["summary"].startswith("printed 150 lines (490 bytes), over the limit of 100 lines")
    assert failed["ch/wide.py"]["summary"].startswith(
        "printed 1 line (20.0 KB), over the limit of 100 lines and 16.0 KB"
    )
    assert "# book: max-lines=150 max-bytes=16000" in failed["ch/lines.py"]["summary"]
    assert not (tmp_path / ".cache" / "book" / "out" / "ch" / "lines.md").exists()
    assert by_name(report)["ch/allowed.py"].status == "ran"


def test_a_bad_limit_directive_is_an_error(tmp_path):
    write(tmp_path, "ch/bad.py", "# book: max-lines=lots\nprint(1)\n")
    runner, _ = make_runner(tmp_path)
    with pytest.raises(
        SnippetError, match=r"snippets/ch/bad.py: max-lines must be a positive whole number, got 'lots'"
    ):
        runner.run()


def test_a_listed_folder_is_a_dependency(tmp_path):
    write(tmp_path, "ch/data/a.txt", "alpha\n")
    write(
        tmp_path,
        "ch/listing.py",
        "import json\nfrom pathlib import Path\n\n"
        "names = sorted(p.stem for p in Path(__file__).with_name('data').glob('*.txt'))\nprint(names)\n",
    )
    runner, _ = make_runner(tmp_path)
    runner.run()
    state = json.loads((tmp_path / ".cache/book/state/ch/listing.json").read_text())
    assert state["deps"] == ["ch/data/"]  # the folder; not the snippet's own folder the import system read
    assert by_name(runner.run())["ch/listing.py"].status == "cached"
    write(tmp_path, "ch/data/b.txt", "beta\n")  # a new file in the listed folder
    assert by_name(runner.run())["ch/listing.py"].status == "ran"
    assert (tmp_path / ".cache/book/out/ch/listing.txt").read_text() == "['a', 'b']\n"


def test_kept_workers_serve_the_next_run_and_local_modules_reload(tmp_path, monkeypatch):
    from tools import runner as runner_module

    monkeypatch.setattr(runner_module, "_idle", {})
    monkeypatch.setattr(runner_module, "_keep", False)
    monkeypatch.setattr(runner_module, "_warming", {})
    monkeypatch.setattr(runner_module.atexit, "register", lambda fn: None)
    write(tmp_path, "ch/helper.py", "VALUE = 1\n")
    write(tmp_path, "ch/use.py", "from helper import VALUE\nprint(VALUE)\n")
    runner, _ = make_runner(tmp_path, workers=1)
    try:
        assert runner.run().count("ran") == 2
        assert runner_module._idle == {}  # not kept unless asked
        runner_module.keep_workers()
        assert runner.run(force=True).count("ran") == 2
        (idle,) = runner_module._idle.values()
        assert len(idle) == 1 and idle[0].proc.poll() is None
        pid = idle[0].proc.pid
        write(tmp_path, "ch/helper.py", "VALUE = 2\n")  # a changed local module is imported afresh
        report = runner.run()
        assert by_name(report)["ch/use.py"].status == "ran"
        assert (tmp_path / ".cache/book/out/ch/use.txt").read_text() == "2\n"
        (idle,) = runner_module._idle.values()
        assert [w.proc.pid for w in idle] == [pid]  # the same worker process ran it
        runner_module.close_idle_workers()
        assert runner.run().count("cached") == 2  # nothing to run: one worker starts for the next run
        runner_module._warming[(str(tmp_path / "snippets"), DEFAULT_THREADS)].join(120)
        (idle,) = runner_module._idle.values()
        assert len(idle) == 1 and idle[0].proc.poll() is None
    finally:
        runner_module.close_idle_workers()
    assert runner_module._idle == {}
