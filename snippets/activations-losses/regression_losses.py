# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from torch import nn

# error = prediction - target
e = torch.linspace(-3, 3, 121, requires_grad=True)
target = torch.zeros_like(e)
losses = {
    "L1Loss: $|e|$": nn.L1Loss(reduction="none"),
    "MSELoss: $e^2$": nn.MSELoss(reduction="none"),
    r"HuberLoss, $\delta=1$": nn.HuberLoss(reduction="none", delta=1.0),
}

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3.5), layout="constrained")
for name, loss_fn in losses.items():
    loss = loss_fn(e, target)
    (grad,) = torch.autograd.grad(loss.sum(), e)
    ax1.plot(e.detach(), loss.detach(), label=name)
    ax2.plot(e.detach(), grad, label=name)
ax1.set(title="Loss", xlabel="error $e$", ylim=(0, 4))
ax2.set(title="Gradient w.r.t. the prediction", xlabel="error $e$")
ax1.legend()
for ax in (ax1, ax2):
    ax.grid(alpha=0.3)
fig.suptitle("Regression losses as functions of the error")
plt.show()

# Batch means on five predictions, one of them a bad outlier (error 10).
pred = torch.tensor([1.1, 1.9, 3.2, 3.8, 15.0])
y = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
for name, loss_fn in [
    ("L1", nn.L1Loss()),
    ("MSE", nn.MSELoss()),
    ("Huber", nn.HuberLoss(delta=1.0)),
]:
    print(f"{name:>5}: {loss_fn(pred, y):.3f}")

err = pred - y
textbook = (0.5 * err**2).mean()  # the squared loss with a 1/2
print(
    f"MSELoss / textbook squared loss: {nn.MSELoss()(pred, y) / textbook:.1f}"
)
huber = nn.HuberLoss(delta=2.0)(pred, y)
smooth = nn.SmoothL1Loss(beta=2.0)(pred, y)
print(f"HuberLoss(delta=2): {huber:.3f}  SmoothL1Loss(beta=2): {smooth:.3f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.isclose(nn.MSELoss()(pred, y) / textbook, torch.tensor(2.0))
assert torch.isclose(huber, 2 * smooth)
mse, l1, huber = (
    nn.MSELoss()(pred, y),
    nn.L1Loss()(pred, y),
    nn.HuberLoss(delta=1.0)(pred, y),
)
assert torch.isclose(mse, (err**2).mean())  # no 1/2 factor in MSELoss
assert torch.isclose(l1, err.abs().mean())
# The textbook Huber loss: e^2/2 if |e| <= 1 else |e| - 1/2 -- HuberLoss with delta=1.
textbook = torch.where(err.abs() <= 1, 0.5 * err**2, err.abs() - 0.5)
assert torch.isclose(huber, textbook.mean())
# SmoothL1Loss(beta) = HuberLoss(delta=beta) / beta; equal when the parameter is 1.
for d in (0.5, 1.0, 2.0):
    assert torch.isclose(
        nn.HuberLoss(delta=d)(pred, y), d * nn.SmoothL1Loss(beta=d)(pred, y)
    )
assert torch.isclose(
    nn.HuberLoss(delta=1.0)(pred, y), nn.SmoothL1Loss(beta=1.0)(pred, y)
)
# The single outlier dominates MSE, not L1 or Huber.
assert (
    abs(mse.item() - 20.02) < 1e-3
    and abs(l1.item() - 2.12) < 1e-3
    and abs(huber.item() - 1.91) < 1e-3
)
assert mse > 9 * l1
# Huber's gradient (the last one plotted) never exceeds delta = 1 in size; MSE's grows as 2e.
assert grad.abs().max() <= 1.0 + 1e-6
# --8<-- [end:check]
