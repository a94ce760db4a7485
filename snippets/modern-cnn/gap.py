# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
# a stand-in for the ResNet body: (N, 1, 8, 8) -> (N, 64, 2, 2)
body = nn.Sequential(
    nn.Conv2d(1, 16, 3, padding=1),
    nn.ReLU(),
    nn.Conv2d(16, 32, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(32, 64, 3, stride=2, padding=1),
    nn.ReLU(),
)
gap_head = nn.Sequential(
    nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(64, 10)
)
dense_head = nn.Sequential(nn.Flatten(), nn.Linear(64 * 2 * 2, 10))


def count(module):
    return sum(p.numel() for p in module.parameters())


features = body(torch.randn(5, 1, 8, 8))
pooled = nn.AdaptiveAvgPool2d(1)(features)
print("features:", tuple(features.shape), "-> pooled:", tuple(pooled.shape))
print(
    "GAP = mean over H and W:",
    torch.allclose(pooled.flatten(1), features.mean(dim=(2, 3))),
)
print("head parameters: GAP", count(gap_head), "| dense", count(dense_head))
# the same two heads on a ResNet-18-sized map, 512 x 7 x 7, 1000 classes
big_gap = nn.Linear(512, 1000, device="meta")  # meta: shapes, no memory
big_dense = nn.Linear(512 * 7 * 7, 1000, device="meta")
print("512x7x7 -> 1000: GAP", count(big_gap), "| dense", count(big_dense))

# a 16 x 16 input: the body gives 64 x 4 x 4 instead of 64 x 2 x 2
features16 = body(torch.randn(5, 1, 16, 16))
print("16x16 input -> features", tuple(features16.shape))
print("GAP head output:", tuple(gap_head(features16).shape))
try:
    dense_head(features16)
except RuntimeError as err:
    print("dense head: RuntimeError:", err)
# --8<-- [end:code]

# --8<-- [start:check]
assert features.shape == (5, 64, 2, 2) and pooled.shape == (5, 64, 1, 1)
assert torch.allclose(pooled.flatten(1), features.mean(dim=(2, 3)))
assert count(gap_head) == 650 and count(dense_head) == 2570
assert count(big_gap) == 513_000 and count(big_dense) == 25_089_000
assert features16.shape == (5, 64, 4, 4)
assert gap_head(features16).shape == (5, 10)
# --8<-- [end:check]
