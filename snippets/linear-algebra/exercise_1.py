# --8<-- [start:code]
import torch
from torch.linalg import vector_norm


def renorm_rows(W, max_norm):
    """Shrink the rows of W whose L2 norm exceeds max_norm; keep the others."""
    # (rows, 1): broadcasts over each row
    norms = vector_norm(W, dim=1, keepdim=True)
    scale = (max_norm / norms).clamp(max=1.0)
    return W * scale


torch.manual_seed(0)
W = torch.randn(5, 3) * torch.tensor([[0.2], [1.0], [3.0], [0.5], [2.0]])
W_new = renorm_rows(W, max_norm=1.0)
print("row norms before:", vector_norm(W, dim=1))
print("row norms after: ", vector_norm(W_new, dim=1))
# --8<-- [end:code]

# --8<-- [start:check]
before, after = vector_norm(W, dim=1), vector_norm(W_new, dim=1)
assert (after <= 1.0 + 1e-6).all()
small = before <= 1.0
assert small.any() and (~small).any()  # the example has rows on both sides
assert torch.equal(W_new[small], W[small])
assert torch.allclose(after[~small], torch.ones(int((~small).sum())))
# Directions are kept: each row is only rescaled
cos = (W * W_new).sum(dim=1) / (before * after)
assert torch.allclose(cos, torch.ones(5))
# Same as the built-in torch.renorm (p=2 norms of slices along dim 0)
assert torch.allclose(
    W_new, torch.renorm(W, p=2, dim=0, maxnorm=1.0), atol=1e-6
)
# --8<-- [end:check]
