# --8<-- [start:code]
import torch
from torch.utils.data import DataLoader, TensorDataset

X = torch.randn(10, 2, generator=torch.Generator().manual_seed(0))
y = torch.arange(10)
dataset = TensorDataset(X, y)  # dataset[i] == (X[i], y[i])
print("len(dataset):", len(dataset), " dataset[3]:", dataset[3])

loader = DataLoader(
    dataset,
    batch_size=4,
    shuffle=True,
    generator=torch.Generator().manual_seed(42),
)
for epoch in range(2):
    batches = [yb.tolist() for _, yb in loader]  # a new shuffle every epoch
    print(f"epoch {epoch}: {batches}")

strict = DataLoader(dataset, batch_size=4, shuffle=True, drop_last=True)
print("len(loader):", len(loader), " with drop_last=True:", len(strict))
xb, yb = next(iter(loader))
print("batch shapes:", tuple(xb.shape), tuple(yb.shape))
# --8<-- [end:code]

# --8<-- [start:check]
assert len(loader) == 3 and len(strict) == 2
assert tuple(xb.shape) == (4, 2) and tuple(yb.shape) == (4,)


def epochs(seed, n=2):
    loader = DataLoader(
        dataset,
        batch_size=4,
        shuffle=True,
        generator=torch.Generator().manual_seed(seed),
    )
    return [[yb.tolist() for _, yb in loader] for _ in range(n)]


first = epochs(42)
assert first == epochs(42)  # same generator seed -> same order, run after run
assert first[0] != first[1]  # but a different order each epoch
for batches in first:
    # each sample once per epoch
    assert sorted(sum(batches, [])) == list(range(10))
    assert [len(b) for b in batches] == [4, 4, 2]
# drop_last: the short batch is gone
assert all(len(yb) == 4 for _, yb in strict)
# --8<-- [end:check]
