# --8<-- [start:code]
from collections import OrderedDict

import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
X = torch.rand(2, 20)
print(net)
print("output shape:", net(X).shape)
print("net[2]:", net[2], "| layers:", len(net))
print("state_dict keys:", list(net.state_dict()))

# Names instead of positions: pass an OrderedDict
named = nn.Sequential(
    OrderedDict(
        hidden=nn.Linear(20, 256), act=nn.ReLU(), out=nn.Linear(256, 10)
    )
)
print("named keys:", list(named.state_dict()))
print("named.hidden is named[0]:", named.hidden is named[0])
# --8<-- [end:code]

# --8<-- [start:check]
assert net(X).shape == (2, 10)
assert len(net) == 3 and isinstance(net[2], nn.Linear)
assert list(net.state_dict()) == ["0.weight", "0.bias", "2.weight", "2.bias"]
assert list(named.state_dict()) == [
    "hidden.weight",
    "hidden.bias",
    "out.weight",
    "out.bias",
]
assert named.hidden is named[0]
# --8<-- [end:check]
