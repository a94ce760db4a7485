# --8<-- [start:code]
from itertools import pairwise

import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in pairwise(sizes))

    def forward(self, x):
        for layer in self.layers[:-1]:
            x = torch.relu(layer(x))
        return self.layers[-1](x)  # no ReLU after the last layer


sizes = [20, 64, 32, 10]
torch.manual_seed(0)
net = MLP(sizes)
expected = sum(a * b + b for a, b in pairwise(sizes))
print(net)
print("output shape:", net(torch.rand(2, 20)).shape)
print(
    "parameters:",
    sum(p.numel() for p in net.parameters()),
    "| formula:",
    expected,
)
# --8<-- [end:code]

# --8<-- [start:check]
assert net(torch.rand(2, 20)).shape == (2, 10)
assert (
    sum(p.numel() for p in net.parameters())
    == expected
    == 20 * 64 + 64 + 64 * 32 + 32 + 32 * 10 + 10
)
assert len(net.layers) == 3 and len(net.state_dict()) == 6
# --8<-- [end:check]
