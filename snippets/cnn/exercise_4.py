# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(1, 1, 4, 4, requires_grad=True)
nn.MaxPool2d(2)(X).sum().backward()
print("input:", X[0, 0].detach(), sep="\n")
print("gradient through max pooling:", X.grad[0, 0], sep="\n")

X.grad = None
nn.AvgPool2d(2)(X).sum().backward()
print("gradient through average pooling:", X.grad[0, 0], sep="\n")
# --8<-- [end:code]

# --8<-- [start:check]
X.grad = None
nn.MaxPool2d(2)(X).sum().backward()
g = X.grad[0, 0]
# one window per row
windows = X.detach()[0, 0].reshape(2, 2, 2, 2).permute(0, 2, 1, 3).reshape(4, 4)
gw = g.reshape(2, 2, 2, 2).permute(0, 2, 1, 3).reshape(4, 4)
assert torch.equal(gw.sum(dim=1), torch.ones(4))  # exactly one 1 per window ...
# ... at the window's maximum
assert torch.equal(gw.argmax(dim=1), windows.argmax(dim=1))
assert torch.count_nonzero(g) == 4
X.grad = None
nn.AvgPool2d(2)(X).sum().backward()
assert torch.allclose(X.grad, torch.full((1, 1, 4, 4), 0.25))
# --8<-- [end:check]
