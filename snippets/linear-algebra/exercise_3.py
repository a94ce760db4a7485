# --8<-- [start:code]
import torch


def pinv_svd(A, rtol=1e-10):
    """Moore-Penrose pseudo-inverse: invert only the non-negligible
    singular values."""
    U, S, Vh = torch.linalg.svd(A, full_matrices=False)
    keep = S > rtol * S[0]
    S_inv = torch.where(keep, 1 / S, torch.zeros_like(S))
    return Vh.T @ torch.diag(S_inv) @ U.T


torch.manual_seed(0)
f64 = torch.float64
A = torch.randn(6, 2, dtype=f64) @ torch.randn(2, 4, dtype=f64)  # 6x4 of rank 2
b = torch.randn(6, dtype=f64)
x_svd = pinv_svd(A) @ b
x_pinv = torch.linalg.pinv(A) @ b
x_lstsq = torch.linalg.lstsq(A, b, driver="gelsd").solution  # SVD-based driver
print("rank of A:", torch.linalg.matrix_rank(A).item())
print("pinv_svd:     ", x_svd)
print("linalg.pinv:  ", x_pinv)
print("lstsq (gelsd):", x_lstsq)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.linalg.matrix_rank(A).item() == 2
assert torch.allclose(pinv_svd(A), torch.linalg.pinv(A), atol=1e-10)
assert torch.allclose(x_svd, x_pinv, atol=1e-10) and torch.allclose(
    x_svd, x_lstsq, atol=1e-8
)
# The least-squares solutions form a line x_svd + null space; x_svd is the shortest one
_, _, Vh = torch.linalg.svd(A)
null = Vh[2:]  # 2 directions that A sends to 0
assert torch.allclose(
    A @ null.T, torch.zeros(6, 2, dtype=torch.float64), atol=1e-10
)
other = x_svd + null.T @ torch.tensor([0.3, -0.7], dtype=torch.float64)
assert torch.allclose(A @ other, A @ x_svd, atol=1e-10)  # same residual
assert torch.linalg.vector_norm(other) > torch.linalg.vector_norm(x_svd)
# --8<-- [end:check]
