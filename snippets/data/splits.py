# --8<-- [start:code]
import matplotlib.pyplot as plt
import numpy as np
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch.utils.data import Subset, TensorDataset, random_split

digits = load_digits()
full = TensorDataset(
    torch.tensor(digits.data, dtype=torch.float32), torch.tensor(digits.target)
)

# 1) random_split: a random permutation cut into pieces of the given sizes
train, val, test = random_split(
    full, [1149, 288, 360], generator=torch.Generator().manual_seed(0)
)
print("random_split sizes:", len(train), len(val), len(test))
print(type(test).__name__, "indices:", test.indices[:6], "...")
print(
    "test[0] == full[test.indices[0]]:",
    torch.equal(test[0][0], full[test.indices[0]][0]),
)
random_counts = np.bincount(digits.target[test.indices], minlength=10)
print("random_split test counts:", random_counts.tolist())

# 2) The book's split: 360 test images, then 288 validation images,
#    each stratified so that every class keeps its share
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
for name, part in [("train", y_train), ("val", y_val), ("test", y_test)]:
    counts = np.bincount(part, minlength=10)
    print(f"stratified {name:5} {len(part):4d}:", counts.tolist())

# The same split as index lists, for a Dataset: wrap them in Subset
idx_rest, idx_test = train_test_split(
    np.arange(len(full)), test_size=360, random_state=0, stratify=digits.target
)
test_set = Subset(full, idx_test.tolist())
print(
    "Subset matches X_test:",
    torch.equal(
        torch.stack([x for x, _ in test_set]),
        torch.tensor(X_test, dtype=torch.float32),
    ),
)

fig, ax = plt.subplots(figsize=(6, 3.2), layout="constrained")
classes = np.arange(10)
strat_counts = np.bincount(y_test, minlength=10)
ax.bar(classes - 0.2, random_counts, width=0.4, label="random_split")
ax.bar(classes + 0.2, strat_counts, width=0.4, label="stratified")
ax.axhline(36, color="black", lw=0.8, ls="--", label="360 / 10")
ax.set_xticks(classes)
ax.set_xlabel("class")
ax.set_ylabel("test images")
ax.set_title("Class counts in a 360-image test set")
ax.set_ylim(0, 52)
ax.legend(loc="upper center", ncols=3, fontsize=8)
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert (len(train), len(val), len(test)) == (1149, 288, 360)
assert type(test) is Subset and test.dataset is full
assert set(train.indices).isdisjoint(test.indices)
assert sorted(train.indices + val.indices + test.indices) == list(range(1797))
assert (len(y_train), len(y_val), len(y_test)) == (1149, 288, 360)
share = np.bincount(digits.target) / len(digits.target)
for part in (y_train, y_val, y_test):
    exact = share * len(part)
    # stratified: every class count within 1 of its exact share
    assert np.abs(np.bincount(part) - exact).max() <= 1
strat_spread = strat_counts.max() - strat_counts.min()
random_spread = random_counts.max() - random_counts.min()
assert strat_spread <= 2 and random_spread >= 3 * strat_spread
assert random_counts[0] == random_counts.min() <= 30  # few zeros
assert random_counts[7] == random_counts.max() >= 40  # many sevens
assert strat_counts.min() == 35 and strat_counts.max() == 37
assert torch.equal(
    torch.stack([x for x, _ in test_set]),
    torch.tensor(X_test, dtype=torch.float32),
)
# --8<-- [end:check]
