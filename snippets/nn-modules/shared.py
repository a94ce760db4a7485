# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
shared = nn.Linear(8, 8)
net = nn.Sequential(
    nn.Linear(4, 8),
    nn.ReLU(),
    shared,
    nn.ReLU(),
    shared,
    nn.ReLU(),
    nn.Linear(8, 1),
)
print("output shape:", net(torch.rand(2, 4)).shape)
print("net[2] is net[4]:", net[2] is net[4])
print("same memory:", net[2].weight.data_ptr() == net[4].weight.data_ptr())
with torch.no_grad():
    net[2].weight[0, 0] = 100.0
print("net[4].weight[0, 0] after setting net[2]'s:", net[4].weight[0, 0].item())
print(
    "parameter count (shared layer once):",
    sum(p.numel() for p in net.parameters()),
)
print("state_dict keys:", list(net.state_dict()))
# --8<-- [end:code]

# --8<-- [start:check]
assert net[2] is net[4] and net[2].weight is net[4].weight
assert net[4].weight[0, 0].item() == 100.0
assert (
    sum(p.numel() for p in net.parameters())
    == (4 * 8 + 8) + (8 * 8 + 8) + (8 + 1)
    == 121
)
assert len(list(net.parameters())) == 6
assert "4.weight" in net.state_dict() and len(net.state_dict()) == 8
assert sum(v.numel() for v in net.state_dict().values()) == 121 + 72 == 193
# --8<-- [end:check]
