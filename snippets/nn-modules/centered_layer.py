# --8<-- [start:code]
import torch
from torch import nn


class CenteredLayer(nn.Module):
    def forward(self, x):  # no state, so no __init__ is needed
        return x - x.mean()


torch.manual_seed(0)
layer = CenteredLayer()
print(layer(torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])))
net = nn.Sequential(nn.Linear(8, 128), CenteredLayer())
Y = net(torch.rand(4, 8))
print(f"mean of the output: {Y.mean().item():.1e}")
print("parameters of CenteredLayer:", list(layer.parameters()))
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.equal(
    layer(torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])),
    torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0]),
)
assert abs(Y.mean().item()) < 1e-6
assert list(layer.parameters()) == []
# --8<-- [end:check]
