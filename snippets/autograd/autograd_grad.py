# --8<-- [start:code]
import torch

x = torch.tensor(2.0, requires_grad=True)
y = torch.tensor(5.0, requires_grad=True)
u = torch.tensor(1.0, requires_grad=True)  # not used by z
z = x**2 * y

# a tuple, one per input
dz_dx, dz_dy = torch.autograd.grad(z, (x, y), retain_graph=True)
print("dz/dx =", dz_dx, " dz/dy =", dz_dy)
print("x.grad is still:", x.grad)

try:
    torch.autograd.grad(z, (x, u), retain_graph=True)
except RuntimeError as err:
    print("unused input:", str(err).split(". ")[0])
print(
    "allow_unused=True:     ",
    torch.autograd.grad(z, (x, u), allow_unused=True, retain_graph=True),
)
print(
    "materialize_grads=True:",
    torch.autograd.grad(z, (x, u), allow_unused=True, materialize_grads=True),
)

t = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
s = t**2  # not a scalar: grad_outputs plays the role of v
(ds,) = torch.autograd.grad(s, t, grad_outputs=torch.tensor([1.0, 1.0, 0.5]))
print("grad_outputs=[1, 1, 0.5]:", ds)
# --8<-- [end:code]

# --8<-- [start:check]
import warnings  # noqa: E402

assert torch.equal(dz_dx, torch.tensor(20.0)) and torch.equal(
    dz_dy, torch.tensor(4.0)
)
assert x.grad is None and y.grad is None and u.grad is None
g = torch.autograd.grad(x**2 * y, (x, u), allow_unused=True)
assert g[1] is None
g = torch.autograd.grad(
    x**2 * y, (x, u), allow_unused=True, materialize_grads=True
)
assert torch.equal(g[1], torch.tensor(0.0))
assert torch.allclose(ds, torch.tensor([2.0, 4.0, 3.0]))
try:
    torch.autograd.grad(x**2 * y, (x, u))
    raise AssertionError("should fail")
except RuntimeError as err:
    assert "appears to not have been used in the graph" in str(err)
# only_inputs is deprecated and ignored: passing False only adds a FutureWarning
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (g_only,) = torch.autograd.grad(x**2 * y, x, only_inputs=False)
assert any(
    issubclass(w.category, FutureWarning) and "only_inputs" in str(w.message)
    for w in caught
)
assert torch.equal(g_only, torch.tensor(20.0)) and x.grad is None
# --8<-- [end:check]
