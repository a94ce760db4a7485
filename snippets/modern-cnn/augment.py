# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits


def random_shift(x, generator, max_shift=1):
    """Shift each image of x (N, C, H, W) by its own random offset of at
    most max_shift pixels in each direction; zeros move in at the border."""
    n, _, h, w = x.shape
    s = max_shift
    padded = F.pad(x, (s, s, s, s))  # (N, C, H + 2s, W + 2s)
    dy = torch.randint(0, 2 * s + 1, (n, 1, 1), generator=generator)
    dx = torch.randint(0, 2 * s + 1, (n, 1, 1), generator=generator)
    rows = dy + torch.arange(h).view(1, h, 1)  # (N, H, 1)
    cols = dx + torch.arange(w).view(1, 1, w)  # (N, 1, W)
    i = torch.arange(n).view(n, 1, 1)
    # advanced indexing puts the broadcast (N, H, W) first: (N, H, W, C)
    return padded[i, :, rows, cols].permute(0, 3, 1, 2)


digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target)
g = torch.Generator().manual_seed(0)

batch = X[:128]
shifted = random_shift(batch, g)
print("batch:", tuple(batch.shape), "-> shifted:", tuple(shifted.shape))
changed = (shifted != batch).flatten(1).any(dim=1).float().mean().item()
print(f"images changed: {changed:.2f} (1 - 1/9 = {1 - 1 / 9:.2f} expected)")
# a shift only moves ink, unless ink falls off the border
lost = (batch.sum(dim=(1, 2, 3)) - shifted.sum(dim=(1, 2, 3))).abs()
print(f"images that lost ink at the border: {(lost > 1e-6).float().mean():.2f}")

# Figure: one 2 and one 7, five random shifts each, and a horizontal flip
fig, axes = plt.subplots(2, 7, figsize=(9, 3.2))
for row, (digit, k) in enumerate([(2, 1), (7, 0)]):
    img = X[(y == digit).nonzero()[k]]  # (1, 1, 8, 8)
    views = [img] + [random_shift(img, g) for _ in range(5)]
    views.append(img.flip(dims=[3]))  # mirror left-right
    titles = ["original"] + ["shifted"] * 5 + ["flipped"]
    for ax, v, title in zip(axes[row], views, titles, strict=True):
        ax.imshow(v[0, 0].numpy(), cmap="gray_r")
        ax.set_title(title, fontsize=8)
        ax.axis("off")
fig.suptitle("Random one-pixel shifts keep a digit; a mirror image is not one")
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert shifted.shape == batch.shape
assert 0.8 <= changed <= 0.95  # about 8 of 9 offsets move the image
assert 0.5 <= (lost > 1e-6).float().mean() <= 0.7
# shifting by (0, 0) is the identity; check one offset by hand
one = random_shift(batch[:1], torch.Generator().manual_seed(3))
padded = F.pad(batch[:1], (1, 1, 1, 1))
matches = [
    (dy, dx)
    for dy in range(3)
    for dx in range(3)
    if torch.equal(one, padded[:, :, dy : dy + 8, dx : dx + 8])
]
assert len(matches) >= 1
# --8<-- [end:check]
