# --8<-- [start:code]
import torch
from torch import nn


class ResidualBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.f = nn.Sequential(
            nn.Conv2d(channels, channels, 3, padding=1, bias=False),
            nn.BatchNorm2d(channels),
            nn.ReLU(),
            nn.Conv2d(channels, channels, 3, padding=1, bias=False),
            nn.BatchNorm2d(channels),
        )
        nn.init.zeros_(self.f[4].weight)  # last BatchNorm: gamma = 0

    def forward(self, x):
        return torch.relu(self.f(x) + x)


torch.manual_seed(0)
blocks = nn.Sequential(*[ResidualBlock(16) for _ in range(10)])
x = torch.relu(torch.randn(8, 16, 8, 8))  # non-negative, as after a ReLU
out = blocks(x)
print("10 blocks at initialisation return their input:", torch.equal(out, x))
out.pow(2).mean().backward()
grad = blocks[0].f[4].weight.grad
print(
    f"yet gamma of the first block gets a gradient: "
    f"{torch.linalg.vector_norm(grad):.3f}"
)
conv_grad = torch.linalg.vector_norm(blocks[0].f[0].weight.grad)
print(f"and the convolution before it, for now: {conv_grad:.3f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.equal(out, x)
assert torch.linalg.vector_norm(grad) > 1e-3
assert blocks[0].f[0].weight.grad is not None
assert conv_grad == 0
# --8<-- [end:check]
