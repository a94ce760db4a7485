# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch

curv = torch.tensor([0.04, 4.0])  # Hessian diag(0.04, 4): f = 0.02x^2 + 2y^2


def f(p):
    return 0.5 * (curv * p**2).sum(-1)


def run_sgd(lr, steps=50, start=(-9.0, 1.5)):
    p = torch.tensor(start, requires_grad=True)
    optimizer = torch.optim.SGD([p], lr=lr)
    path = [p.detach().clone()]
    for _ in range(steps):
        optimizer.zero_grad()
        f(p).backward()
        optimizer.step()
        path.append(p.detach().clone())
    return torch.stack(path)


print(
    f"largest curvature {curv.max():.2f}: SGD diverges for lr > "
    f"{2 / curv.max():.2f}"
)
xs, ys = torch.meshgrid(
    torch.linspace(-10, 2, 200), torch.linspace(-3, 3, 200), indexing="xy"
)
fig, axes = plt.subplots(1, 3, figsize=(9, 3.2), sharey=True)
paths = {}
levels = [0.1, 0.3, 0.6, 1, 1.5, 2, 3, 5, 8, 12, 18]
titles = ["too small", "near the limit", "diverges"]
for ax, lr, title in zip(axes, [0.05, 0.45, 0.52], titles, strict=True):
    paths[lr] = path = run_sgd(lr)
    factors = 1 - lr * curv
    x, y = path[-1].tolist()
    print(
        f"lr = {lr:.2f}: factors (1 - lr*curv) = "
        f"{factors[0]:+.3f}, {factors[1]:+.2f}; "
        f"after 50 steps x = {x:+.3f}, y = {y:+.3g}"
    )
    ax.contour(xs, ys, f(torch.stack([xs, ys], -1)), levels, colors="0.75")
    ax.plot(path[:, 0], path[:, 1], "o-", ms=2, lw=0.8)
    ax.plot(0, 0, "k*", ms=8)
    ax.set(xlim=(-10, 2), ylim=(-3, 3), xlabel="x", title=f"lr = {lr}: {title}")
axes[0].set_ylabel("y")
fig.suptitle(r"SGD on $f(x, y) = 0.02x^2 + 2y^2$, 50 steps from $(-9, 1.5)$")
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

# every step multiplies each coordinate by (1 - lr * curvature)
for lr, path in paths.items():
    k = torch.arange(51, dtype=torch.float64)[:, None]
    closed = (
        torch.tensor([-9.0, 1.5], dtype=torch.float64)
        * (1 - lr * curv.double()) ** k
    )
    assert torch.allclose(path.double(), closed, rtol=1e-4, atol=1e-6), lr
assert math.isclose(2 / curv.max().item(), 0.5)
# too small: y settles quickly, x has barely moved
assert paths[0.05][-1, 0] < -8.0 and abs(paths[0.05][-1, 1]) < 1e-4
# near the limit: y zigzags (factor -0.8) but converges; x still far away
assert paths[0.45][1, 1] < 0 < paths[0.45][2, 1]
assert abs(paths[0.45][-1, 1]) < 1e-3 and -4.0 < paths[0.45][-1, 0] < -3.0
# over the limit: |y| grows by 1.08 per step
assert abs(paths[0.52][-1, 1]) > 50
# the best constant lr 2 / (0.04 + 4) still leaves x at -3.3 after 50 steps
best = run_sgd(2 / 4.04)
assert -3.5 < best[-1, 0] < -3.0
# --8<-- [end:check]
