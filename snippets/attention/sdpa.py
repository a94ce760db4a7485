# --8<-- [start:code]
import math

import torch
import torch.nn.functional as F


def attention(q, k, v, mask=None):
    """softmax(q kᵀ / √d) v. mask: True where a query may look at a key."""
    d = q.shape[-1]
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)  # (..., L_q, L_k)
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    weights = scores.softmax(dim=-1)  # each row sums to 1
    return weights @ v, weights


torch.manual_seed(0)
N, L_q, L_k, d, d_v = 2, 3, 5, 8, 4
q = torch.randn(N, L_q, d)  # 3 queries per example
k = torch.randn(N, L_k, d)  # 5 keys...
v = torch.randn(N, L_k, d_v)  # ...and one value per key

out, weights = attention(q, k, v)
print("output:", tuple(out.shape), " weights:", tuple(weights.shape))
print("weights of example 0:\n", weights[0].numpy().round(3))
print("row sums:", weights.sum(dim=-1)[0].numpy().round(4))

library = F.scaled_dot_product_attention(q, k, v)
print(
    "same as F.scaled_dot_product_attention:",
    torch.allclose(out, library, atol=1e-6),
)
# --8<-- [end:code]

# --8<-- [start:check]
torch.testing.assert_close(out, library)
torch.testing.assert_close(weights.sum(-1), torch.ones(N, L_q))
assert out.shape == (N, L_q, d_v)
# --8<-- [end:check]
