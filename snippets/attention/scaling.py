# --8<-- [start:code]
import math

import torch

torch.manual_seed(0)
table = {}
print(" d   std of q·k   largest weight, unscaled   scaled by 1/√d")
for d in (4, 64, 512):
    q = torch.randn(1000, d)
    k = torch.randn(1000, 10, d)
    scores = (k @ q.unsqueeze(-1)).squeeze(-1)  # 1000 queries x 10 keys
    raw = scores.softmax(dim=-1).amax(dim=-1).mean()
    scaled = (scores / math.sqrt(d)).softmax(dim=-1).amax(dim=-1).mean()
    table[d] = (scores.std().item(), raw.item(), scaled.item())
    print(f"{d:3}   {scores.std():10.2f}   {raw:24.3f}   {scaled:14.3f}")
# --8<-- [end:code]

# --8<-- [start:check]
for d, (std, _, _) in table.items():
    assert abs(std / math.sqrt(d) - 1) < 0.1  # std of q·k is √d
assert table[512][1] > 0.9  # unscaled: nearly one-hot
assert (
    max(t[2] for t in table.values()) - min(t[2] for t in table.values()) < 0.05
)
# --8<-- [end:check]
