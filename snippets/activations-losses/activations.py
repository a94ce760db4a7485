# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from torch import nn

x = torch.linspace(-5, 5, 201, requires_grad=True)
activations = {
    "sigmoid": nn.Sigmoid(),
    "tanh": nn.Tanh(),
    "ReLU": nn.ReLU(),
    "LeakyReLU(0.1)": nn.LeakyReLU(negative_slope=0.1),
}

values, grads = {}, {}
for name, act in activations.items():
    y = act(x)
    # Each y[i] depends only on x[i]: the gradient of y.sum() is the derivative.
    (grad,) = torch.autograd.grad(y.sum(), x)
    values[name], grads[name] = y.detach(), grad

for name in activations:
    value, slope = values[name][60], grads[name][60]
    print(f"{name:>15}: f(-2) = {value:+.4f}   f'(-2) = {slope:.4f}")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3.5))
for name in activations:
    # dashed: ReLU stays visible
    style = "--" if name.startswith("Leaky") else "-"
    ax1.plot(x.detach(), values[name], style, label=name)
    ax2.plot(x.detach(), grads[name], style, label=name)
ax1.set(title="Activation $f(x)$", xlabel="$x$", ylim=(-1.5, 3))
ax2.set(title="Derivative $f'(x)$ from autograd", xlabel="$x$")
ax1.legend()
for ax in (ax1, ax2):
    ax.grid(alpha=0.3)
fig.suptitle("Common activation functions and their derivatives")
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
xs = x.detach()
assert torch.isclose(xs[60], torch.tensor(-2.0))
s = torch.sigmoid(xs)
analytic = {
    "sigmoid": s * (1 - s),  # sigma' = sigma (1 - sigma)
    "tanh": 1 - torch.tanh(xs) ** 2,  # tanh' = 1 - tanh^2
    "ReLU": (xs > 0).float(),  # 1 for x > 0, else 0 (PyTorch uses 0 at x = 0)
    "LeakyReLU(0.1)": torch.where(xs > 0, 1.0, 0.1),
}
for name, expected in analytic.items():
    assert torch.allclose(grads[name], expected, atol=1e-6), name
zero = torch.zeros(1, requires_grad=True)
(relu_grad_at_0,) = torch.autograd.grad(torch.relu(zero).sum(), zero)
# PyTorch picks 0 as ReLU's derivative at x = 0
assert relu_grad_at_0.item() == 0
assert torch.isclose(grads["sigmoid"].max(), torch.tensor(0.25))
assert torch.isclose(grads["tanh"].max(), torch.tensor(1.0))
assert nn.LeakyReLU().negative_slope == 0.01  # the default slope
# --8<-- [end:check]
