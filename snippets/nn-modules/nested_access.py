# --8<-- [start:code]
import torch
from torch import nn


def block1():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 4), nn.ReLU())


def block2():
    net = nn.Sequential()
    for i in range(4):
        # nest: a Sequential of Sequentials
        net.add_module(f"block{i}", block1())
    return net


torch.manual_seed(0)
rgnet = nn.Sequential(block2(), nn.Linear(4, 1))
print("output shape:", rgnet(torch.rand(2, 4)).shape)
print(rgnet[0][:2])  # the first two blocks, to keep the printout short
print("rgnet[0][1][0].bias:", rgnet[0][1][0].bias.detach())
print("by name, same object:", rgnet[0].block1[0].bias is rgnet[0][1][0].bias)
print(
    "by path, same object:",
    rgnet.get_submodule("0.block1.0").bias is rgnet[0][1][0].bias,
)
print(
    "state_dict key:",
    [k for k in rgnet.state_dict() if k.startswith("0.block1.0.")],
)
print("parameter count:", sum(p.numel() for p in rgnet.parameters()))
# --8<-- [end:code]

# --8<-- [start:check]
assert rgnet(torch.rand(2, 4)).shape == (2, 1)
assert rgnet[0].block1[0].bias is rgnet[0][1][0].bias
assert rgnet.get_submodule("0.block1.0") is rgnet[0][1][0]
assert torch.equal(
    rgnet.state_dict()["0.block1.0.bias"], rgnet[0][1][0].bias.detach()
)
assert (
    sum(p.numel() for p in rgnet.parameters())
    == 4 * (4 * 8 + 8 + 8 * 4 + 4) + 5
    == 309
)
# --8<-- [end:check]
