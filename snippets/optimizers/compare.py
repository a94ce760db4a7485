# --8<-- [start:code]
import math

import matplotlib.pyplot as plt
import torch

c, s = math.cos(math.pi / 4), math.sin(math.pi / 4)
rot = torch.tensor([[c, -s], [s, c]])  # rotation by 45 degrees
diag = torch.diag(torch.tensor([0.04, 4.0]))
surfaces = {
    "axis-aligned valley": diag,
    "rotated by 45 degrees": rot @ diag @ rot.T,
}
optimizers = {
    "SGD lr=0.45": lambda ps: torch.optim.SGD(ps, lr=0.45),
    "momentum lr=0.1": lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9),
    "Nesterov lr=0.1": lambda ps: torch.optim.SGD(
        ps, lr=0.1, momentum=0.9, nesterov=True
    ),
    "Adam lr=0.5": lambda ps: torch.optim.Adam(ps, lr=0.5),
}


def run(make_optimizer, H, start, steps=50):
    p = start.clone().requires_grad_()
    optimizer = make_optimizer([p])
    path = [start]
    for _ in range(steps):
        optimizer.zero_grad()
        (0.5 * p @ H @ p).backward()
        optimizer.step()
        path.append(p.detach().clone())
    return torch.stack(path)


fig, axes = plt.subplots(1, 2, figsize=(9, 3.6), width_ratios=[3, 2])
dist = {}
for ax, (surface, H) in zip(axes, surfaces.items(), strict=True):
    R = rot if surface.startswith("rot") else torch.eye(2)
    start = R @ torch.tensor([-9.0, 1.5])  # same point, relative to valley
    lim = torch.linspace(-10, 10, 201)
    xs, ys = torch.meshgrid(lim, lim, indexing="xy")
    grid = torch.stack([xs, ys], -1)
    zs = 0.5 * torch.einsum("...i,ij,...j->...", grid, H, grid)
    ax.contour(xs, ys, zs, [0.1, 0.3, 0.6, 1, 1.5, 2, 3, 5], colors="0.8")
    print(f"{surface}: distance to the minimum after 50 steps")
    for name, make in optimizers.items():
        path = run(make, H, start)
        dist[surface, name] = torch.linalg.vector_norm(path[-1]).item()
        print(f"  {name:16s} {dist[surface, name]:.3f}")
        ax.plot(path[:, 0], path[:, 1], ".-", ms=3, lw=0.9, label=name)
    ax.plot(0, 0, "k*", ms=8)
    x0, y0 = start.tolist()
    ax.set(
        xlim=(min(x0, 0) - 1.5, 2), ylim=(min(y0, 0) - 1.5, max(y0, 0) + 1.5)
    )
    ax.set(aspect="equal", title=surface)
axes[1].legend(fontsize=8, loc="upper left")
fig.suptitle("The same quadratic, 50 steps from the same point")
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
a, r = "axis-aligned valley", "rotated by 45 degrees"
# SGD and momentum only see the geometry: rotating the surface changes nothing
for name in ["SGD lr=0.45", "momentum lr=0.1", "Nesterov lr=0.1"]:
    assert math.isclose(dist[a, name], dist[r, name], rel_tol=1e-3), name
assert 3.0 < dist[a, "SGD lr=0.45"] < 4.0
assert dist[a, "momentum lr=0.1"] < 1.0 and dist[a, "Nesterov lr=0.1"] < 1.0
# Adam: best of all on the aligned valley, worse than momentum when rotated
assert dist[a, "Adam lr=0.5"] < 0.1
assert dist[r, "Adam lr=0.5"] > 3.0
assert dist[r, "Adam lr=0.5"] > 4 * dist[r, "momentum lr=0.1"]
# paths on the aligned valley: momentum swings across it, Nesterov hardly
paths = {
    n: run(m, diag, torch.tensor([-9.0, 1.5])) for n, m in optimizers.items()
}
assert paths["momentum lr=0.1"][10:, 1].abs().max() > 0.5
assert paths["Nesterov lr=0.1"][10:, 1].abs().max() < 0.05
assert paths["momentum lr=0.1"][:, 0].max() < 0  # no overshoot along x yet
assert paths["Adam lr=0.5"][:, 0].max() > 1.0  # Adam overshoots past 0
# no lr gives plain SGD much better: the best constant lr still leaves > 3
best = run(
    lambda ps: torch.optim.SGD(ps, lr=2 / 4.04), diag, torch.tensor([-9.0, 1.5])
)
assert torch.linalg.vector_norm(best[-1]) > 3.0
# --8<-- [end:check]
