# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch


def corr2d(X, K):
    """2-D cross-correlation of X (h, w) with kernel K (kh, kw), no padding."""
    kh, kw = K.shape
    Y = torch.zeros(X.shape[0] - kh + 1, X.shape[1] - kw + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i : i + kh, j : j + kw] * K).sum()
    return Y


X = torch.ones(6, 8)  # a white 6x8 image ...
X[:, 2:6] = 0  # ... with a black vertical band
K = torch.tensor([[1.0, -1.0]])  # difference of horizontal neighbours
Y = corr2d(X, K)
print("X:", X, sep="\n")
print("Y = corr2d(X, K):", Y, sep="\n")

Y_t = corr2d(X.t(), K)  # the same image turned on its side: horizontal edges
print("largest |output| on the transposed image:", Y_t.abs().max().item())
print("corr2d(X.T, K.T) == Y.T:", torch.equal(corr2d(X.t(), K.t()), Y.t()))

fig, axes = plt.subplots(1, 4, figsize=(10, 3), width_ratios=[8, 7, 6, 5])
panels = [
    (X, "image X"),
    (Y, "corr2d(X, K)"),
    (X.t(), "image X.T"),
    (Y_t, "corr2d(X.T, K)"),
]
for k, (ax, (img, title)) in enumerate(zip(axes, panels, strict=True)):
    if k % 2 == 0:  # images: 1 white, 0 black
        ax.imshow(img.numpy(), cmap="gray", vmin=0, vmax=1)
    else:  # outputs: +1 blue, 0 gray, -1 red
        ax.imshow(img.numpy(), cmap="coolwarm_r", vmin=-1, vmax=1)
    ax.set_title(title)
    ax.set_xticks(range(img.shape[1]))
    ax.set_yticks(range(img.shape[0]))
    ax.tick_params(labelsize=7)
fig.suptitle(
    "Edge detection with K = [[1, -1]]: output +1 (blue), 0 (gray), -1 (red)"
)
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
expected = torch.zeros(6, 7)
expected[:, 1] = 1.0  # white (col 1) -> black (col 2)
expected[:, 5] = -1.0  # black (col 5) -> white (col 6)
assert torch.equal(Y, expected)
assert Y.shape == (6, 7)
# no vertical edges there
assert Y_t.shape == (8, 5) and torch.count_nonzero(Y_t) == 0
# the transposed kernel finds the edges of the transposed image
assert torch.equal(corr2d(X.t(), K.t()), expected.t())
# --8<-- [end:check]
