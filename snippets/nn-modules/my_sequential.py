# --8<-- [start:code]
import torch
from torch import nn


class MySequential(nn.Module):
    def __init__(self, *blocks):
        super().__init__()
        for i, block in enumerate(blocks):
            # register each child under the name "0", "1", ...
            self.add_module(str(i), block)

    def forward(self, x):
        # children come back in registration order
        for block in self.children():
            x = block(x)
        return x


class BrokenSequential(nn.Module):
    def __init__(self, *blocks):
        super().__init__()
        for i, block in enumerate(blocks):
            # integer key, written behind the Module's back
            self._modules[i] = block

    def forward(self, x):
        for block in self._modules.values():
            x = block(x)
        return x


torch.manual_seed(0)
X = torch.rand(2, 20)
net = MySequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
print("output shape:", net(X).shape)
print("state_dict keys:", list(net.state_dict()))

broken = BrokenSequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
print("broken forward still runs:", broken(X).shape)
try:
    list(broken.parameters())
except TypeError as err:
    print("broken.parameters() fails:", err)
# --8<-- [end:code]

# --8<-- [start:check]
assert net(X).shape == (2, 10)
assert list(net.state_dict()) == ["0.weight", "0.bias", "2.weight", "2.bias"]
assert broken(X).shape == (2, 10)
for method in (
    broken.parameters,
    broken.named_modules,
    broken.state_dict,
    broken.__repr__,
):
    try:
        result = method()
        if not isinstance(result, (dict, str)):
            list(result)
    except TypeError as err:
        assert "concatenate str" in str(err)
    else:
        raise AssertionError(f"{method.__name__} unexpectedly worked")
try:
    nn.Module().add_module(0, nn.ReLU())
except TypeError:
    pass  # add_module refuses a non-string name
else:
    raise AssertionError("add_module accepted an int")
try:
    torch.optim.SGD(broken.parameters(), lr=0.1)
except TypeError:
    pass
else:
    raise AssertionError("optimizer accepted the broken module")
# --8<-- [end:check]
