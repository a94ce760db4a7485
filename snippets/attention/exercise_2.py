# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
x = torch.randn(2, 4, 8)
# True = padding, ignore it
padding = torch.tensor([[False] * 4, [False, False, True, True]])
out, weights = mha(x, x, x, key_padding_mask=padding)
largest = weights[1, :, 2:].abs().max().item()
print("largest weight on the padding keys of sequence 2:", largest)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.equal(weights[1, :, 2:], torch.zeros(4, 2))
torch.testing.assert_close(weights.sum(-1), torch.ones(2, 4))
# --8<-- [end:check]
