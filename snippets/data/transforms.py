# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch.nn import functional as F
from torch.utils.data import Dataset

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


def to_images(X):
    return torch.tensor(X, dtype=torch.float32).reshape(-1, 1, 8, 8)


X_train, X_val, X_test = to_images(X_train), to_images(X_val), to_images(X_test)
X_all = to_images(digits.data)
mean, std = X_train.mean().item(), X_train.std().item()  # training split only
print(f"mean/std, training split: {mean:.4f} / {std:.4f}")
print(f"mean/std, all 1797 images: {X_all.mean():.4f} / {X_all.std():.4f}")


class Standardise:
    def __init__(self, mean, std):
        self.mean, self.std = mean, std

    def __call__(self, x):
        return (x - self.mean) / self.std


def shift(x, dy, dx):
    """Move a (1, 8, 8) image dy pixels down, dx right; fill with 0."""
    padded = F.pad(x, (1, 1, 1, 1))  # (1, 10, 10)
    return padded[:, 1 - dy : 9 - dy, 1 - dx : 9 - dx]


class RandomShift:
    """Shift by -1, 0 or 1 pixels in each direction (global RNG)."""

    def __call__(self, x):
        dy, dx = torch.randint(-1, 2, (2,)).tolist()
        return shift(x, dy, dx)


class Compose:
    def __init__(self, *transforms):
        self.transforms = transforms

    def __call__(self, x):
        for t in self.transforms:
            x = t(x)
        return x


class Images(Dataset):
    def __init__(self, X, y, transform):
        self.X, self.y, self.transform = X, torch.tensor(y), transform

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.transform(self.X[i]), self.y[i]


standardise = Standardise(mean, std)
train_set = Images(X_train, y_train, Compose(RandomShift(), standardise))
val_set = Images(X_val, y_val, standardise)
test_set = Images(X_test, y_test, standardise)

for name, X in [("train", X_train), ("val", X_val), ("test", X_test)]:
    z = standardise(X)
    print(
        f"{name:5} after standardise: mean {z.mean():+.4f}, std {z.std():.4f}"
    )

torch.manual_seed(0)
draws = {tuple(train_set[0][0].flatten().tolist()) for _ in range(50)}
print("distinct versions of train_set[0] in 50 draws:", len(draws))
print(
    "test_set[0] always the same:", torch.equal(test_set[0][0], test_set[0][0])
)

# Order matters: the pixels shifted in must be background
right = Compose(lambda x: shift(x, 1, 0), standardise)(X_train[0])
wrong = Compose(standardise, lambda x: shift(x, 1, 0))(X_train[0])
print(
    f"row shifted in: shift first {right[0, 0, 0]:.3f},"
    f" standardise first {wrong[0, 0, 0]:.3f}"
)

torch.manual_seed(1)
fig, axes = plt.subplots(1, 6, figsize=(9, 1.9), layout="constrained")
for k, ax in enumerate(axes):
    dy, dx = (0, 0) if k == 0 else torch.randint(-1, 2, (2,)).tolist()
    ax.imshow(shift(X_train[0], dy, dx)[0].numpy(), cmap="gray_r", vmax=16)
    ax.set_title("original" if k == 0 else f"dy={dy}, dx={dx}", fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])
fig.suptitle("Random shifts of one training image")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert abs(mean - X_all.mean().item()) > 1e-4  # the statistics differ
assert abs(mean - X_all.mean().item()) < 0.05  # but only a little here
zt = standardise(X_train)
assert abs(zt.mean().item()) < 1e-5 and abs(zt.std().item() - 1) < 1e-5
z_test = standardise(X_test)
assert 1e-4 < abs(z_test.mean().item()) < 0.05  # close to 0, not exactly 0
assert len(draws) == 9  # all 3 x 3 possible shifts
z_val = standardise(X_val)
assert 1e-3 < abs(z_val.mean().item()) < 0.05
assert torch.equal(test_set[0][0], test_set[0][0])
assert torch.isclose(right[0, 0, 0], torch.tensor(-mean / std))
assert wrong[0, 0, 0] == 0
# shift moves the content and keeps the size
img = X_train[0]
assert torch.equal(shift(img, 1, 0)[:, 1:], img[:, :-1])
assert torch.equal(shift(img, 0, -1)[:, :, :-1], img[:, :, 1:])
assert torch.equal(shift(img, 0, 0), img)
assert len(train_set) == 1149 and len(val_set) == 288 and len(test_set) == 360
# --8<-- [end:check]
