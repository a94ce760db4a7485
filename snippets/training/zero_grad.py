# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from torch import nn

# 1. backward() ADDS into .grad: the same loss three times, no zeroing.
w = torch.tensor(1.0, requires_grad=True)
for i in range(3):
    (3 * w).backward()
    print(f"after backward #{i + 1}: w.grad = {w.grad}")

# 2. The same regression trained with and without optimizer.zero_grad().
torch.manual_seed(0)
X = torch.randn(200, 2)
y = X @ torch.tensor([[2.0], [-3.4]]) + 4.2


def train(zero_grad, steps=60):
    torch.manual_seed(1)
    model = nn.Linear(2, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    losses = []
    for _ in range(steps):
        if zero_grad:
            optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(X), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses


with_zero, without_zero = train(True), train(False)
print(f"final loss with zero_grad:    {with_zero[-1]:.2e}")
print(f"final loss without zero_grad: {without_zero[-1]:.2e}")

fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
ax.semilogy(with_zero, label="with zero_grad()")
ax.semilogy(without_zero, label="without zero_grad()")
ax.set(
    xlabel="step",
    ylabel="MSE loss",
    title="Forgetting zero_grad: gradients pile up",
)
ax.legend()
ax.grid(alpha=0.3)
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert w.grad.item() == 9.0  # 3 + 3 + 3
assert with_zero[-1] < 1e-3
assert without_zero[-1] > 100 * with_zero[-1]
# Without zeroing, the loss swings up and down forever instead of converging.
assert min(without_zero) > 0.1 and max(without_zero[30:]) > 25
assert 1e-4 < with_zero[-1] < 3e-4
# zero_grad() sets .grad to None by default (set_to_none=True).
p = nn.Parameter(torch.ones(2))
opt = torch.optim.SGD([p], lr=0.1)
p.sum().backward()
opt.zero_grad()
assert p.grad is None
# --8<-- [end:check]
