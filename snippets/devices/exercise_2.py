# --8<-- [start:code]
import torch

torch.manual_seed(0)
a = torch.randn(256, 256)
b = torch.randn(256, 256)
exact = a.double() @ b.double()

with torch.autocast("cpu", dtype=torch.bfloat16):  # autocast works on CPUs too
    low = a @ b


def relative_error(c):
    return (
        torch.linalg.vector_norm(c.double() - exact)
        / torch.linalg.vector_norm(exact)
    ).item()


print(low.dtype, f"{relative_error(low):.1e}", f"{relative_error(a @ b):.1e}")
# --8<-- [end:code]

# --8<-- [start:check]
assert low.dtype == torch.bfloat16
assert 1e-4 < relative_error(low) < 1e-2 and relative_error(a @ b) < 1e-5
# --8<-- [end:check]
