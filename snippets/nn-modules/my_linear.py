# --8<-- [start:code]
import torch
from torch import nn


class MyLinear(nn.Module):
    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, units))
        self.bias = nn.Parameter(torch.randn(units))

    def forward(self, x):
        return torch.relu(x @ self.weight + self.bias)


class DetachedLinear(MyLinear):
    # the bug: .data has the same numbers but is outside autograd
    def forward(self, x):
        return torch.relu(x @ self.weight.data + self.bias.data)


torch.manual_seed(3)
X = torch.rand(2, 5)
buggy = nn.Sequential(nn.Linear(5, 5), DetachedLinear(5, 3))
fixed = nn.Sequential(nn.Linear(5, 5), MyLinear(5, 3))
fixed.load_state_dict(buggy.state_dict())  # identical weights

for name, net in [("buggy", buggy), ("fixed", fixed)]:
    out = net(X)
    out.sum().backward()  # runs without any error in both cases
    print(f"{name}: output[0] = {out[0].detach()}")
    print(f"  net[0].weight.grad is None: {net[0].weight.grad is None}")
    print(f"  net[1].weight.grad is None: {net[1].weight.grad is None}")
# --8<-- [end:code]

# --8<-- [start:check]
# the forward pass cannot tell them apart
assert torch.equal(buggy(X), fixed(X))
assert buggy[1].weight.grad is None and buggy[1].bias.grad is None
assert buggy[0].weight.grad is not None
assert fixed[1].weight.grad is not None and fixed[1].weight.grad.abs().sum() > 0
assert fixed[1].bias.grad is not None
# the layer below learns either way
assert torch.allclose(buggy[0].weight.grad, fixed[0].weight.grad)
# alone, its output is outside autograd entirely
assert not DetachedLinear(5, 3)(X).requires_grad
try:
    DetachedLinear(5, 3)(X).sum().backward()
except RuntimeError as err:
    assert "does not require grad" in str(err)
else:
    raise AssertionError("backward through a fully detached layer worked")
# Training the buggy network: the loss falls, yet its custom layer never changes
torch.manual_seed(3)
net = nn.Sequential(nn.Linear(5, 5), DetachedLinear(5, 3))
before = net[1].weight.detach().clone()
losses = []
for _ in range(20):
    net.zero_grad()
    loss = (net(X) ** 2).mean()
    loss.backward()
    losses.append(loss.item())
    with torch.no_grad():
        for p in net.parameters():
            if p.grad is not None:
                p -= 0.01 * p.grad
assert losses[-1] < 0.9 * losses[0], losses
assert torch.equal(net[1].weight.detach(), before)
# --8<-- [end:check]
