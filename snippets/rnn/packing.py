# --8<-- [start:code]
import string

import torch
from torch import nn
from torch.nn.utils.rnn import pack_sequence, pad_sequence


def encode(name):
    index = torch.tensor(
        [string.ascii_lowercase.index(c) for c in name.lower()]
    )
    return nn.functional.one_hot(index, 26).float()


torch.manual_seed(0)
lstm = nn.LSTM(26, 8)
names = ["Li", "Sato", "Winterbottom"]
seqs = [encode(n) for n in names]  # shapes (2, 26), (4, 26), (12, 26)

# Reference: each name on its own; h_n is the state after its last letter
reference = torch.cat([lstm(s.unsqueeze(1))[1][0][-1] for s in seqs])  # (3, 8)

# 1) Packing: the LSTM skips the missing steps of the shorter names
packed = pack_sequence(seqs, enforce_sorted=False)
_, (h_n, _) = lstm(packed)  # h_n comes back in the original order of `names`
print(
    "packed h_n[-1] == one by one:",
    torch.allclose(h_n[-1], reference, atol=1e-6),
)

# 2) Padding to a max_length: the LSTM also reads the zero rows after each name
padded = pad_sequence(seqs)  # (12, 3, 26)
output, _ = lstm(padded)
for i, name in enumerate(names):
    gap = (output[-1, i] - reference[i]).abs().max()
    print(f"{name:12} |output[-1] - reference| = {gap:.3f}")

# 3) Padding, then reading each name's output at its own last real step
lengths = torch.tensor([len(s) for s in seqs])
last = output[lengths - 1, torch.arange(len(seqs))]
print(
    "output at lengths-1 == one by one:",
    torch.allclose(last, reference, atol=1e-6),
)
# --8<-- [end:code]

# --8<-- [start:check]
assert padded.shape == (12, 3, 26)
assert torch.allclose(h_n[-1], reference, atol=1e-6)
assert torch.allclose(last, reference, atol=1e-6)
diffs = (output[-1] - reference).abs().amax(dim=1)
assert 0.05 < diffs[0] < 0.2 and 0.05 < diffs[1] < 0.2  # off by about 0.1
assert diffs[2] < 1e-6  # only the longest name is unaffected
# --8<-- [end:check]
