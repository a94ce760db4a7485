# book: cuda varies
# --8<-- [start:code]
import torch
from torch.utils import benchmark

torch.manual_seed(0)
a = torch.randn(8192, 8192, device="cuda")
b = torch.randn(8192, 8192, device="cuda")
exact = (a.double() @ b.double()).float()  # reference in float64

with torch.autocast("cuda", dtype=torch.bfloat16):
    c16 = a @ b  # inputs are cast to bfloat16 for the product
print("dtype inside autocast:", c16.dtype)

c32 = a @ b  # full float32 (PyTorch's default; no TF32)


def relative_error(c):
    return (
        torch.linalg.vector_norm(c.float() - exact)
        / torch.linalg.vector_norm(exact)
    ).item()


def seconds(stmt):
    timer = benchmark.Timer(stmt, globals={"a": a, "b": b, "torch": torch})
    return timer.blocked_autorange(min_run_time=0.5).median


t32 = seconds("a @ b")
t16 = seconds("with torch.autocast('cuda', dtype=torch.bfloat16): a @ b")
print(
    f"float32:  {t32 * 1e3:6.2f} ms   relative error {relative_error(c32):.1e}"
)
print(
    f"bfloat16: {t16 * 1e3:6.2f} ms   relative error {relative_error(c16):.1e}"
)
print(f"speedup {t32 / t16:.1f}x")
# --8<-- [end:code]

# --8<-- [start:check]
assert c16.dtype == torch.bfloat16
assert relative_error(c16) > relative_error(c32)
assert relative_error(c16) < 1e-2
assert t16 < t32
# --8<-- [end:check]
