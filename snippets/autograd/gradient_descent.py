# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch

w = torch.tensor(10.0, requires_grad=True)
lr, steps = 0.01, 458
ws, losses = [w.item()], []
for _ in range(steps):
    loss = w**2 + 20  # forward
    loss.backward()  # dloss/dw = 2w
    with torch.no_grad():
        w -= lr * w.grad  # update
    w.grad.zero_()  # reset for the next step
    ws.append(w.item())
    losses.append(loss.item())  # the loss at the w before this update

final_loss = (w**2 + 20).item()
print(f"after {steps} steps: w = {w.item():.3e}, loss = {final_loss:.6f}")
for k in (0, 1, 10, 100, 458):
    closed_form = 10 * (1 - 2 * lr) ** k
    print(
        f"w_{k:<3} = {ws[k]:.6e}   10 * (1 - 2*lr)**{k:<3} = {closed_form:.6e}"
    )

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3.4))
grid = torch.linspace(-11, 11, 200)
ax1.plot(grid, grid**2 + 20, color="gray", label=r"$y = w^2 + 20$")
path = torch.tensor(ws[::15])
ax1.plot(path, path**2 + 20, "o", ms=4, color="C3", label="every 15th step")
ax1.set_xlabel("w")
ax1.set_ylabel("y")
ax1.set_title("Path of w on the curve")
ax1.legend(fontsize=8)
ax2.plot(losses)
ax2.axhline(20, color="gray", ls="--", lw=0.8)
ax2.set_xlabel("step")
ax2.set_ylabel("loss")
ax2.set_title(f"Loss per step (lr = {lr})")
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

assert len(ws) == steps + 1 and len(losses) == steps
for k, wk in enumerate(ws):
    assert math.isclose(wk, 10 * 0.98**k, rel_tol=1e-4), k
assert 9.5e-4 < w.item() < 9.7e-4
assert abs(final_loss - 20) < 1e-5 and losses[0] == 120.0
assert (
    all(a >= b for a, b in zip(losses[:-1], losses[1:], strict=True))
    and losses[-1] < losses[0]
)
# torch.optim.SGD takes exactly the same steps
w_sgd = torch.tensor(10.0, requires_grad=True)
opt = torch.optim.SGD([w_sgd], lr=lr)
for _ in range(steps):
    opt.zero_grad()
    (w_sgd**2 + 20).backward()
    opt.step()
assert math.isclose(w_sgd.item(), w.item(), rel_tol=1e-6)
# |w| first drops below 1e-3 at step 456 (k >= ln(1e-4) / ln(0.98) = 455.9)
assert ws[455] > 1e-3 > ws[456]
assert math.isclose(math.log(1e-4) / math.log(0.98), 455.9, abs_tol=0.05)
# --8<-- [end:check]
