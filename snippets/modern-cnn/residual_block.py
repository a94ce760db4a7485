# --8<-- [start:code]
import torch
from torch import nn


class ResidualBlock(nn.Module):
    """Two 3x3 convolutions with batch norm; y = relu(F(x) + shortcut(x))."""

    def __init__(self, in_channels, out_channels, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2d(
            in_channels, out_channels, 3, stride=stride, padding=1, bias=False
        )
        self.bn1 = nn.BatchNorm2d(out_channels)
        self.conv2 = nn.Conv2d(
            out_channels, out_channels, 3, padding=1, bias=False
        )
        self.bn2 = nn.BatchNorm2d(out_channels)
        self.shortcut = nn.Identity()
        if stride != 1 or in_channels != out_channels:
            # 1x1 projection: match the channels and the stride of F(x)
            self.shortcut = nn.Sequential(
                nn.Conv2d(
                    in_channels, out_channels, 1, stride=stride, bias=False
                ),
                nn.BatchNorm2d(out_channels),
            )

    def forward(self, x):
        fx = torch.relu(self.bn1(self.conv1(x)))
        fx = self.bn2(self.conv2(fx))
        return torch.relu(fx + self.shortcut(x))


torch.manual_seed(0)
x = torch.randn(4, 16, 8, 8)
same = ResidualBlock(16, 16)
down = ResidualBlock(16, 32, stride=2)
print(
    "same block:",
    tuple(x.shape),
    "->",
    tuple(same(x).shape),
    "| shortcut:",
    type(same.shortcut).__name__,
)
print(
    "down block:",
    tuple(x.shape),
    "->",
    tuple(down(x).shape),
    "| shortcut:",
    type(down.shortcut[0]).__name__,
    tuple(down.shortcut[0].weight.shape),
)

# without the projection, F(x) and x cannot be added
fx = down.bn2(down.conv2(torch.relu(down.bn1(down.conv1(x)))))
print("F(x):", tuple(fx.shape), " x:", tuple(x.shape))
try:
    fx + x
except RuntimeError as err:
    print("RuntimeError:", str(err).splitlines()[0])
# --8<-- [end:code]

# --8<-- [start:check]
assert same(x).shape == x.shape
assert down(x).shape == (4, 32, 4, 4)
assert isinstance(same.shortcut, nn.Identity)
assert down.shortcut[0].weight.shape == (32, 16, 1, 1)
assert fx.shape == (4, 32, 4, 4)
assert (same(x) >= 0).all()
# --8<-- [end:check]
