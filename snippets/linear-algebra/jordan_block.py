# --8<-- [start:code]
import torch

torch.set_printoptions(precision=4)
# a Jordan block
J = torch.tensor([[1.0, 1.0], [0.0, 1.0]], dtype=torch.float64)
vals, vecs = torch.linalg.eig(J)
print("eigenvalues:", vals.real)
print("eigenvectors (columns):\n", vecs.real)
# Both columns point (numerically) the same way: there is only one eigenvector
# direction, so V is not invertible and J = V diag(lambda) V^-1 is impossible
print("rank of V:", torch.linalg.matrix_rank(vecs).item())
print(f"cond(V) = {torch.linalg.cond(vecs).item():.1e}")

# The SVD exists anyway, with well-separated singular values and
# orthogonal U and V
U, S, Vh = torch.linalg.svd(J)
print("singular values:", S)
print("U diag(S) Vh == J:", torch.allclose(U @ torch.diag(S) @ Vh, J))
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

assert torch.allclose(
    vals.real, torch.ones(2, dtype=torch.float64)
) and torch.allclose(vals.imag, torch.zeros(2, dtype=torch.float64))
assert torch.linalg.matrix_rank(vecs).item() == 1
assert torch.linalg.cond(vecs).item() > 1e15
# the two columns agree to about 16 digits (up to sign)
assert (vecs[:, 0].real.abs() - vecs[:, 1].real.abs()).abs().max() < 1e-15
# The eigenvalue 1 has algebraic multiplicity 2 but J - I has rank 1: one eigenvector only
assert (
    torch.linalg.matrix_rank(J - torch.eye(2, dtype=torch.float64)).item() == 1
)
# J is invertible, yet not diagonalisable: full rank is not the condition for an EVD
assert math.isclose(torch.linalg.det(J).item(), 1.0)
phi = (1 + math.sqrt(5)) / 2
assert torch.allclose(S, torch.tensor([phi, 1 / phi], dtype=torch.float64))
assert torch.allclose(U @ torch.diag(S) @ Vh, J)
assert torch.allclose(
    U.T @ U, torch.eye(2, dtype=torch.float64)
) and torch.allclose(Vh @ Vh.T, torch.eye(2, dtype=torch.float64))
# --8<-- [end:check]
