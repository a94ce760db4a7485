# --8<-- [start:code]
import torch


def f(x):
    return x**4 - 3 * x**2 + x


x = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
for i in range(6):
    # f'(x), itself differentiable
    (d1,) = torch.autograd.grad(f(x), x, create_graph=True)
    (d2,) = torch.autograd.grad(d1, x)  # f''(x)
    with torch.no_grad():
        x -= d1 / d2  # Newton step
    print(f"step {i + 1}: x = {x.item():.10f}   f'(x) was {d1.item():+.2e}")
# --8<-- [end:code]

# --8<-- [start:check]
import numpy as np  # noqa: E402

xv = x.item()
assert abs(4 * xv**3 - 6 * xv + 1) < 1e-10  # f'(x) = 0
assert 12 * xv**2 - 6 > 0  # f''(x) > 0: a minimum
roots = np.roots([4, 0, -6, 1])
assert np.isclose(roots, xv).any()
assert abs(xv - 1.1309) < 1e-4
# |f'| at the start of each step shrinks, faster and faster (quadratic convergence)
z = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
slopes = []
for _ in range(6):
    (s1,) = torch.autograd.grad(f(z), z, create_graph=True)
    (s2,) = torch.autograd.grad(s1, z)
    slopes.append(abs(s1.item()))
    with torch.no_grad():
        z -= s1 / s2
assert all(b < a for a, b in zip(slopes[:-1], slopes[1:], strict=True))
assert slopes[-1] < 1e-6 and slopes[-1] < slopes[-2] ** 2
# --8<-- [end:check]
