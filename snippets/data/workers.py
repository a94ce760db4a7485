# book: varies
# --8<-- [start:code]
import time

import torch
from sklearn.datasets import load_digits
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Probe(Dataset):
    """Reports which process built each sample, plus one random draw."""

    def __len__(self):
        return 8

    def __getitem__(self, i):
        info = get_worker_info()  # None in the main process
        worker = -1 if info is None else info.id
        return worker, torch.rand(())  # global RNG, as an augmentation uses


class Digits(Dataset):
    def __init__(self, digits):
        self.images = torch.tensor(digits.images, dtype=torch.float32) / 16
        self.labels = torch.tensor(digits.target)

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        return self.images[i], self.labels[i]


DIGITS = Digits(load_digits())


def probe(seed):
    g = torch.Generator().manual_seed(seed)
    loader = DataLoader(Probe(), batch_size=2, num_workers=2, generator=g)
    return [(w.tolist(), [round(r, 3) for r in x.tolist()]) for w, x in loader]


def epoch_times(**kwargs):
    loader = DataLoader(DIGITS, batch_size=64, shuffle=True, **kwargs)
    times = []
    for _ in range(2):
        start = time.perf_counter()
        for _batch in loader:  # one epoch, nothing else
            pass
        times.append(time.perf_counter() - start)
    return times


def main():
    first = probe(seed=0)
    for workers, draws in first:
        print("batch from workers", workers, "random draws", draws)
    print("same seed, same draws:", probe(seed=0) == first)
    times = {}
    for name, kwargs in [
        ("num_workers=0", {}),
        ("num_workers=2", {"num_workers": 2}),
        (
            "num_workers=2, persistent",
            {"num_workers": 2, "persistent_workers": True},
        ),
    ]:
        times[name] = epoch_times(**kwargs)
        ms = ", ".join(f"{t * 1e3:5.1f}" for t in times[name])
        print(f"{name:26} epochs: {ms} ms")
    return first, times


if __name__ == "__main__":  # needed where workers start by "spawn"
    first, times = main()
# --8<-- [end:code]

# --8<-- [start:check]
assert [w for w, _ in first] == [[0, 0], [1, 1], [0, 0], [1, 1]]
assert probe(1) != first  # worker seeds come from the loader's generator
draws = [r for _, rs in first for r in rs]
assert len(set(draws)) == len(draws)  # the two workers do not repeat draws
# a Generator stored in the dataset is copied into each worker unchanged,
# so both workers draw the same numbers


class StoredGenerator(Dataset):
    def __init__(self):
        self.g = torch.Generator().manual_seed(0)

    def __len__(self):
        return 8

    def __getitem__(self, i):
        return torch.rand((), generator=self.g)


copies = list(DataLoader(StoredGenerator(), batch_size=2, num_workers=2))
assert torch.equal(copies[0], copies[1]) and torch.equal(copies[2], copies[3])
# --8<-- [end:check]
