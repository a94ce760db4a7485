# --8<-- [start:code]
import torch
from torch import nn

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)  # we want dz/dx
# a constant: requires_grad is False by default
c = torch.tensor([0.5, 0.5, 0.5])
y = x * c  # made by an operation, so y knows how it was made
z = (y**2).sum()
print("y:", y)
print("z:", z)

for name, t in [("x", x), ("c", c), ("y", y), ("z", z)]:
    has_fn = t.grad_fn is not None
    print(
        f"{name}: requires_grad={t.requires_grad!s:5}  is_leaf={t.is_leaf!s:5}",
        end="",
    )
    print(f"  grad_fn={has_fn}")

# Walk the graph backwards from z: one node per operation, ending at the node
# that accumulates x's gradient.
node = z.grad_fn
while node is not None:
    print("  node:", node.name())
    node = node.next_functions[0][0] if node.next_functions else None

y.retain_grad()  # also keep the gradient of this intermediate tensor
z.backward()
print("x.grad:", x.grad)  # dz/dx = 2 * c**2 * x
print("y.grad:", y.grad)  # dz/dy = 2 * y
print("c.grad:", c.grad)  # never asked for

# pitfall: the result of `*` is not a leaf
w = torch.randn(3, requires_grad=True) * 0.01
print("randn(..., requires_grad=True) * 0.01 is a leaf:", w.is_leaf)
layer = nn.Linear(3, 2)
print(
    "nn.Linear weight: requires_grad =",
    layer.weight.requires_grad,
    " is_leaf =",
    layer.weight.is_leaf,
)
# --8<-- [end:code]

# --8<-- [start:check]
import warnings  # noqa: E402

assert x.is_leaf and c.is_leaf and not y.is_leaf and not z.is_leaf
assert x.grad_fn is None and c.grad_fn is None
assert (
    type(y.grad_fn).__name__ == "MulBackward0"
    and z.grad_fn.name() == "SumBackward0"
)
assert not c.requires_grad and c.grad is None
assert torch.allclose(x.grad, torch.tensor([0.5, 1.0, 1.5]))
assert torch.allclose(y.grad, 2 * y.detach())
assert not w.is_leaf and w.requires_grad
assert (
    layer.weight.requires_grad
    and layer.weight.is_leaf
    and layer.bias.requires_grad
)
# A non-leaf that did not call retain_grad() keeps no .grad (PyTorch warns when you read it).
x2 = torch.tensor([1.0, 2.0], requires_grad=True)
h = x2 * 3
h.sum().backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    assert h.grad is None
assert any(
    "not a leaf Tensor is being accessed" in str(w.message) for w in caught
)
assert x2.grad is not None
# methods that return a new tensor (e.g. a dtype conversion) make a non-leaf too
assert not torch.tensor([1.0], requires_grad=True).double().is_leaf
assert (torch.randn(3) * 0.01).requires_grad_().is_leaf
# --8<-- [end:check]
