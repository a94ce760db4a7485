# --8<-- [start:code]
import math

import torch
from torch.utils.data import DataLoader, TensorDataset


def expected_batches(n, batch_size, drop_last):
    return n // batch_size if drop_last else math.ceil(n / batch_size)


for n, batch_size in [(1149, 64), (1149, 1149), (1000, 100), (50, 64)]:
    dataset = TensorDataset(torch.zeros(n, 3))
    for drop_last in (False, True):
        loader = DataLoader(dataset, batch_size=batch_size, drop_last=drop_last)
        formula = expected_batches(n, batch_size, drop_last)
        steps = sum(1 for _ in loader)
        print(
            f"n={n:4d} batch_size={batch_size:4d} drop_last={drop_last!s:5}:"
            f" len {len(loader):2d}, formula {formula:2d}, steps {steps:2d}"
        )
# --8<-- [end:code]

# --8<-- [start:check]
for n in (1, 50, 999, 1000, 1001, 1149):
    dataset = TensorDataset(torch.zeros(n, 3))
    for b in (1, 7, 64, 100, 1000, 1149):
        for d in (False, True):
            loader = DataLoader(dataset, batch_size=b, drop_last=d)
            assert len(loader) == expected_batches(n, b, d)
            assert sum(1 for _ in loader) == len(loader)
tiny = DataLoader(
    TensorDataset(torch.zeros(50, 3)), batch_size=64, drop_last=True
)
assert len(tiny) == 0 and list(tiny) == []  # the loop body never runs
# --8<-- [end:check]
