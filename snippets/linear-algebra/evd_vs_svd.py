# --8<-- [start:code]
import torch

torch.manual_seed(0)
torch.set_printoptions(precision=4)
A = torch.randn(3, 2, dtype=torch.float64)  # not square: no eigenvalues at all
try:
    torch.linalg.eig(A)
except RuntimeError:
    print("eig(A) on a 3x2 matrix: RuntimeError (needs a square matrix)")
S = torch.linalg.svdvals(A)
print("singular values of A:  ", S)
print("their squares:         ", S**2)

# Singular values are square roots of the eigenvalues of A^T A (and of A A^T)
print("sqrt(eigvals of A^T A):", torch.linalg.eigvalsh(A.T @ A).flip(0).sqrt())
# one extra 0
print("eigvals of A A^T:      ", torch.linalg.eigvalsh(A @ A.T).flip(0))

# A singular (square, non-invertible) matrix still has a perfectly good EVD
C = torch.tensor([[1.0, 2.0], [2.0, 4.0]], dtype=torch.float64)
w, Q = torch.linalg.eigh(C)
print("rank of C:", torch.linalg.matrix_rank(C).item(), " eigenvalues:", w)
print("C == Q diag(w) Q^T:", torch.allclose(Q @ torch.diag(w) @ Q.T, C))

# For a symmetric matrix, singular values are the absolute eigenvalues
M = torch.tensor([[1.0, 3.0], [3.0, 1.0]], dtype=torch.float64)
print("eigenvalues of M:", torch.linalg.eigvalsh(M))
print("singular values of M:", torch.linalg.svdvals(M))
# --8<-- [end:code]

# --8<-- [start:check]
try:
    torch.linalg.eig(A)
    raise AssertionError("eig should reject a non-square matrix")
except RuntimeError:
    pass
assert torch.allclose(S, torch.linalg.eigvalsh(A.T @ A).flip(0).sqrt())
ev = torch.linalg.eigvalsh(A @ A.T).flip(0)
assert torch.allclose(ev[:2], S**2) and abs(ev[2]) < 1e-12
# The right singular vectors are eigenvectors of A^T A (up to sign)
_, _, Vh = torch.linalg.svd(A)
_, V_eig = torch.linalg.eigh(A.T @ A)
assert torch.allclose(
    (Vh @ V_eig.flip(1)).abs(), torch.eye(2, dtype=torch.float64), atol=1e-10
)
assert (
    abs(torch.linalg.det(C).item()) < 1e-12
    and torch.linalg.matrix_rank(C).item() == 1
)
assert torch.allclose(
    w, torch.tensor([0.0, 5.0], dtype=torch.float64), atol=1e-12
)
assert torch.allclose(Q @ torch.diag(w) @ Q.T, C)
wm = torch.linalg.eigvalsh(M)
assert torch.allclose(wm, torch.tensor([-2.0, 4.0], dtype=torch.float64))
assert torch.allclose(
    torch.linalg.svdvals(M), wm.abs().sort(descending=True).values
)
# For a positive semi-definite matrix (here A^T A) the EVD and the SVD coincide
G = A.T @ A
wg, Vg = torch.linalg.eigh(G)
Ug, Sg, Vhg = torch.linalg.svd(G)
assert torch.allclose(Sg, wg.flip(0))
assert torch.allclose(
    (Ug.T @ Vg.flip(1)).abs(), torch.eye(2, dtype=torch.float64), atol=1e-10
)
# --8<-- [end:check]
