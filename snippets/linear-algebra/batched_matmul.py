# --8<-- [start:code]
import torch

torch.manual_seed(0)
X = torch.randn(8, 5, 3)  # a batch of 8 matrices, each 5x3
W = torch.randn(3, 2)  # one matrix shared by the whole batch
print("(8,5,3) @ (3,2):", tuple((X @ W).shape))

# Leading (batch) dimensions broadcast like elementwise operations;
# the last two dimensions multiply
P = torch.randn(4, 1, 5, 3)
Q = torch.randn(6, 3, 2)
PQ = P @ Q
print("(4,1,5,3) @ (6,3,2):", tuple(PQ.shape))

# Entry [a, b] of the batch is P[a, 0] @ Q[b]: every pair is multiplied
print("PQ[2, 5] == P[2, 0] @ Q[5]:", torch.allclose(PQ[2, 5], P[2, 0] @ Q[5]))
# einsum spells out the same contraction index by index
E = torch.einsum("anm,bmk->abnk", P[:, 0], Q)
print("matches einsum:", torch.allclose(PQ, E, atol=1e-6))

# torch.mm and torch.bmm do not broadcast: they want exact 2-D / 3-D shapes
try:
    torch.bmm(X, W)
except RuntimeError as err:
    print("torch.bmm(X, W) raises", type(err).__name__)
# --8<-- [end:code]

# --8<-- [start:check]
assert (X @ W).shape == (8, 5, 2)
assert torch.allclose(X @ W, torch.stack([x @ W for x in X]))
assert PQ.shape == (4, 6, 5, 2)
assert all(
    torch.allclose(PQ[a, b], P[a, 0] @ Q[b], atol=1e-6)
    for a in range(4)
    for b in range(6)
)
assert torch.allclose(PQ, E, atol=1e-6)
try:
    torch.bmm(X, W)
    raise AssertionError("bmm should not broadcast")
except RuntimeError:
    pass
# --8<-- [end:check]
