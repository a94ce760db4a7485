# --8<-- [start:code]
import torch
from torch import nn
from torch.nn import functional as F


class MLP(nn.Module):
    def __init__(self):
        # sets up the registries for parameters, buffers and children
        super().__init__()
        # assigning a Module registers it as a child
        self.hidden = nn.Linear(20, 256)
        self.out = nn.Linear(256, 10)

    def forward(self, x):
        return self.out(F.relu(self.hidden(x)))


torch.manual_seed(0)
net = MLP()
X = torch.rand(2, 20)
Y = net(X)  # call the module itself, not net.forward(X)
print(net)
print("output shape:", Y.shape)
print("parameter names:", [name for name, _ in net.named_parameters()])
print("parameter count:", sum(p.numel() for p in net.parameters()))
# --8<-- [end:code]

# --8<-- [start:check]
assert Y.shape == (2, 10)
assert [name for name, _ in net.named_parameters()] == [
    "hidden.weight",
    "hidden.bias",
    "out.weight",
    "out.bias",
]
assert (
    sum(p.numel() for p in net.parameters())
    == 20 * 256 + 256 + 256 * 10 + 10
    == 7946
)
assert torch.allclose(Y, net.forward(X))


class NoInit(nn.Module):
    def __init__(self):  # forgot super().__init__()
        self.layer = nn.Linear(2, 2)


try:
    NoInit()
except AttributeError as err:
    assert "before Module.__init__() call" in str(err)
else:
    raise AssertionError("a Module without super().__init__() accepted a child")
# --8<-- [end:check]
