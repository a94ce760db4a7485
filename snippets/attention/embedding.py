# --8<-- [start:code]
import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils.rnn import pad_sequence

torch.manual_seed(0)
vocab_size, dim, PAD = 6, 3, 0
emb = nn.Embedding(vocab_size, dim, padding_idx=PAD)

ids = torch.tensor([4, 1, 4])
looked_up = emb(ids)  # rows 4, 1, 4 of emb.weight
one_hot = F.one_hot(ids, vocab_size).float()  # (3, 6)
print("lookup:\n", looked_up)
print(
    "one-hot @ weight equals the lookup:",
    torch.allclose(one_hot @ emb.weight, looked_up),
)
print("row of <pad>:", emb.weight[PAD].tolist())

# Sentences of different lengths: pad to the longest, remember what is real
batch = pad_sequence(
    [torch.tensor([3, 5, 2]), torch.tensor([4, 1]), torch.tensor([2])],
    batch_first=True,
    padding_value=PAD,
)
mask = batch != PAD  # True where there is a real token
print("batch:\n", batch)
print("mask:\n", mask)

# Average the real tokens' vectors only: zero the padding, divide by the count
vectors = emb(batch)  # (3, 3, dim)
summed = (vectors * mask.unsqueeze(-1)).sum(dim=1)
mean = summed / mask.sum(dim=1, keepdim=True)
print(
    "mean of sentence 2 equals the mean of its 2 tokens:",
    torch.allclose(mean[1], emb(torch.tensor([4, 1])).mean(dim=0)),
)

mean.sum().backward()
print("gradient of the <pad> row:", emb.weight.grad[PAD].tolist())
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.equal(looked_up[0], looked_up[2])
assert torch.equal(emb.weight[PAD], torch.zeros(dim))
assert mask.sum().item() == 6 and batch.shape == (3, 3)
assert torch.equal(emb.weight.grad[PAD], torch.zeros(dim))
assert emb.weight.grad[2].abs().sum() > 0
# --8<-- [end:check]
