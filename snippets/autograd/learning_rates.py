# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch


def descend(lr, steps=20):
    w = torch.tensor(10.0, requires_grad=True)
    path = [w.item()]
    for _ in range(steps):
        (w**2 + 20).backward()
        with torch.no_grad():
            w -= lr * w.grad
        w.grad.zero_()
        path.append(w.item())
    return path


rates = [0.01, 0.1, 0.5, 0.9, 1.0, 1.05]
fig, axes = plt.subplots(2, 3, figsize=(8, 4.6), sharex=True)
paths = {}
for ax, lr in zip(axes.flat, rates, strict=True):
    paths[lr] = path = descend(lr)
    factor = 1 - 2 * lr
    print(f"lr = {lr:<4}  1 - 2*lr = {factor:+.2f}", end="")
    print(f"  w_1 = {path[1]:+8.3f}  w_20 = {path[-1]:+9.4f}")
    ax.plot(path, "o-", ms=3, lw=1)
    ax.axhline(0, color="gray", lw=0.6)
    ax.set_title(f"lr = {lr}, factor {factor:+.2f}", fontsize=9)
for ax in axes[1]:
    ax.set_xlabel("step k")
for ax in axes[:, 0]:
    ax.set_ylabel(r"$w_k$")
fig.suptitle(
    r"Gradient descent on $w^2 + 20$ from $w_0 = 10$ with six learning rates"
)
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

for lr, path in paths.items():
    for k, wk in enumerate(path):
        assert math.isclose(
            wk, 10 * (1 - 2 * lr) ** k, rel_tol=1e-4, abs_tol=1e-6
        ), (lr, k)
# one step to the minimum
assert paths[0.5][1] == 0.0 and all(v == 0.0 for v in paths[0.5][1:])
# bounces between -10 and 10 forever
assert paths[1.0][-1] == 10.0 and paths[1.0][1] == -10.0
assert abs(paths[1.05][-1]) > 60  # diverges: |w| grows by 1.1 each step
# oscillates but converges
assert paths[0.9][1] < 0 < paths[0.9][2] and abs(paths[0.9][-1]) < 0.2
assert paths[0.01][-1] > 6  # converges, but slowly
# converges without overshooting
assert abs(paths[0.1][-1]) < 0.2 and paths[0.1][-1] > 0
# --8<-- [end:check]
