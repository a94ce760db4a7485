# --8<-- [start:code]
import torch


def data_iter(batch_size, features, labels, generator=None):
    """Yield shuffled mini-batches; each sample appears once per pass."""
    n = len(features)
    indices = torch.randperm(n, generator=generator)
    for start in range(0, n, batch_size):
        # the last batch may be smaller
        batch = indices[start : start + batch_size]
        yield features[batch], labels[batch]


# 10 samples, 2 features
features = torch.arange(20, dtype=torch.float32).reshape(10, 2)
labels = torch.arange(10, dtype=torch.float32)  # label i belongs to sample i

g = torch.Generator().manual_seed(0)
seen = []
for X, y in data_iter(4, features, labels, generator=g):
    print("X shape:", tuple(X.shape), " y:", y.tolist())
    seen += y.tolist()
print("every sample once:", sorted(seen) == labels.tolist())
# --8<-- [end:code]

# --8<-- [start:check]
# all once, and shuffled
assert sorted(seen) == list(range(10)) and seen != list(range(10))
sizes = [
    len(y)
    for _, y in data_iter(
        4, features, labels, generator=torch.Generator().manual_seed(0)
    )
]
assert sizes == [4, 4, 2]
for X, y in data_iter(4, features, labels):
    assert torch.equal(X[:, 0], 2 * y)  # rows and labels stay paired
assert torch.randperm(5).dtype == torch.int64  # index tensors are long already
# The legacy constructor torch.Tensor reads integers as a SHAPE and always makes float32.
assert (
    torch.Tensor(2, 3).shape == (2, 3)
    and torch.Tensor([2, 3]).dtype == torch.float32
)
assert torch.tensor([2, 3]).dtype == torch.int64 and torch.tensor(
    [2, 3], dtype=torch.long
).tolist() == [2, 3]
# --8<-- [end:check]
