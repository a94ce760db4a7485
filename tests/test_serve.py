"""``mkdocs serve``: editing a snippet updates its page, and only that snippet runs again."""

import re
import shutil
import time
import urllib.request

import pytest

from tools import serve

pytestmark = pytest.mark.slow


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except OSError:
            pass
        time.sleep(0.5)
    pytest.fail(f"timed out waiting for {what}")


def test_editing_a_snippet_reruns_only_it(built_book, tmp_path):
    assert built_book.returncode == 0, built_book.log[-3000:]
    tree = tmp_path / "tree"
    # Start warm: a copy of the built tree, cache included.
    shutil.copytree(built_book.root, tree, symlinks=True)
    log_path = tmp_path / "serve.log"
    server, port = serve.start(tree, log_path)
    try:
        url = f"http://127.0.0.1:{port}/en/tensors/"
        wait_for(lambda: "ndim" in fetch(url) or "tensor" in fetch(url), 180, "the first build")
        first = log_path.read_text()
        # warm start: nothing ran (", 0 run (" and not ", 10 run (": the count stands alone)
        assert re.search(r"cached, 0 run \(", first), first[-2000:]

        snippet = tree / "snippets" / "tensors" / "clamp.py"
        snippet.write_text(
            snippet.read_text().replace("print(x.clamp(min=0))", 'print("edited while serving", x.clamp(min=0))')
        )
        wait_for(lambda: "edited while serving" in fetch(url), 120, "the page to show the edited output")
        rebuilt = log_path.read_text()[len(first) :]
        assert "tensors/clamp.py" in rebuilt
        assert re.search(r"cached, 1 run \(", rebuilt), rebuilt[-2000:]
    finally:
        server.terminate()
        server.wait(timeout=30)
