# --8<-- [start:code]
import string

import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(26, 8)
index = torch.tensor([string.ascii_lowercase.index(c) for c in "sato"])
one_hot = nn.functional.one_hot(index, 26).float()  # (4, 26)

# (4, 8): a matrix product with mostly zeros
via_one_hot = one_hot @ rnn.weight_ih_l0.T
via_rows = rnn.weight_ih_l0.T[index]  # (4, 8): just pick one row per letter
# a lookup table of those rows
embedding = nn.Embedding.from_pretrained(rnn.weight_ih_l0.T.detach())
via_embedding = embedding(index)

print(
    "one-hot @ W_ih^T == rows of W_ih^T:", torch.allclose(via_one_hot, via_rows)
)
print(
    "... == nn.Embedding lookup:        ",
    torch.allclose(via_one_hot, via_embedding),
)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(via_one_hot, via_rows) and torch.allclose(
    via_one_hot, via_embedding
)
assert via_one_hot.shape == (4, 8)
# --8<-- [end:check]
