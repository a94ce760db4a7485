# --8<-- [start:code]
import torch
from torch import nn
from torch.nn import functional as F


class FixedHiddenMLP(nn.Module):
    def __init__(self):
        super().__init__()
        # A constant random matrix: part of the model's state, but never trained
        self.register_buffer("rand_weight", torch.rand(20, 20))
        self.linear = nn.Linear(20, 20)

    def forward(self, x):
        x = self.linear(x)
        x = F.relu(x @ self.rand_weight + 1)
        x = self.linear(x)  # the same layer again: the same weights, used twice
        halvings = 0
        while x.abs().sum() > 1:  # ordinary Python control flow
            x = x / 2
            halvings += 1
        print("halvings this call:", halvings)
        return x.sum()


torch.manual_seed(0)
net = FixedHiddenMLP()
X = torch.rand(2, 20)
out = net(X)
out.backward()
print("output:", out)
print("parameters:", [name for name, _ in net.named_parameters()])
print("buffers:", [name for name, _ in net.named_buffers()])
print("state_dict keys:", list(net.state_dict()))
print("linear.weight got a gradient:", net.linear.weight.grad is not None)
# --8<-- [end:code]

# --8<-- [start:check]
assert out.dim() == 0 and abs(out.item()) <= 1
assert [name for name, _ in net.named_parameters()] == [
    "linear.weight",
    "linear.bias",
]
assert [name for name, _ in net.named_buffers()] == ["rand_weight"]
assert list(net.state_dict()) == ["rand_weight", "linear.weight", "linear.bias"]
assert not net.rand_weight.requires_grad and net.rand_weight.grad is None
assert net.linear.weight.grad is not None
# --8<-- [end:check]
