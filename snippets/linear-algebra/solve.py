# --8<-- [start:code]
import torch

n = 10
i = torch.arange(n, dtype=torch.float64)
# Hilbert matrix: famously ill-conditioned
H = 1 / (i[:, None] + i[None, :] + 1)
x_true = torch.ones(n, dtype=torch.float64)
b = H @ x_true
print(f"cond(H) = {torch.linalg.cond(H):.1e}")

# LU with pivoting, then two triangular solves
x_solve = torch.linalg.solve(H, b)
x_inv = torch.linalg.inv(H) @ b  # forms the whole inverse first


def report(name, x):
    residual = torch.linalg.vector_norm(H @ x - b) / torch.linalg.vector_norm(b)
    error = torch.linalg.vector_norm(x - x_true) / torch.linalg.vector_norm(
        x_true
    )
    print(f"{name:>9}: relative residual {residual:.1e}, error {error:.1e}")


report("solve", x_solve)
report("inv @ b", x_inv)

# solve also takes many right-hand sides, or a batch of systems, in one call
torch.manual_seed(0)
A = torch.randn(32, 3, 3, dtype=torch.float64)  # 32 systems of size 3
B = torch.randn(32, 3, 2, dtype=torch.float64)  # 2 right-hand sides each
X = torch.linalg.solve(A, B)
print(
    "batched solve:",
    tuple(X.shape),
    f"max |AX - B| = {(A @ X - B).abs().max():.1e}",
)
# --8<-- [end:code]


# --8<-- [start:check]
def rel(v, w):
    return (torch.linalg.vector_norm(v) / torch.linalg.vector_norm(w)).item()


cond = torch.linalg.cond(H).item()
assert 1.5e13 < cond < 1.7e13
# solve is backward stable: residual at the level of machine precision
assert rel(H @ x_solve - b, b) < 1e-14
# inv @ b leaves a residual many orders of magnitude larger
assert rel(H @ x_inv - b, b) > 1e9 * rel(H @ x_solve - b, b)
# and a larger error in x
assert rel(x_inv - x_true, x_true) > rel(x_solve - x_true, x_true)
# The error of solve is still about cond * machine epsilon: no method beats the conditioning
assert rel(x_solve - x_true, x_true) > 1e-6
assert X.shape == (32, 3, 2) and torch.allclose(A @ X, B)
# --8<-- [end:check]
