# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))

print("net[2].state_dict():", net[2].state_dict())
print("type of net[2].bias:", type(net[2].bias).__name__)
print("net[2].bias:", net[2].bias)
print(
    "as a plain tensor:",
    net[2].bias.detach(),
    "| as a number:",
    net[2].bias.item(),
)
print("grad before any backward:", net[2].bias.grad)
for name, param in net.named_parameters():
    print(f"  {name}: {tuple(param.shape)}")
print("state_dict()['2.bias']:", net.state_dict()["2.bias"])
print("parameter count:", sum(p.numel() for p in net.parameters()))

saved = net.state_dict()  # a view of the live parameters, not a copy
with torch.no_grad():
    net[2].bias.fill_(0.5)
print("saved['2.bias'] after changing the bias:", saved["2.bias"])
# --8<-- [end:code]

# --8<-- [start:check]
assert isinstance(net[2].bias, nn.Parameter) and net[2].bias.grad is None
assert [n for n, _ in net.named_parameters()] == [
    "0.weight",
    "0.bias",
    "2.weight",
    "2.bias",
]
assert sum(p.numel() for p in net.parameters()) == 4 * 8 + 8 + 8 + 1 == 49
assert not net.state_dict()["2.bias"].requires_grad
assert net.state_dict()["2.bias"].data_ptr() == net[2].bias.data_ptr()
assert saved["2.bias"].item() == 0.5
assert net[2].bias.detach().data_ptr() == net[2].bias.data_ptr()
# --8<-- [end:check]
