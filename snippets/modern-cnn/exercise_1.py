# --8<-- [start:code]
from torch import nn


def count(module):
    return sum(p.numel() for p in module.parameters())


c = 256  # channels in and out of the block
basic = nn.Sequential(  # two 3x3 convolutions at full width
    nn.Conv2d(c, c, 3, padding=1, bias=False),
    nn.BatchNorm2d(c),
    nn.ReLU(),
    nn.Conv2d(c, c, 3, padding=1, bias=False),
    nn.BatchNorm2d(c),
)
m = c // 4  # bottleneck: 1x1 down to 64, 3x3 at 64, 1x1 back up to 256
bottleneck = nn.Sequential(
    nn.Conv2d(c, m, 1, bias=False),
    nn.BatchNorm2d(m),
    nn.ReLU(),
    nn.Conv2d(m, m, 3, padding=1, bias=False),
    nn.BatchNorm2d(m),
    nn.ReLU(),
    nn.Conv2d(m, c, 1, bias=False),
    nn.BatchNorm2d(c),
)
print("basic block parameters:     ", count(basic))
print("bottleneck block parameters:", count(bottleneck))
print(f"ratio: {count(basic) / count(bottleneck):.1f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert count(basic) == 2 * 256 * 256 * 9 + 2 * 2 * 256
conv_b = 256 * 64 + 64 * 64 * 9 + 64 * 256
assert count(bottleneck) == conv_b + 2 * (64 + 64 + 256)
assert 16 < count(basic) / count(bottleneck) < 17
# --8<-- [end:check]
