# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
X = torch.ones(6, 8)
X[:, 2:6] = 0
Y = X[:, :-1] - X[:, 1:]  # the edge map that K = [[1, -1]] produces
X, Y = X.reshape(1, 1, 6, 8), Y.reshape(1, 1, 6, 7)  # (batch, channels, h, w)

conv = nn.Conv2d(1, 1, kernel_size=(1, 2), bias=False)
print("initial kernel:", conv.weight.detach().reshape(2))
lr = 0.03
for step in range(20):
    loss = ((conv(X) - Y) ** 2).sum()
    conv.zero_grad()
    loss.backward()
    # update the weights without recording it in the graph
    with torch.no_grad():
        conv.weight -= lr * conv.weight.grad
    if (step + 1) % 5 == 0:
        print(f"step {step + 1:2d}  loss {loss.item():.4f}")
print("learned kernel:", conv.weight.detach().reshape(2))
# --8<-- [end:code]

# --8<-- [start:check]
import torch.nn.functional as F  # noqa: E402

# Y really is the edge map
assert torch.equal(F.conv2d(X, torch.tensor([[[[1.0, -1.0]]]])), Y)
assert torch.allclose(
    conv.weight.detach().reshape(2), torch.tensor([1.0, -1.0]), atol=0.01
)
assert loss.item() < 0.01
# still a trainable leaf
assert conv.weight.grad is not None and conv.weight.requires_grad

# The same training with an optimizer gives the same kernel.
torch.manual_seed(0)
conv2 = nn.Conv2d(1, 1, kernel_size=(1, 2), bias=False)
opt = torch.optim.SGD(conv2.parameters(), lr=lr)
for _ in range(20):
    opt.zero_grad()
    ((conv2(X) - Y) ** 2).sum().backward()
    opt.step()
assert torch.allclose(conv2.weight, conv.weight)

# With lr = 0.01 the same 20 steps stop well short of [1, -1].
torch.manual_seed(0)
slow = nn.Conv2d(1, 1, kernel_size=(1, 2), bias=False)
for _ in range(20):
    slow.zero_grad()
    ((slow(X) - Y) ** 2).sum().backward()
    with torch.no_grad():
        slow.weight -= 0.01 * slow.weight.grad
assert (
    slow.weight.detach().reshape(2) - torch.tensor([1.0, -1.0])
).abs().max() > 0.05
# Why no_grad and not .data: an in-place change under no_grad bumps the version
# counter, so autograd refuses to backpropagate through a stale saved value ...
w = torch.tensor([2.0], requires_grad=True)
out = (w * w).sum()  # saves w for the backward pass
with torch.no_grad():
    w -= 1.0
try:
    out.backward()
except RuntimeError as err:
    assert "modified by an inplace operation" in str(err)
else:
    raise AssertionError("expected autograd to detect the in-place change")
# ... while .data hides the change and the gradient comes out silently wrong.
w = torch.tensor([2.0], requires_grad=True)
out = (w * w).sum()
w.data -= 1.0
out.backward()
# 2 * (new w = 1), not the correct 2 * (old w = 2) = 4
assert w.grad.item() == 2.0
# --8<-- [end:check]
