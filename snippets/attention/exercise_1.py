# --8<-- [start:code]
from pathlib import Path

import torch
import torch.nn.functional as F

text = Path(__file__).with_name("shakespeare.txt").read_text()
chars = sorted(set(text))
V = len(chars)
data = torch.tensor([chars.index(c) for c in text])
split = int(0.9 * len(data))
train, val = data[:split], data[split:]

# counts[a, b]: how often character b follows character a in the training text
counts = torch.ones(V, V)  # start at 1 so that no pair has probability 0
counts.index_put_(
    (train[:-1], train[1:]), torch.ones(len(train) - 1), accumulate=True
)
# log-counts are logits: the softmax turns them back into frequencies
logits = counts.log()
loss = F.cross_entropy(logits[val[:-1]], val[1:])
print(f"bigram model: perplexity {loss.exp():.2f}")
# --8<-- [end:code]

# --8<-- [start:check]
bigram_ppl = loss.exp().item()
# between the unigram (about 28) and the GRU (about 5)
assert 9 < bigram_ppl < 15
assert counts.sum().item() == V * V + len(train) - 1
# --8<-- [end:check]
