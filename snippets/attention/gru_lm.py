# --8<-- [start:code]
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


class GRULM(nn.Module):
    def __init__(self, vocab, emb=32, hidden=128):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.head = nn.Linear(hidden, vocab)

    def forward(self, x, h=None):  # x: (N, L) -> logits (N, L, V), state
        out, h = self.gru(self.emb(x), h)
        return self.head(out), h


@torch.inference_mode()
def perplexity(model, seq):
    model.eval()
    logits, _ = model(seq[:-1].unsqueeze(0).to(device))  # one long pass
    loss = F.cross_entropy(logits[0], seq[1:].to(device))
    return loss.exp().item()


torch.manual_seed(0)
model = GRULM(V).to(device)
print("parameters:", sum(p.numel() for p in model.parameters()))

# 32 parallel streams: stream b is the b-th 32nd of the training text
B, bptt, epochs = 32, 64, 7
streams = train[: len(train) // B * B].view(B, -1).to(device)
steps = epochs * ((streams.shape[1] - 1) // bptt)
optimizer = torch.optim.AdamW(model.parameters(), lr=0.01)
scheduler = torch.optim.lr_scheduler.OneCycleLR(
    optimizer, 0.01, total_steps=steps
)
for epoch in range(epochs):
    model.train()
    h = None  # each epoch starts with an empty memory
    for i in range(0, streams.shape[1] - bptt, bptt):
        x = streams[:, i : i + bptt]
        y = streams[:, i + 1 : i + 1 + bptt]  # the next character
        logits, h = model(x, h)
        h = h.detach()  # keep the state, cut the graph: truncated BPTT
        loss = F.cross_entropy(logits.reshape(-1, V), y.reshape(-1))
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
    if epoch % 2 == 0 or epoch == epochs - 1:
        print(
            f"epoch {epoch + 1}  train loss {loss.item():.3f}  "
            f"validation perplexity {perplexity(model, val):.2f}"
        )
gru_ppl = perplexity(model, val)


@torch.inference_mode()
def sample(model, prompt, n, temperature, generator):
    model.eval()
    ids = torch.tensor([[chars.index(c) for c in prompt]], device=device)
    logits, h = model(ids)  # read the prompt, keep the state
    out = []
    for _ in range(n):
        probs = (logits[0, -1] / temperature).softmax(dim=-1)
        nxt = torch.multinomial(probs.cpu(), 1, generator=generator)
        out.append(chars[nxt.item()])
        logits, h = model(nxt.view(1, 1).to(device), h)
    return prompt + "".join(out)


samples = {}
for t in (0.5, 1.0, 1.5):
    g = torch.Generator().manual_seed(0)
    samples[t] = sample(model, "MENENIUS:\n", 120, t, g)
    print(f"--- temperature {t}")
    print(samples[t])
# --8<-- [end:code]

# --8<-- [start:check]
assert sum(p.numel() for p in model.parameters()) == 72029
assert 5.0 < gru_ppl < 5.3  # unigram: about 28; the Transformer: below 5.0
line_2 = {t: s.split("\n")[1] for t, s in samples.items()}
assert line_2[1.0] == line_2[1.5] != line_2[0.5]
# --8<-- [end:check]
