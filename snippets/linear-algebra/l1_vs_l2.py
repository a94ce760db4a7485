# --8<-- [start:code]
import matplotlib.pyplot as plt
import numpy as np
import torch

torch.manual_seed(0)
n, d = 30, 20  # few samples, many features: easy to overfit
X = torch.randn(n, d)
w_true = torch.zeros(d)
w_true[[1, 6, 13]] = torch.tensor([2.0, -3.0, 1.5])  # only 3 features matter
y = X @ w_true + 0.5 * torch.randn(n)

lam = 0.2
# Three weight vectors trained side by side: no penalty, L2 penalty, L1 penalty
W = torch.zeros(3, d, requires_grad=True)
opt = torch.optim.SGD([W], lr=0.15)
for _ in range(300):
    mse = ((X @ W.T - y[:, None]) ** 2).mean(dim=0)  # one data loss per row
    l2 = lam * W[1].square().sum()  # lambda * ||w||_2^2
    l1 = lam * W[2].abs().sum()  # lambda * ||w||_1
    loss = mse.sum() + l2 + l1
    opt.zero_grad()
    loss.backward()
    opt.step()

W = W.detach().numpy()
w_true = w_true.numpy()
noise = w_true == 0
names = ["no penalty", "L2 penalty", "L1 penalty"]
for name, w in zip(names, W, strict=True):
    useless = np.abs(w[noise]).sum()
    true_ones = w[[1, 6, 13]].round(2)
    print(
        f"{name}: true weights {true_ones}, other 17: sum |w| = {useless:.2f}"
    )

fig, ax = plt.subplots(figsize=(7, 3.2), layout="constrained")
idx = np.arange(d)
for k, (name, w) in enumerate(zip(names, W, strict=True)):
    ax.bar(idx + (k - 1) * 0.27, w, width=0.27, label=name)
ax.scatter(
    idx, w_true, marker="x", color="black", zorder=3, label="true weight"
)
ax.axhline(0, color="gray", lw=0.8)
ax.set_xticks(idx)
ax.set_xlabel("feature index")
ax.set_ylabel("weight")
ax.set_title(r"Learned weights: no penalty vs L2 vs L1 ($\lambda=0.2$)")
ax.legend(fontsize=8, ncol=2)
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
none, ridge, lasso = W
# L1 removes most of the weight on the irrelevant features; L2 barely does
assert np.abs(lasso[noise]).sum() < 0.3 * np.abs(none[noise]).sum()
assert np.abs(ridge[noise]).sum() > 0.7 * np.abs(none[noise]).sum()
# L2 shrinks the true weights towards 0 more than L1 does
assert np.abs(ridge[[1, 6, 13]]).sum() < np.abs(lasso[[1, 6, 13]]).sum()
# plain gradient steps on |w| make weights hover near 0, not land exactly on it
assert (lasso == 0).sum() == 0
# L1 gets closest to the true weights here
errors = [np.linalg.norm(w - w_true) for w in W]
# the numbers quoted on the page
assert abs(ridge[1] - 1.62) < 0.01
assert (
    abs(np.abs(none[noise]).sum() - 2.65) < 0.01
    and abs(np.abs(lasso[noise]).sum() - 0.49) < 0.02
)
assert errors[2] == min(errors)
# --8<-- [end:check]
