# --8<-- [start:code]
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

torch.manual_seed(0)
gru = nn.GRU(4, 8, batch_first=True, bidirectional=True)
x = torch.randn(1, 3, 4)  # one sequence of length 3
padded = torch.cat([x, torch.zeros(1, 7, 4)], dim=1)  # padded to length 10

_, h_alone = gru(x)
_, h_padded = gru(padded)  # the padding is read as if it were data
packed = pack_padded_sequence(padded, torch.tensor([3]), batch_first=True)
_, h_packed = gru(packed)
for name, h in [("padded", h_padded), ("packed", h_packed)]:
    gaps = [(h[i] - h_alone[i]).abs().max().item() for i in (0, 1)]
    print(f"{name}: forward gap {gaps[0]:.2e}, backward gap {gaps[1]:.2e}")
# --8<-- [end:code]

# --8<-- [start:check]
assert not torch.allclose(h_padded[0], h_alone[0], atol=1e-3)
assert not torch.allclose(h_padded[1], h_alone[1], atol=1e-3)
assert torch.allclose(h_packed, h_alone, atol=1e-6)
# --8<-- [end:check]
