# book: varies
# --8<-- [start:code]
import time

import torch
from sklearn.datasets import load_digits
from torch.utils.data import Dataset


class Digits(Dataset):
    """The 8x8 digits as (image, label) pairs, converted to tensors once."""

    def __init__(self, images, labels):
        self.images = torch.tensor(images, dtype=torch.float32) / 16
        self.labels = torch.tensor(labels, dtype=torch.long)

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        return self.images[i], self.labels[i]


class DigitsPerItem(Dataset):
    """The same samples, but converted from NumPy on every access."""

    def __init__(self, images, labels):
        self.images, self.labels = images, labels

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        image = torch.tensor(self.images[i], dtype=torch.float32) / 16
        return image, torch.tensor(self.labels[i], dtype=torch.long)


digits = load_digits()
ds = Digits(digits.images, digits.target)
image, label = ds[10]
print("len(ds):", len(ds))
print("ds[10]:", tuple(image.shape), image.dtype, "label", label.item())
print("labels of ds[0:5]:", ds[0:5][1].tolist())  # works: tensors slice
print("pixel range:", image.min().item(), "to", image.max().item())


def one_pass(dataset):
    start = time.perf_counter()
    for i in range(len(dataset)):
        dataset[i]
    return time.perf_counter() - start


slow = DigitsPerItem(digits.images, digits.target)
t_once = min(one_pass(ds) for _ in range(3))
t_each = min(one_pass(slow) for _ in range(3))
print(f"one pass, tensors stored once: {t_once * 1e3:5.1f} ms")
print(f"one pass, converted per item:  {t_each * 1e3:5.1f} ms")
# --8<-- [end:code]

# --8<-- [start:check]
assert len(ds) == 1797 and len(slow) == 1797
assert tuple(image.shape) == (8, 8) and image.dtype == torch.float32
assert label.dtype == torch.int64 and label.item() == digits.target[10]
assert ds[0:5][1].tolist() == digits.target[:5].tolist()
assert image.min() >= 0 and image.max() <= 1
x2, y2 = slow[10]
assert torch.equal(x2, image) and torch.equal(y2, label)
# --8<-- [end:check]
