# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import make_regression
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

x_np, y_np, coef = make_regression(
    n_samples=100, n_features=1, noise=10, bias=14.5, coef=True, random_state=3
)
true_w, true_b = float(coef), 14.5
x = torch.tensor(x_np, dtype=torch.float32)  # (100, 1)
y = torch.tensor(y_np, dtype=torch.float32).reshape(-1, 1)  # (100, 1)

torch.manual_seed(0)
loader = DataLoader(TensorDataset(x, y), batch_size=16, shuffle=True)
model = nn.Linear(1, 1)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
epoch_losses = []
for _ in range(15):
    total = 0.0
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        # undo the batch mean, so short batches count less
        total += loss.item() * len(xb)
    epoch_losses.append(total / len(x))

# The best line for this sample, in closed form: least squares on [x, 1].
A = torch.cat([x, torch.ones_like(x)], dim=1)
w_ls, b_ls = torch.linalg.lstsq(A, y).solution.flatten().tolist()
print(
    f"SGD:           w = {model.weight.item():.3f}  b = {model.bias.item():.3f}"
)
print(f"least squares: w = {w_ls:.3f}  b = {b_ls:.3f}")
print(f"true:          w = {true_w:.3f}  b = {true_b:.3f}")
noise = y - (true_w * x + true_b)  # the noise this sample happened to draw
mse_ls = ((A @ torch.tensor([[w_ls], [b_ls]]) - y) ** 2).mean()
print(
    f"final epoch loss {epoch_losses[-1]:.1f}, least-squares MSE {mse_ls:.1f}"
)
print(
    f"mean square of this noise draw: {noise.pow(2).mean():.1f} (nominal 100)"
)

grid = torch.linspace(-3, 2.5, 50).reshape(-1, 1)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3.5), layout="constrained")
ax1.scatter(x, y, s=10, alpha=0.6, label="data")
ax1.plot(grid, model(grid).detach(), "r", label="SGD fit")
ax1.plot(grid, true_w * grid + true_b, "g--", label="true line")
ax1.set(xlabel="$x$", ylabel="$y$", title="Data and fitted line")
ax1.legend()
ax2.plot(range(1, 16), epoch_losses)
ax2.set(xlabel="epoch", ylabel="mean squared error", title="Training loss")
fig.suptitle("Linear regression with one feature")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
# Constant-step SGD jitters around the least-squares answer: within 1 of it, loss within 2 %.
assert (
    abs(model.weight.item() - w_ls) < 1.0
    and abs(model.bias.item() - b_ls) < 1.0
)
# noise: even the best fit misses the truth
assert abs(w_ls - true_w) < 1.0 and abs(b_ls - true_b) < 1.0
assert abs(b_ls - true_b) > 0.5
final_mse = loss_fn(model(x), y).item()
ls_mse = ((A @ torch.tensor([[w_ls], [b_ls]]) - y) ** 2).mean().item()
assert final_mse < 1.02 * ls_mse
assert 70 < ls_mse < 100  # the floor set by the noise (std 10, variance 100)
# least squares goes a little below the noise it fits; both well below 100
assert ls_mse <= noise.pow(2).mean().item() < 90
assert epoch_losses[0] > 5 * epoch_losses[-1]
# --8<-- [end:check]
