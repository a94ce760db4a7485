"""The worker: one process that imports torch once and runs snippets one after another.

The runner starts it with ``python -m tools.worker SNIPPETS_DIR THREADS``, writes one
JSON job per line on its stdin (``{"id": ..., "path": ..., "timeout": ...}``) and reads
one JSON answer per line from its stdout. The first answer describes the worker's
environment (torch version, device), which becomes the stamp under every output.

Keeping the worker out of the mkdocs process means a snippet can neither change the
server's state nor take it down; if a snippet hangs past its limit, the runner kills the
worker and starts a new one for the snippets that remain.
"""

import json
import os
import platform
import sys
import warnings


def environment():
    import torch

    env = {
        "python": platform.python_version(),
        "torch": torch.__version__,
        "machine": platform.machine(),
        "cuda": torch.cuda.is_available(),
    }
    if env["cuda"]:
        env["gpu"] = torch.cuda.get_device_name(0)
        env["cuda_version"] = torch.version.cuda
    return env


def main(argv):
    snippets_dir, threads = argv[0], int(argv[1])
    # Answers travel on the original stdout; anything written to file descriptor 1 from
    # now on (C extensions printing directly) goes to stderr instead of the protocol.
    answers = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = os.fdopen(1, "w", encoding="utf-8", closefd=False)

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot  # noqa: F401 - imported once here rather than in the first snippet
    import numpy  # noqa: F401
    import torch  # noqa: F401

    # torch.compile imports this lazily, and importing it warns (torch.jit.script_method).
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*script_method", category=DeprecationWarning)
        import torch.utils.mkldnn  # noqa: F401

    from tools import execute

    recorder = execute.DependencyRecorder()
    answers.write(json.dumps({"ready": True, "env": environment()}) + "\n")
    answers.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        result = execute.run(
            job["path"], snippets_dir, threads, job.get("timeout"), recorder, keep_bytes=job.get("keep_bytes")
        )
        answers.write(json.dumps({"id": job["id"], "result": result}) + "\n")
        answers.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
