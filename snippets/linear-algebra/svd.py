# --8<-- [start:code]
import torch

torch.manual_seed(0)
A = torch.randn(5, 3, dtype=torch.float64)

# Reduced SVD: U is 5x3, S has 3 values, Vh is 3x3
U, S, Vh = torch.linalg.svd(A, full_matrices=False)
print("shapes:", tuple(U.shape), tuple(S.shape), tuple(Vh.shape))
print("singular values (descending, >= 0):", S)
print(
    f"max |U diag(S) Vh - A| = {(U @ torch.diag(S) @ Vh - A).abs().max():.1e}"
)
print("same without building diag(S):", torch.allclose((U * S) @ Vh, A))

# Full SVD (the default): U is 5x5 and Sigma must be padded to 5x3
Uf, Sf, Vhf = torch.linalg.svd(A)
Sigma = torch.zeros(5, 3, dtype=torch.float64)
Sigma[:3, :3] = torch.diag(Sf)
print("full shapes:", tuple(Uf.shape), tuple(Sf.shape), tuple(Vhf.shape))
print("U Sigma Vh == A:", torch.allclose(Uf @ Sigma @ Vhf, A))

# Only the values? svdvals skips computing U and V
print("svdvals:", torch.linalg.svdvals(A))

# The number of non-zero singular values is the rank
B = A[:, :2] @ torch.randn(2, 4, dtype=torch.float64)  # 5x4, but rank 2
print("singular values of a rank-2 matrix:", torch.linalg.svdvals(B))
print("matrix_rank:", torch.linalg.matrix_rank(B).item())
# --8<-- [end:code]

# --8<-- [start:check]
I3 = torch.eye(3, dtype=torch.float64)
assert U.shape == (5, 3) and S.shape == (3,) and Vh.shape == (3, 3)
assert (S[:-1] >= S[1:]).all() and (S >= 0).all()
assert torch.allclose(U.T @ U, I3) and torch.allclose(Vh @ Vh.T, I3)
assert torch.allclose(U @ torch.diag(S) @ Vh, A)
assert torch.allclose((U * S) @ Vh, A)
assert Uf.shape == (5, 5) and Vhf.shape == (3, 3)
assert torch.allclose(Uf.T @ Uf, torch.eye(5, dtype=torch.float64))
assert torch.allclose(Uf @ Sigma @ Vhf, A)
assert torch.allclose(torch.linalg.svdvals(A), S)
sb = torch.linalg.svdvals(B)
assert sb[1] > 1e-3 and (sb[2:] < 1e-12).all()
assert torch.linalg.matrix_rank(B).item() == 2
# --8<-- [end:check]
