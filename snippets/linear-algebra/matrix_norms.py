# --8<-- [start:code]
import torch
from torch.linalg import matrix_norm, svdvals

A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [0.0, -5.0]])
s = svdvals(A)  # singular values, largest first
print("singular values:", s)

print(
    "Frobenius 'fro':",
    matrix_norm(A),
    "  sqrt(sum s^2):",
    s.square().sum().sqrt(),
)
print("nuclear   'nuc':", matrix_norm(A, ord="nuc"), "  sum s:", s.sum())
print("spectral    2  :", matrix_norm(A, ord=2), "  max s:", s.max())
print("ord=1   (max column abs sum):", matrix_norm(A, ord=1))
print("ord=inf (max row abs sum)   :", matrix_norm(A, ord=float("inf")))

# torch.linalg.norm dispatches on the input: a matrix with ord=None gets
# Frobenius, a matrix with ord=2 gets the spectral norm, a different number
print("linalg.norm(A)   :", torch.linalg.norm(A))
print("linalg.norm(A, 2):", torch.linalg.norm(A, 2))
# --8<-- [end:code]

# --8<-- [start:check]
from torch.linalg import vector_norm  # noqa: E402

assert torch.allclose(matrix_norm(A), s.square().sum().sqrt())
# Frobenius = 2-norm of all entries
assert torch.allclose(matrix_norm(A), vector_norm(A.flatten()))
assert torch.allclose(matrix_norm(A, ord="nuc"), s.sum())
assert torch.allclose(matrix_norm(A, ord=2), s.max())
assert matrix_norm(A, ord=1).item() == 11  # column [2, 4, -5]
assert matrix_norm(A, ord=float("inf")).item() == 7  # row [3, 4]
assert torch.allclose(torch.linalg.norm(A), matrix_norm(A))
assert torch.allclose(torch.linalg.norm(A, 2), matrix_norm(A, ord=2))
assert not torch.isclose(torch.linalg.norm(A), torch.linalg.norm(A, 2))
assert (
    abs(matrix_norm(A).item() - 7.4162) < 1e-4
    and abs(matrix_norm(A, 2).item() - 7.0648) < 1e-4
)
# The legacy torch.norm(A) is also the Frobenius norm, not the spectral 2-norm
assert torch.allclose(torch.norm(A), matrix_norm(A))
# spectral <= Frobenius <= nuclear
assert matrix_norm(A, 2) <= matrix_norm(A) <= matrix_norm(A, "nuc")
# --8<-- [end:check]
