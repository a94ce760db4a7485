# --8<-- [start:code]
import torch
from torch.autograd.functional import jacobian


def f(x):  # R^3 -> R^3
    return torch.stack([x[0] * x[1], x[1] ** 2, torch.sin(x[2])])


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = f(x)
try:
    y.backward()  # y has 3 elements: which gradient would that be?
except RuntimeError as err:
    print("y.backward():", err)

v = torch.tensor([1.0, 0.1, -2.0])  # one weight per output
y.backward(v)
print("y.backward(v) -> x.grad:   ", x.grad)

x2 = x.detach().clone().requires_grad_()
(f(x2) * v).sum().backward()  # the scalar sum(y * v)
print("grad of sum(y * v):        ", x2.grad)

J = jacobian(f, x.detach())  # J[i, j] = dy_i / dx_j
print("Jacobian J:\n", J)
print("J.T @ v:                   ", J.T @ v)
print("J.T @ e_0 = row 0 of J:    ", J.T @ torch.tensor([1.0, 0.0, 0.0]))
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402
import warnings  # noqa: E402

assert torch.allclose(x.grad, x2.grad) and torch.allclose(x.grad, J.T @ v)
expected_J = torch.tensor(
    [[2.0, 1.0, 0.0], [0.0, 4.0, 0.0], [0.0, 0.0, math.cos(3.0)]]
)
assert torch.allclose(J, expected_J)
assert torch.allclose(J.T @ torch.tensor([1.0, 0.0, 0.0]), J[0])
# with v = ones, backward gives the gradient of y.sum()
x3 = x.detach().clone().requires_grad_()
f(x3).backward(torch.ones(3))
assert torch.allclose(x3.grad, J.sum(0))
# the functional form calls v `grad_tensors`; the old name `grad_variables` is deprecated
x4 = x.detach().clone().requires_grad_()
torch.autograd.backward(f(x4), grad_tensors=v)
assert torch.allclose(x4.grad, J.T @ v)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.autograd.backward(f(x4), grad_variables=v)
assert any(
    issubclass(w.category, FutureWarning) and "grad_variables" in str(w.message)
    for w in caught
)
# --8<-- [end:check]
