"""The GitHub Pages workflow passes actionlint and keeps least-privilege permissions."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tools.layout import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def actionlint() -> str:
    found = shutil.which("actionlint") or shutil.which("actionlint", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("actionlint is not installed: pip install -e '.[test]'")
    return found


def test_there_is_a_workflow():
    assert WORKFLOWS


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_actionlint_passes(workflow):
    proc = subprocess.run([actionlint(), "-no-color", str(workflow)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n"
    )
    proc = subprocess.run([actionlint(), "-no-color", str(broken)], capture_output=True, text=True)
    assert proc.returncode != 0


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_least_privilege(workflow):
    spec = yaml.safe_load(workflow.read_text(encoding="utf-8"))
    top = spec.get("permissions")
    assert top in ({}, {"contents": "read"}), f"top-level permissions should be read-only, got {top}"
    for name, job in spec["jobs"].items():
        granted = job.get("permissions", {})
        writes = {k for k, v in granted.items() if v == "write"}
        assert writes <= {"pages", "id-token", "contents"}, f"job {name} asks for {writes}"
        if writes:
            # Only jobs that publish main may write, never one a pull request runs.
            assert "refs/heads/main" in job.get("if", "") and "pull_request" in job["if"], name
        if "pages" in writes:
            assert job.get("environment"), f"job {name} deploys but is not tied to an environment"
        if "contents" in writes:
            assert writes == {"contents"} and len(job["steps"]) <= 2, f"job {name} does more than publishing"
