# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

digits = load_digits()  # ships with scikit-learn: no download
print("images:", digits.images.shape, " flattened:", digits.data.shape)
print("pixel range:", digits.data.min(), "to", digits.data.max())
print(
    "samples per class:", torch.bincount(torch.tensor(digits.target)).tolist()
)

# 360 test images, then 288 validation images from the rest, stratified
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
# mean and std from the TRAINING set only
scaler = StandardScaler().fit(X_train)
X_train, X_val, X_test = (
    torch.tensor(scaler.transform(a), dtype=torch.float32)
    for a in (X_train, X_val, X_test)
)
# int64 class indices
y_train, y_val, y_test = (torch.tensor(a) for a in (y_train, y_val, y_test))
print(
    "train:",
    tuple(X_train.shape),
    " validation:",
    tuple(X_val.shape),
    " test:",
    tuple(X_test.shape),
)
print("label dtype:", y_train.dtype)
print(f"train feature mean after scaling: {X_train.mean():.3f}")

fig, axes = plt.subplots(1, 8, figsize=(8, 1.6), layout="constrained")
for ax, image, label in zip(
    axes, digits.images[:8], digits.target[:8], strict=True
):
    ax.imshow(image, cmap="gray_r")
    ax.set_title(f"label {label}", fontsize=9)
    ax.axis("off")
fig.suptitle("The first eight 8x8 digits")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert digits.images.shape == (1797, 8, 8) and digits.data.shape == (1797, 64)
assert digits.data.min() == 0 and digits.data.max() == 16
counts = torch.bincount(torch.tensor(digits.target))
# roughly balanced
assert len(counts) == 10 and 170 <= counts.min() and counts.max() <= 185
assert tuple(X_train.shape) == (1149, 64) and tuple(X_val.shape) == (288, 64)
assert tuple(X_test.shape) == (360, 64)
# stratified: every class has about the same share in each split
for part in (y_train, y_val, y_test):
    share = torch.bincount(part) / len(part)
    assert (share - 0.1).abs().max() < 0.01
assert y_train.dtype == torch.int64
assert abs(X_train.mean().item()) < 1e-3
# Pixels that are always 0 in training keep std 0 -> StandardScaler leaves them at 0, no division by 0.
assert torch.isfinite(X_test).all()
# --8<-- [end:check]
