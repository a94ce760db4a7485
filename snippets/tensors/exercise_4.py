# --8<-- [start:code]
import torch

torch.manual_seed(0)
P = torch.randn(5, 2)  # 5 points in the plane
Q = torch.randn(3, 2)  # 3 more points

diff = P[:, None, :] - Q[None, :, :]  # (5, 1, 2) - (1, 3, 2) -> (5, 3, 2)
dist = diff.pow(2).sum(dim=-1).sqrt()  # (5, 3): every pair
print(dist)
print(torch.allclose(dist, torch.cdist(P, Q), atol=1e-6))
# --8<-- [end:code]

# --8<-- [start:check]
assert dist.shape == (5, 3) and torch.allclose(
    dist, torch.cdist(P, Q), atol=1e-6
)
# --8<-- [end:check]
