# --8<-- [start:code]
import torch

torch.manual_seed(0)
A = torch.randn(3, 4)
B = torch.randn(4, 2)
x = torch.randn(4)
y = torch.randn(4)

print("dot(x, y):", torch.dot(x, y))  # 1-D · 1-D -> scalar
print("mv(A, x) shape:", tuple(torch.mv(A, x).shape))  # (3,4) · (4,) -> (3,)
print("mm(A, B) shape:", tuple(torch.mm(A, B).shape))  # (3,4) · (4,2) -> (3,2)

# matmul / @ picks the right one from the number of dimensions
print(
    "shapes: x @ y",
    tuple((x @ y).shape),
    " A @ x",
    tuple((A @ x).shape),
    end=" ",
)
print(" A @ B", tuple((A @ B).shape))
# A 1-D operand on the left acts as a row vector; its axis is removed after
z = torch.randn(3)
print("z @ A shape:", tuple((z @ A).shape))

# Elementwise product needs equal (or broadcastable) shapes; the matrix product
# needs matching inner sizes
C = torch.randn(3, 4)
print(
    "A * C shape:",
    tuple((A * C).shape),
    " A @ C.T shape:",
    tuple((A @ C.T).shape),
)

# One entry of A @ B is a dot product of a row of A with a column of B
entry = (A @ B)[1, 0]
print(
    "(A @ B)[1, 0] == A[1] @ B[:, 0]:",
    torch.isclose(entry, A[1] @ B[:, 0]).item(),
)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(torch.dot(x, y), (x * y).sum())
assert torch.allclose(torch.mv(A, x), A @ x)
assert torch.allclose(torch.mm(A, B), A @ B)
assert (x @ y).shape == () and (A @ x).shape == (3,) and (A @ B).shape == (3, 2)
assert (z @ A).shape == (4,)
assert torch.allclose(z @ A, (z.unsqueeze(0) @ A).squeeze(0))
assert (A * C).shape == (3, 4) and (A @ C.T).shape == (3, 3)
assert torch.isclose((A @ B)[1, 0], A[1] @ B[:, 0])
try:
    A @ C  # (3,4) @ (3,4): inner sizes 4 and 3 differ
    raise AssertionError("expected a shape error")
except RuntimeError:
    pass
# A column times a row with * broadcasts to an outer product instead of failing
col, row = torch.randn(3, 1), torch.randn(1, 3)
assert (col * row).shape == (3, 3)
assert torch.allclose(col * row, col @ row) and torch.allclose(
    col * row, torch.outer(col[:, 0], row[0])
)
# torch.dot accepts only 1-D tensors
try:
    torch.dot(A, A)
    raise AssertionError("dot should reject 2-D input")
except RuntimeError:
    pass
# --8<-- [end:check]
