# book: varies
# --8<-- [start:code]
import torch
from torch.utils import benchmark

a = torch.randn(1024, 1024)
b = torch.randn(1024, 1024)

for threads in (1, 2):
    timer = benchmark.Timer(
        "a @ b", globals={"a": a, "b": b}, num_threads=threads
    )
    ms = timer.blocked_autorange(min_run_time=0.3).median * 1e3
    print(f"{threads} thread(s): {ms:6.1f} ms per 1024 x 1024 product")
# --8<-- [end:code]
