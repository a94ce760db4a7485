# --8<-- [start:code]
import torch
from torch import nn


class Stack(nn.Module):
    def __init__(self, layers):
        super().__init__()
        self.layers = layers

    def forward(self, x):
        for layer in self.layers:
            x = torch.relu(layer(x))
        return x


torch.manual_seed(0)
plain = Stack([nn.Linear(8, 8) for _ in range(3)])  # a Python list
registered = Stack(nn.ModuleList([nn.Linear(8, 8) for _ in range(3)]))
print(
    "both run:",
    plain(torch.rand(1, 8)).shape,
    registered(torch.rand(1, 8)).shape,
)
print(
    "parameters with a list:      ", sum(p.numel() for p in plain.parameters())
)
print(
    "parameters with a ModuleList:",
    sum(p.numel() for p in registered.parameters()),
)
print(registered)
try:
    torch.optim.SGD(plain.parameters(), lr=0.1)
except ValueError as err:
    print("optimizer for the list version:", err)
# --8<-- [end:code]

# --8<-- [start:check]
assert sum(p.numel() for p in plain.parameters()) == 0
assert sum(p.numel() for p in registered.parameters()) == 3 * (8 * 8 + 8) == 216
assert list(plain.state_dict()) == []
assert len(registered.state_dict()) == 6
try:
    torch.optim.SGD(plain.parameters(), lr=0.1)
except ValueError as err:
    assert "empty" in str(err)
else:
    raise AssertionError("optimizer accepted no parameters")


class DictHeads(nn.Module):
    def __init__(self, heads):
        super().__init__()
        self.heads = heads


assert (
    sum(p.numel() for p in DictHeads({"a": nn.Linear(2, 2)}).parameters()) == 0
)
assert (
    sum(
        p.numel()
        for p in DictHeads(nn.ModuleDict({"a": nn.Linear(2, 2)})).parameters()
    )
    == 6
)
# --8<-- [end:check]
