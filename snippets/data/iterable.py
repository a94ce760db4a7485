# --8<-- [start:code]
import torch
from torch.utils.data import DataLoader, IterableDataset, get_worker_info


class Stream(IterableDataset):
    """Samples 0, 1, ..., n-1 produced one after another, never indexed."""

    def __init__(self, n, shard=False):
        self.n, self.shard = n, shard

    def __iter__(self):
        start, step = 0, 1
        info = get_worker_info()  # None in the main process
        if self.shard and info is not None:
            start, step = info.id, info.num_workers  # every k-th sample
        for i in range(start, self.n, step):
            yield torch.tensor([float(i)]), i % 2  # (features, label)


def main():
    loader = DataLoader(Stream(10), batch_size=4)
    print("batches:", [xb.flatten().tolist() for xb, _ in loader])
    try:
        len(loader)
    except TypeError as e:
        print("len(loader):", type(e).__name__)
    try:
        DataLoader(Stream(10), batch_size=4, shuffle=True)
    except ValueError as e:
        print("shuffle=True:", type(e).__name__, str(e).splitlines()[0])

    for shard in (False, True):
        loader = DataLoader(Stream(10, shard), batch_size=4, num_workers=2)
        seen = sorted(int(x) for xb, _ in loader for x in xb)
        print(f"2 workers, shard={shard}: {len(seen)} samples {seen}")


if __name__ == "__main__":
    main()
# --8<-- [end:code]

# --8<-- [start:check]
loader = DataLoader(Stream(10), batch_size=4)
assert [len(y) for _, y in loader] == [4, 4, 2]
try:
    len(loader)
    raise AssertionError("an IterableDataset without __len__ has no length")
except TypeError:
    pass
try:
    DataLoader(Stream(10), shuffle=True)
    raise AssertionError("shuffle=True must be refused")
except ValueError:
    pass
dup = sorted(
    int(x) for xb, _ in DataLoader(Stream(10), num_workers=2) for x in xb
)
assert dup == sorted(list(range(10)) * 2)  # every worker streams everything
once = sorted(
    int(x)
    for xb, _ in DataLoader(Stream(10, True), batch_size=4, num_workers=2)
    for x in xb
)
assert once == list(range(10))
# --8<-- [end:check]
