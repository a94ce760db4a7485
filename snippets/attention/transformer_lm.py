# --8<-- [start:code]
import math
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

device = torch.device("cpu")
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()

text = Path(__file__).with_name("shakespeare.txt").read_text()
chars = sorted(set(text))
V = len(chars)
data = torch.tensor([chars.index(c) for c in text])
split = int(0.9 * len(data))
train, val = data[:split], data[split:]
context = 64  # the longest window the model reads


def sinusoidal(length, d):
    """PE[p, 2i] = sin(p / 10000^(2i/d)), PE[p, 2i+1] = cos(same)."""
    position = torch.arange(length).unsqueeze(1)
    freq = torch.exp(-math.log(10000.0) * torch.arange(0, d, 2) / d)
    pe = torch.zeros(length, d)
    pe[:, 0::2] = torch.sin(position * freq)
    pe[:, 1::2] = torch.cos(position * freq)
    return pe


class CausalSelfAttention(nn.Module):
    def __init__(self, d, heads):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(d, 3 * d)  # W_q, W_k, W_v as one matrix
        self.out = nn.Linear(d, d)

    def forward(self, x):
        N, L, d = x.shape
        qkv = self.qkv(x).view(N, L, 3, self.heads, d // self.heads)
        q, k, v = qkv.permute(2, 0, 3, 1, 4)  # each (N, heads, L, d / heads)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        return self.out(y.transpose(1, 2).reshape(N, L, d))


class Block(nn.Module):
    """Pre-norm: x + attention(norm(x)), then x + MLP(norm(x))."""

    def __init__(self, d, heads, mlp_ratio=2):
        super().__init__()
        self.norm1, self.attn = nn.LayerNorm(d), CausalSelfAttention(d, heads)
        self.norm2 = nn.LayerNorm(d)
        self.mlp = nn.Sequential(
            nn.Linear(d, mlp_ratio * d),
            nn.GELU(),
            nn.Linear(mlp_ratio * d, d),
        )

    def forward(self, x):
        x = x + self.attn(self.norm1(x))  # tokens exchange information
        return x + self.mlp(self.norm2(x))  # each token on its own


class TransformerLM(nn.Module):
    def __init__(self, vocab, d=64, heads=4, layers=2):
        super().__init__()
        self.tok = nn.Embedding(vocab, d)
        self.register_buffer("pe", sinusoidal(context, d))  # fixed, not trained
        self.blocks = nn.Sequential(*[Block(d, heads) for _ in range(layers)])
        self.final_norm = nn.LayerNorm(d)
        self.head = nn.Linear(d, vocab)

    def forward(self, x):  # (N, L) -> (N, L, V)
        h = self.tok(x) + self.pe[: x.shape[1]]
        return self.head(self.final_norm(self.blocks(h)))


@torch.inference_mode()
def perplexity(model, seq):
    """Windows overlapping by half: each character is scored once, with at
    least context / 2 characters before it (except at the very start)."""
    model.eval()
    half = context // 2
    starts = range(0, len(seq) - context, half)
    x = torch.stack([seq[i : i + context] for i in starts]).to(device)
    y = torch.stack([seq[i + 1 : i + 1 + context] for i in starts]).to(device)
    nll = F.cross_entropy(model(x).transpose(1, 2), y, reduction="none")
    return torch.cat([nll[0], nll[1:, half:].flatten()]).mean().exp().item()


torch.manual_seed(0)
model = TransformerLM(V).to(device)
print("parameters:", sum(p.numel() for p in model.parameters()))
steps, B = 2000, 8
optimizer = torch.optim.AdamW(
    model.parameters(), lr=0.02, weight_decay=0.1, fused=True
)
scheduler = torch.optim.lr_scheduler.OneCycleLR(
    optimizer, 0.02, total_steps=steps
)
g = torch.Generator().manual_seed(0)
for step in range(steps):
    model.train()
    i = torch.randint(len(train) - context, (B, 1), generator=g)
    window = i + torch.arange(context)  # B random windows, (B, context)
    x, y = train[window].to(device), train[window + 1].to(device)
    loss = F.cross_entropy(model(x).transpose(1, 2), y)
    optimizer.zero_grad()
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    scheduler.step()
    if (step + 1) % 400 == 0:
        print(
            f"step {step + 1}  train loss {loss.item():.3f}  "
            f"validation perplexity {perplexity(model, val):.2f}"
        )
t_ppl = perplexity(model, val)


@torch.inference_mode()
def sample(model, prompt, n, temperature, generator):
    model.eval()
    ids = [chars.index(c) for c in prompt]
    for _ in range(n):
        x = torch.tensor([ids[-context:]], device=device)  # the last 64 at most
        probs = (model(x)[0, -1] / temperature).softmax(dim=-1)
        ids.append(
            torch.multinomial(probs.cpu(), 1, generator=generator).item()
        )
    return "".join(chars[i] for i in ids)


print(sample(model, "MENENIUS:\n", 120, 0.5, torch.Generator().manual_seed(0)))
# --8<-- [end:code]

# --8<-- [start:check]
assert 4.6 < t_ppl < 5.0  # the GRU language model scores above 5.0
assert sum(p.numel() for p in model.parameters()) == 74941
# --8<-- [end:check]
