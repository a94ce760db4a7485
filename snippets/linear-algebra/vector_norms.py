# --8<-- [start:code]
import torch
from torch.linalg import vector_norm

x = torch.tensor([3.0, -4.0, 0.0, 1.0])
print("L1   sum |x_i|       :", vector_norm(x, ord=1))
print("L2   sqrt(sum x_i^2) :", vector_norm(x))  # ord=2 is the default
print("L3                   :", vector_norm(x, ord=3))
print("Linf max |x_i|       :", vector_norm(x, ord=float("inf")))

# The p-norm shrinks towards the max-norm as p grows
for p in [1, 2, 4, 8, 32]:
    print(f"p = {p:2d}: {vector_norm(x, ord=p).item():.4f}")

# ord=0 counts the non-zero entries. It is NOT a norm: scaling x does
# not scale it
print(
    "ord=0 (non-zeros):",
    vector_norm(x, ord=0),
    " for 10*x:",
    vector_norm(10 * x, ord=0),
)

# Distance between two vectors = norm of their difference
y = torch.tensor([0.0, 0.0, 2.0, 1.0])
print("torch.dist(x, y, p=2):", torch.dist(x, y, p=2), "=", vector_norm(x - y))
print(
    "torch.dist(x, y, p=1):",
    torch.dist(x, y, p=1),
    "=",
    vector_norm(x - y, ord=1),
)

# Along an axis: one norm per row
M = torch.tensor([[3.0, 4.0], [6.0, 8.0]])
print("row norms:", vector_norm(M, dim=1))
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

assert vector_norm(x, ord=1).item() == 8
assert math.isclose(vector_norm(x).item(), math.sqrt(26), rel_tol=1e-6)
assert math.isclose(
    vector_norm(x, ord=3).item(), (27 + 64 + 1) ** (1 / 3), rel_tol=1e-6
)
assert vector_norm(x, ord=float("inf")).item() == 4
norms = [vector_norm(x, ord=p).item() for p in [1, 2, 4, 8, 32]]
# decreasing in p
assert all(a > b for a, b in zip(norms[:-1], norms[1:], strict=True))
assert abs(norms[-1] - 4) < 0.05  # close to the max-norm
# ord=0 fails homogeneity ||a x|| = |a| ||x||
assert vector_norm(x, ord=0).item() == 3 == vector_norm(10 * x, ord=0).item()
assert math.isclose(
    torch.dist(x, y, p=2).item(), vector_norm(x - y).item(), rel_tol=1e-6
)
assert torch.dist(x, y, p=1).item() == vector_norm(x - y, ord=1).item() == 9
assert torch.allclose(vector_norm(M, dim=1), torch.tensor([5.0, 10.0]))
# For p < 1 the formula breaks the triangle inequality, so it is not a norm either
e1, e2 = torch.tensor([1.0, 0.0]), torch.tensor([0.0, 1.0])
assert vector_norm(e1 + e2, ord=0.5) > vector_norm(e1, ord=0.5) + vector_norm(
    e2, ord=0.5
)
# --8<-- [end:check]
