# --8<-- [start:code]
import math

import torch

# Derivative: the slope of f at x, the limit of (f(x + h) - f(x)) / h.
x = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
y = x**3
y.backward()
h = 1e-6
slope = ((2.0 + h) ** 3 - 2.0**3) / h
print(
    f"d(x^3)/dx at 2: autograd {x.grad.item():.4f}, (f(x+h)-f(x))/h {slope:.4f}"
)

# Gradient: one partial derivative per input, collected in a vector.
w = torch.tensor([1.0, 2.0], requires_grad=True)
L = w[0] ** 2 + 3 * w[1]
L.backward()
print("gradient of w0^2 + 3 w1 at (1, 2):", w.grad)

# Chain rule: z = sin(u) with u = x^2, so dz/dx = cos(u) * 2x.
x = torch.tensor(1.5, requires_grad=True)
z = torch.sin(x**2)
z.backward()
by_hand = math.cos(1.5**2) * 2 * 1.5
print(
    f"d sin(x^2)/dx at 1.5: autograd {x.grad.item():.4f}, by hand {by_hand:.4f}"
)
# --8<-- [end:code]

# --8<-- [start:check]
assert abs(slope - 12.0) < 1e-4
assert torch.equal(w.grad, torch.tensor([2.0, 3.0]))
assert abs(x.grad.item() - by_hand) < 1e-5
# --8<-- [end:check]
