# --8<-- [start:code]
import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, Dataset


class Sequences(Dataset):
    """Token sequences of 2 to 6 integers in 1..9 (0 is kept for padding)."""

    def __init__(self, n, seed=0):
        g = torch.Generator().manual_seed(seed)
        lengths = torch.randint(2, 7, (n,), generator=g).tolist()
        self.seqs = [torch.randint(1, 10, (k,), generator=g) for k in lengths]
        self.labels = [int(s.sum()) % 2 for s in self.seqs]  # parity of sum

    def __len__(self):
        return len(self.seqs)

    def __getitem__(self, i):
        return self.seqs[i], self.labels[i]


ds = Sequences(8, seed=3)
print("lengths:", [len(s) for s, _ in ds])
try:
    next(iter(DataLoader(ds, batch_size=4)))
except RuntimeError as e:
    print("default collate:", type(e).__name__, "-", str(e).splitlines()[0])


def pad_collate(batch):
    seqs, labels = zip(*batch)  # a list of pairs -> two tuples
    lengths = torch.tensor([len(s) for s in seqs])
    padded = pad_sequence(seqs, batch_first=True, padding_value=0)
    mask = torch.arange(padded.size(1)) < lengths[:, None]  # True: real
    return padded, lengths, mask, torch.tensor(labels)


loader = DataLoader(ds, batch_size=4, collate_fn=pad_collate)
padded, lengths, mask, labels = next(iter(loader))
print("padded:", padded, sep="\n")
print("lengths:", lengths.tolist(), " labels:", labels.tolist())
print("mask (1 = real token):", mask.int(), sep="\n")
print("padded widths per batch:", [p.size(1) for p, *_ in loader])

# Averages over real tokens need the mask; padding zeros pull them down
wrong = padded.float().mean(dim=1)
right = (padded * mask).sum(dim=1) / lengths
print("mean with padding:", [round(v, 2) for v in wrong.tolist()])
print("mean over tokens: ", [round(v, 2) for v in right.tolist()])
# --8<-- [end:code]

# --8<-- [start:check]
assert padded.shape == (4, int(lengths.max())) and padded.dtype == torch.int64
assert torch.equal(mask.sum(dim=1), lengths)
assert (padded[~mask] == 0).all() and (padded[mask] > 0).all()
for i in range(4):
    assert torch.equal(padded[i, : lengths[i]], ds[i][0])
    assert torch.isclose(right[i], ds[i][0].float().mean())
widths = [p.size(1) for p, *_ in loader]
assert widths[0] != widths[1]  # each batch is padded to its own longest item
assert (wrong <= right).all() and (wrong < right).any()
# --8<-- [end:check]
