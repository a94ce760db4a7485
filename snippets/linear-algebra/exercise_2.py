# --8<-- [start:code]
import torch


def spectral_norm(A, steps=300):
    """Largest singular value by power iteration on A^T A."""
    v = torch.randn(A.shape[1], dtype=A.dtype)
    for _ in range(steps):
        v = A.T @ (A @ v)
        v = v / torch.linalg.vector_norm(v)
    return torch.linalg.vector_norm(A @ v)


torch.manual_seed(0)
A = torch.randn(50, 30, dtype=torch.float64)
estimate = spectral_norm(A)
exact = torch.linalg.matrix_norm(A, ord=2)
print(f"power iteration: {estimate:.6f}")
print(f"matrix_norm(A, 2): {exact:.6f}")
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

assert math.isclose(estimate.item(), exact.item(), rel_tol=1e-6)
assert math.isclose(
    exact.item(), torch.linalg.svdvals(A)[0].item(), rel_tol=1e-12
)
# --8<-- [end:check]
