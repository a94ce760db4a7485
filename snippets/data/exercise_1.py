# --8<-- [start:code]
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence
from torch.utils.data import DataLoader

items = [
    torch.tensor([5, 3, 8]),
    torch.tensor([2, 9]),
    torch.tensor([7, 1, 4, 6]),
]


def sorted_collate(batch):
    """Pad, longest first; also return the order, to undo the sort later."""
    lengths = torch.tensor([len(s) for s in batch])
    lengths, order = lengths.sort(descending=True)
    padded = pad_sequence([batch[i] for i in order], batch_first=True)
    return padded, lengths, order


loader = DataLoader(items, batch_size=3, collate_fn=sorted_collate)
padded, lengths, order = next(iter(loader))
print("padded, longest first:", padded, sep="\n")
print("lengths:", lengths.tolist(), " original positions:", order.tolist())
# enforce_sorted=True (the default) needs exactly this order
packed = pack_padded_sequence(padded, lengths, batch_first=True)
print("packed batch sizes per step:", packed.batch_sizes.tolist())
restored = padded[order.argsort()]  # back to the order of the dataset
print("restored rows:", [row[row > 0].tolist() for row in restored])
# --8<-- [end:code]

# --8<-- [start:check]
assert lengths.tolist() == [4, 3, 2] and order.tolist() == [2, 0, 1]
assert packed.batch_sizes.tolist() == [3, 3, 2, 1]
assert [row[row > 0].tolist() for row in restored] == [
    i.tolist() for i in items
]
try:
    pack_padded_sequence(
        padded[[1, 0, 2]], lengths[[1, 0, 2]], batch_first=True
    )
    raise AssertionError("unsorted lengths must be refused")
except RuntimeError:
    pass
# --8<-- [end:check]
