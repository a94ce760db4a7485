# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, WeightedRandomSampler

digits = load_digits()
X_rest, X_test, y_rest, y_test = train_test_split(
    digits.data,
    digits.target,
    test_size=360,
    random_state=0,
    stratify=digits.target,
)
X_train, X_val, y_train, y_val = train_test_split(
    X_rest, y_rest, test_size=288, random_state=0, stratify=y_rest
)
X = torch.tensor(X_train, dtype=torch.float32) / 16
y = torch.tensor(y_train)

# Make it imbalanced: keep only 10% of the digits 0 to 4
g = torch.Generator().manual_seed(0)
keep = []
for c in range(10):
    idx = (y == c).nonzero().flatten()
    idx = idx[torch.randperm(len(idx), generator=g)]
    keep.append(idx[: len(idx) // 10] if c < 5 else idx)
keep = torch.cat(keep)
X, y = X[keep], y[keep]
counts = torch.bincount(y, minlength=10)
print("class counts:", counts.tolist(), " total", len(y))
dataset = TensorDataset(X, y, torch.arange(len(y)))  # (image, label, index)


def class_counts(loader):
    """Draws per class in one epoch, in its first batch, and the indices."""
    batches = list(loader)
    per_batch = [torch.bincount(yb, minlength=10) for _, yb, _ in batches]
    indices = torch.cat([ib for _, _, ib in batches])
    return sum(per_batch), per_batch[0], indices


plain = DataLoader(dataset, batch_size=64, shuffle=True, generator=g)
plain_epoch, plain_first, _ = class_counts(plain)
print("shuffle, first batch:  ", plain_first.tolist())

weights = 1.0 / counts[y].double()  # one weight per sample: 1 / its class
sampler = WeightedRandomSampler(
    weights, num_samples=len(y), replacement=True, generator=g
)
balanced = DataLoader(dataset, batch_size=64, sampler=sampler)
bal_epoch, bal_first, drawn = class_counts(balanced)
print("sampler, first batch:  ", bal_first.tolist())
print("sampler, one epoch:    ", bal_epoch.tolist(), " batches", len(balanced))
seen = [len(drawn[y[drawn] == c].unique()) for c in (0, 5)]
print(
    f"distinct samples in one epoch: class 0 {seen[0]}/{counts[0]},"
    f" class 5 {seen[1]}/{counts[5]}"
)

# The alternative: keep the data as it is, weight each class in the loss
loss_fn = nn.CrossEntropyLoss(weight=len(y) / (10 * counts.float()))
print("loss weights:", [round(w, 2) for w in loss_fn.weight.tolist()])

fig, axes = plt.subplots(
    1, 2, figsize=(9, 3.2), sharey=True, layout="constrained"
)
for ax, epoch, title in [
    (axes[0], plain_epoch, "shuffle=True"),
    (axes[1], bal_epoch, "WeightedRandomSampler"),
]:
    ax.bar(range(10), epoch.numpy())
    ax.axhline(len(y) / 10, color="black", lw=0.8, ls="--")
    ax.set_xticks(range(10))
    ax.set_xlabel("class")
    ax.set_title(title)
axes[0].set_ylabel("draws in one epoch")
fig.suptitle(f"Class counts over one epoch of {len(y)} draws")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert counts[:5].tolist() == [11, 11, 11, 11, 11]
assert counts[5:].min() > 100 and len(y) == 627
assert torch.equal(plain_epoch, counts)  # shuffling keeps the skew
assert plain_first[:5].sum() < 15  # few rare digits in a batch of 64
assert bal_epoch.sum() == len(y) and len(balanced) == 10
share = bal_epoch.double() / (len(y) / 10)
assert (share - 1).abs().max() < 0.35  # every class near 627 / 10
assert bal_first[:5].sum() > 20
assert seen[0] == 11  # each rare sample drawn several times
assert 5 < bal_epoch[0] / counts[0] < 8
assert 9 < loss_fn.weight[0] / loss_fn.weight[5] < 12
assert seen[1] < 0.6 * counts[5]  # many common samples not drawn at all
# the weighted loss is sum(w_y * loss_i) / sum(w_y)
logits = torch.randn(8, 10, generator=torch.Generator().manual_seed(1))
t = y[:8]
w = loss_fn.weight[t]
each = nn.functional.cross_entropy(logits, t, reduction="none")
assert torch.isclose(loss_fn(logits, t), (w * each).sum() / w.sum())
# --8<-- [end:check]
