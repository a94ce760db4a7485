# --8<-- [start:code]
import torch
from torch import nn


class AdditiveAttention(nn.Module):
    """Bahdanau's score: v^T tanh(W_q q + W_k k)."""

    def __init__(self, d, hidden=32):
        super().__init__()
        self.w_q = nn.Linear(d, hidden, bias=False)
        self.w_k = nn.Linear(d, hidden, bias=False)
        self.v = nn.Linear(hidden, 1, bias=False)

    def forward(self, q, k, v, key_is_real):  # q (N, T, d), k v (N, S, d)
        # (N, T, 1, hidden) + (N, 1, S, hidden): every query with every key
        e = torch.tanh(self.w_q(q)[:, :, None] + self.w_k(k)[:, None])
        scores = self.v(e).squeeze(-1)  # (N, T, S)
        scores = scores.masked_fill(~key_is_real[:, None, :], float("-inf"))
        weights = scores.softmax(dim=-1)
        return weights @ v, weights


torch.manual_seed(0)
q, memory = torch.randn(2, 4, 16), torch.randn(2, 6, 16)
key_is_real = torch.arange(6) < torch.tensor([[6], [3]])  # 3 padding keys
context, weights = AdditiveAttention(16)(q, memory, memory, key_is_real)
print("context:", tuple(context.shape), " weights:", tuple(weights.shape))
print("rows sum to 1:", torch.allclose(weights.sum(-1), torch.ones(2, 4)))
print("weight on padding keys:", weights[1, :, 3:].abs().max().item())
print("parameters:", sum(p.numel() for p in AdditiveAttention(16).parameters()))
# --8<-- [end:code]

# --8<-- [start:check]
assert context.shape == (2, 4, 16) and weights.shape == (2, 4, 6)
assert torch.allclose(weights.sum(-1), torch.ones(2, 4))
assert (weights[1, :, 3:] == 0).all()
assert (
    sum(p.numel() for p in AdditiveAttention(16).parameters())
    == 2 * 16 * 32 + 32
)
# --8<-- [end:check]
