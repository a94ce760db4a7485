# --8<-- [start:code]
import torch

torch.set_printoptions(precision=4)
# A general square matrix: eig returns complex eigenvalues and eigenvectors
A = torch.tensor([[2.0, 1.0], [-1.0, 2.0]])
vals, vecs = torch.linalg.eig(A)
print("eig values:", vals, vals.dtype)
Ac = A.to(vals.dtype)  # complex copy of A, to multiply with complex vectors
print(
    "A V == V diag(lambda):", torch.allclose(Ac @ vecs, vecs @ torch.diag(vals))
)

# Even real eigenvalues come back as complex numbers from eig
B = torch.tensor([[2.0, 1.0], [0.0, 3.0]])
print("eig of a triangular matrix:", torch.linalg.eig(B).eigenvalues)

# A symmetric matrix: eigh gives real eigenvalues in ascending order and
# orthonormal eigenvectors, so S = Q diag(w) Q^T
torch.manual_seed(0)
M = torch.randn(4, 4, dtype=torch.float64)
S = M + M.T
w, Q = torch.linalg.eigh(S)
print("eigh values (ascending):", w)
print("Q^T Q == I:", torch.allclose(Q.T @ Q, torch.eye(4, dtype=torch.float64)))
print(
    f"max |Q diag(w) Q^T - S| = {(Q @ torch.diag(w) @ Q.T - S).abs().max():.1e}"
)
print("eigvalsh (values only):", torch.linalg.eigvalsh(S))
# --8<-- [end:code]

# --8<-- [start:check]
assert vals.dtype == torch.complex64
assert torch.allclose(vals.real, torch.tensor([2.0, 2.0])) and torch.allclose(
    vals.imag.abs(), torch.tensor([1.0, 1.0])
)
assert torch.allclose(
    A.to(vals.dtype) @ vecs, vecs @ torch.diag(vals), atol=1e-6
)
eb = torch.linalg.eig(B).eigenvalues
assert eb.is_complex() and torch.allclose(eb.imag, torch.zeros(2))
assert torch.allclose(eb.real.sort().values, torch.tensor([2.0, 3.0]))
assert w.dtype == torch.float64
assert (w[1:] >= w[:-1]).all()
assert torch.allclose(Q.T @ Q, torch.eye(4, dtype=torch.float64))
assert torch.allclose(Q @ torch.diag(w) @ Q.T, S)
assert torch.allclose(torch.linalg.eigvalsh(S), w)
# eigh does not check symmetry: it reads only the lower triangle of its input
N = torch.tensor([[1.0, 5.0], [0.0, 1.0]])  # not symmetric
N_lower = torch.tensor([[1.0, 0.0], [0.0, 1.0]])  # what eigh actually sees
assert torch.allclose(
    torch.linalg.eigh(N).eigenvalues, torch.linalg.eigh(N_lower).eigenvalues
)
# silently ignores the 5
assert torch.allclose(torch.linalg.eigh(N).eigenvalues, torch.ones(2))
# eigh and eig agree on the eigenvalues of a symmetric matrix
assert torch.allclose(torch.linalg.eigvals(S).real.sort().values, w)
# --8<-- [end:check]
