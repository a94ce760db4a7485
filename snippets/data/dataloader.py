# --8<-- [start:code]
import math

import torch
from sklearn.datasets import load_digits
from torch.utils.data import DataLoader, Dataset, default_collate


class Digits(Dataset):
    def __init__(self, images, labels):
        self.images = torch.tensor(images, dtype=torch.float32) / 16
        self.labels = torch.tensor(labels, dtype=torch.long)

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        return self.images[i], self.labels[i]


digits = load_digits()
ds = Digits(digits.images, digits.target)

# Collation: a list of (image, label) pairs becomes [images, labels]
batch = default_collate([ds[0], ds[1], ds[2]])
print("collated:", type(batch).__name__, [tuple(t.shape) for t in batch])

# NumPy items are converted too, but keep NumPy's float64
raw = default_collate([(digits.images[i], digits.target[i]) for i in range(3)])
print("from NumPy items:", raw[0].dtype, raw[1].dtype)

loader = DataLoader(
    ds, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0)
)
# Each pass over the loader is an epoch with a new order
for epoch in range(2):
    xb, yb = next(iter(loader))
    print(f"epoch {epoch}, first labels:", yb[:8].tolist())
print("batch:", tuple(xb.shape), xb.dtype, "|", tuple(yb.shape), yb.dtype)
# The same orders again from the same seed
again = DataLoader(
    ds, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0)
)
fresh = next(iter(again))[1][:8].tolist()
print("new loader, seed 0:", fresh)

# How many batches: ceil without drop_last, floor with it
strict = DataLoader(ds, batch_size=64, shuffle=True, drop_last=True)
sizes = [len(y) for _, y in loader]
print(f"len(loader) = {len(loader)} = ceil(1797 / 64) =", math.ceil(1797 / 64))
print("last batch size:", sizes[-1], " samples per epoch:", sum(sizes))
print("drop_last=True:", len(strict), "batches of 64,", len(strict) * 64)
# --8<-- [end:code]

# --8<-- [start:check]
assert type(batch) is list and len(batch) == 2
assert tuple(batch[0].shape) == (3, 8, 8) and batch[1].tolist() == [0, 1, 2]
assert tuple(xb.shape) == (64, 8, 8) and xb.dtype == torch.float32
assert tuple(yb.shape) == (64,) and yb.dtype == torch.int64
assert raw[0].dtype == torch.float64 and raw[1].dtype == torch.int64
try:  # float64 images meet float32 weights
    torch.nn.Linear(64, 10)(raw[0].reshape(3, 64))
    raise AssertionError("expected a dtype error")
except RuntimeError as err:
    assert "dtype" in str(err)


def first_labels(seed, epochs=2):
    loader = DataLoader(
        ds,
        batch_size=64,
        shuffle=True,
        generator=torch.Generator().manual_seed(seed),
    )
    return [next(iter(loader))[1][:8].tolist() for _ in range(epochs)]


runs = first_labels(0)
assert runs == first_labels(0) and runs[0] != runs[1]
assert fresh == runs[0]
assert len(loader) == 29 == math.ceil(1797 / 64)
assert sizes[-1] == 1797 - 28 * 64 == 5 and sum(sizes) == 1797
assert len(strict) == 28 == 1797 // 64
assert all(len(y) == 64 for _, y in strict)
# --8<-- [end:check]
