# --8<-- [start:code]
import torch

torch.manual_seed(0)
A = torch.randn(4, 4, dtype=torch.float64)
P, L, U = torch.linalg.lu(A)  # A = P @ L @ U
torch.set_printoptions(precision=3)
print("L (unit lower triangular):\n", L)
print("U (upper triangular):\n", U)
print("P (row permutation):\n", P)
print(f"max |P L U - A| = {(P @ L @ U - A).abs().max():.1e}")

# Factor once, then solve for many right-hand sides cheaply
LU, pivots = torch.linalg.lu_factor(A)
B = torch.randn(4, 3, dtype=torch.float64)
X = torch.linalg.lu_solve(LU, pivots, B)
print(f"max |A X - B| = {(A @ X - B).abs().max():.1e}")

# The determinant falls out for free: det(P) * product of U's diagonal
det_from_lu = torch.linalg.det(P) * U.diag().prod()
print(f"det(A) = {torch.linalg.det(A):.6f}")
print(f"det(P) * prod(diag U) = {det_from_lu:.6f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(P @ L @ U, A)
assert torch.equal(L, L.tril()) and torch.allclose(
    L.diag(), torch.ones(4, dtype=torch.float64)
)
assert torch.equal(U, U.triu())
# one 1 per column
assert torch.equal(P.abs().sum(0), torch.ones(4, dtype=torch.float64))
# and per row
assert torch.equal(P.abs().sum(1), torch.ones(4, dtype=torch.float64))
assert torch.allclose(P @ P.T, torch.eye(4, dtype=torch.float64))
# partial pivoting keeps multipliers at most 1 in size
assert (L.abs() <= 1 + 1e-12).all()
assert torch.allclose(A @ X, B)
assert torch.isclose(torch.linalg.det(A), torch.linalg.det(P) * U.diag().prod())
assert abs(abs(torch.linalg.det(P).item()) - 1) < 1e-12
# --8<-- [end:check]
