# --8<-- [start:code]
import torch
import torch.nn.functional as F
from torch import nn


class MultiHeadAttention(nn.Module):
    def __init__(self, d_model, heads):
        super().__init__()
        assert d_model % heads == 0
        self.heads = heads
        self.q = nn.Linear(d_model, d_model)
        self.k = nn.Linear(d_model, d_model)
        self.v = nn.Linear(d_model, d_model)
        self.out = nn.Linear(d_model, d_model)

    def split(self, x):  # (N, L, d_model) -> (N, heads, L, d_model / heads)
        N, L, _ = x.shape
        return x.view(N, L, self.heads, -1).transpose(1, 2)

    def forward(self, query, key, value, mask=None):
        q = self.split(self.q(query))
        k = self.split(self.k(key))
        v = self.split(self.v(value))
        # every head attends on its own, in one batched call
        y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        N, _, L, _ = y.shape
        y = y.transpose(1, 2).reshape(N, L, -1)  # heads side by side
        return self.out(y)


torch.manual_seed(0)
d_model, heads, N, L = 16, 4, 2, 6
mine = MultiHeadAttention(d_model, heads)
library = nn.MultiheadAttention(d_model, heads, batch_first=True)
n_mine = sum(p.numel() for p in mine.parameters())
n_library = sum(p.numel() for p in library.parameters())
print("parameters:", n_mine, "and", n_library)

# Copy the library's weights into ours: in_proj_weight stacks W_q, W_k, W_v
with torch.no_grad():
    W, b = library.in_proj_weight, library.in_proj_bias
    for i, proj in enumerate([mine.q, mine.k, mine.v]):
        rows = slice(i * d_model, (i + 1) * d_model)
        proj.weight.copy_(W[rows])
        proj.bias.copy_(b[rows])
    mine.out.load_state_dict(library.out_proj.state_dict())

x = torch.randn(N, L, d_model)
causal = torch.ones(L, L, dtype=torch.bool).tril()  # ours: True = attend
ours = mine(x, x, x, mask=causal)
theirs, weights = library(x, x, x, attn_mask=~causal)  # True = blocked
same = torch.allclose(ours, theirs, atol=1e-6)
print("output:", tuple(ours.shape), " same as nn.MultiheadAttention:", same)
print("library weights:", tuple(weights.shape), "(averaged over the heads)")
# --8<-- [end:code]

# --8<-- [start:check]
torch.testing.assert_close(ours, theirs)
assert sum(p.numel() for p in mine.parameters()) == 4 * (16 * 16 + 16) == 1088
assert weights.shape == (N, L, L) and torch.equal(
    weights[0].triu(1), torch.zeros(L, L)
)
# --8<-- [end:check]
