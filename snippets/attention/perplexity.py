# --8<-- [start:code]
from pathlib import Path

import torch
import torch.nn.functional as F

text = Path(__file__).with_name("shakespeare.txt").read_text()
chars = sorted(set(text))
data = torch.tensor([chars.index(c) for c in text])
split = int(0.9 * len(data))
train, val = data[:split], data[split:]  # the last 10% is held out
V = len(chars)

# Model 1: every character equally likely
uniform_logits = torch.zeros(len(val), V)
loss = F.cross_entropy(uniform_logits, val)
print(f"uniform: loss {loss:.4f} = ln {V}, perplexity {loss.exp():.1f}")

# Model 2: each character as often as in the training text (no context)
counts = torch.bincount(train, minlength=V).float() + 1  # +1: no zero counts
unigram_logits = counts.log().expand(len(val), V)
loss = F.cross_entropy(unigram_logits, val)
print(f"unigram: loss {loss:.4f}, perplexity {loss.exp():.1f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert len(train) == 89858 and len(val) == 9985
assert abs(F.cross_entropy(uniform_logits, val).exp().item() - V) < 1e-3
unigram_ppl = loss.exp().item()
assert 25 < unigram_ppl < 35
# --8<-- [end:check]
