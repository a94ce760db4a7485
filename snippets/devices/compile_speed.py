# book: varies timeout=180
# --8<-- [start:code]
import time

import torch
from torch.utils import benchmark


def gelu_tanh(x):  # eight elementwise operations, each one pass over x
    return 0.5 * x * (1.0 + torch.tanh(0.7978845608 * (x + 0.044715 * x**3)))


torch.manual_seed(0)
x = torch.randn(1_000_000)
compiled = torch.compile(gelu_tanh)  # nothing is compiled yet

start = time.perf_counter()
try:
    out = compiled(x)  # the first call captures the graph and compiles it
except RuntimeError as err:  # e.g. InductorError: no working C++ compiler
    print(f"torch.compile failed ({type(err).__name__}); running eagerly")
    compiled = gelu_tanh
    out = compiled(x)
first = time.perf_counter() - start
print(f"first call (compiling): {first:8.3f} s")


def seconds(fn):
    timer = benchmark.Timer("fn(x)", globals={"fn": fn, "x": x})
    return timer.blocked_autorange(min_run_time=0.5).median


eager, fused = seconds(gelu_tanh), seconds(compiled)
print(f"eager call:             {eager * 1e3:8.3f} ms")
print(f"compiled call:          {fused * 1e3:8.3f} ms")
print(f"eager / compiled:       {eager / fused:8.2f}")
print("largest difference:", (out - gelu_tanh(x)).abs().max().item())
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(out, gelu_tanh(x), atol=1e-5)
if compiled is not gelu_tanh:  # compiled: fused, and the first call pays for it
    assert fused < eager and first > 10 * fused
# --8<-- [end:check]
