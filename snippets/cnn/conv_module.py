# --8<-- [start:code]
import torch
from torch import nn

conv = nn.Conv2d(in_channels=3, out_channels=8, kernel_size=(3, 5))
print("weight shape:", tuple(conv.weight.shape))  # (out, in, kh, kw)
print("bias shape:", tuple(conv.bias.shape))  # one bias per output channel
print("parameters:", sum(p.numel() for p in conv.parameters()))


def corr2d(X, K):
    """2-D cross-correlation of X (h, w) with kernel K (kh, kw), no padding."""
    kh, kw = K.shape
    Y = torch.zeros(X.shape[0] - kh + 1, X.shape[1] - kw + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i : i + kh, j : j + kw] * K).sum()
    return Y


class Conv2D(nn.Module):
    """A single-channel convolution layer built on corr2d."""

    def __init__(self, kernel_size):
        super().__init__()
        # nn.Parameter (capital P) registers the tensor as a learnable parameter
        self.weight = nn.Parameter(torch.randn(kernel_size) * 0.1)
        self.bias = nn.Parameter(torch.zeros(1))

    def forward(self, X):
        return corr2d(X, self.weight) + self.bias


torch.manual_seed(0)
layer = Conv2D(kernel_size=(1, 2))
print("registered:", [name for name, _ in layer.named_parameters()])

ref = nn.Conv2d(1, 1, kernel_size=(1, 2))
with torch.no_grad():  # give the built-in layer the same weights
    ref.weight.copy_(layer.weight.reshape(1, 1, 1, 2))
    ref.bias.copy_(layer.bias)
X = torch.randn(4, 5)
same = torch.allclose(layer(X), ref(X.reshape(1, 1, 4, 5)).squeeze(), atol=1e-6)
print("same output as nn.Conv2d:", same)
# --8<-- [end:code]

# --8<-- [start:check]
assert conv.weight.shape == (8, 3, 3, 5) and conv.bias.shape == (8,)
assert sum(p.numel() for p in conv.parameters()) == 8 * 3 * 3 * 5 + 8 == 368
assert [n for n, _ in layer.named_parameters()] == ["weight", "bias"]
assert same

# Pitfalls from the page: nn.parameter is a module, not a class ...
try:
    nn.parameter(torch.zeros(1))
except TypeError as err:
    assert "not callable" in str(err)
else:
    raise AssertionError("nn.parameter(...) should fail")


# ... and a plain tensor attribute is not registered, so an optimizer never sees it.
class Plain(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = torch.zeros(2, requires_grad=True)


assert list(Plain().parameters()) == []
# The custom layer has gradients like any other module.
layer(X).sum().backward()
assert layer.weight.grad.shape == (1, 2) and layer.bias.grad.shape == (1,)
# --8<-- [end:check]
