# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from torch import nn

# 2x2 windows, stride 2 (the default stride is the window size)
pool = nn.MaxPool2d(2)
images = {}
# a one-pixel-wide vertical bar, moved right one pixel at a time
for col in (2, 3, 4):
    X = torch.zeros(1, 1, 8, 8)
    X[0, 0, 2:6, col] = 1.0
    images[col] = X
pooled = {col: pool(X) for col, X in images.items()}
print(
    "input", tuple(images[2].shape[2:]), "-> pooled", tuple(pooled[2].shape[2:])
)
print(
    "bar at column 2 vs 3, pooled outputs equal:",
    torch.equal(pooled[2], pooled[3]),
)
print(
    "bar at column 3 vs 4, pooled outputs equal:",
    torch.equal(pooled[3], pooled[4]),
)

fig, axes = plt.subplots(2, 3, figsize=(6.5, 4.5))
for k, col in enumerate(images):
    axes[0, k].imshow(images[col][0, 0].numpy(), cmap="gray", vmin=0, vmax=1)
    axes[0, k].set_title(f"bar at column {col}", fontsize=10)
    axes[1, k].imshow(pooled[col][0, 0].numpy(), cmap="gray", vmin=0, vmax=1)
    axes[1, k].set_title("after 2x2 max pool", fontsize=10)
    # borders of the 2x2 pooling windows
    edges = [i - 0.5 for i in range(0, 9, 2)]
    axes[0, k].set_xticks(edges)
    axes[0, k].set_yticks(edges)
    axes[0, k].grid(color="tab:orange", linewidth=1)
for ax in axes.flat:
    ax.tick_params(length=0, labelbottom=False, labelleft=False)
fig.suptitle(
    "Shifting by one pixel within a pooling window (orange) keeps the output"
)
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert pooled[2].shape[2:] == (4, 4)
assert torch.equal(pooled[2], pooled[3])
assert not torch.equal(pooled[3], pooled[4])
# crossing the window boundary moves the pooled bar by exactly one pooled column
assert torch.equal(torch.roll(pooled[3], shifts=1, dims=3), pooled[4])
# before pooling, every shift changes the input
assert not torch.equal(images[2], images[3])
# --8<-- [end:check]
