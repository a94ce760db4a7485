# --8<-- [start:code]
from torch import nn


class Block(nn.Module):  # a GPT-2 block (MLP to 4d), without its forward
    def __init__(self, d):
        super().__init__()
        self.norm1, self.norm2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.qkv, self.out = nn.Linear(d, 3 * d), nn.Linear(d, d)
        self.mlp = nn.Sequential(
            nn.Linear(d, 4 * d), nn.GELU(), nn.Linear(4 * d, d)
        )


for d in (64, 256, 768):
    counted = sum(p.numel() for p in Block(d).parameters())
    formula = 12 * d**2 + 13 * d
    print(
        f"d = {d:3}: {counted:9,} parameters, 12d² + 13d = {formula:9,}, "
        f"12d² alone is {12 * d**2 / counted:.1%} of it"
    )
# --8<-- [end:code]

# --8<-- [start:check]
for d in (64, 256, 768):
    assert sum(p.numel() for p in Block(d).parameters()) == 12 * d**2 + 13 * d
# --8<-- [end:check]
