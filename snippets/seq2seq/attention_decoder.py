# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

device = torch.device("cpu")
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()

PAD, BOS, EOS = 0, 1, 2  # special tokens; digit k is token k + 3
V, MAX_LEN = 13, 10  # vocabulary size, longest string


def make_batch(n, generator, test=False):
    """n strings of 3 to 10 digits and their reversals, padded.
    Test strings have a digit sum divisible by 10; training strings never do,
    so no test string is ever seen in training."""
    lengths = torch.randint(3, MAX_LEN + 1, (n,), generator=generator)
    real = torch.arange(MAX_LEN) < lengths[:, None]  # (n, MAX_LEN)
    digits = torch.randint(10, (n, MAX_LEN), generator=generator) * real
    rows, last = torch.arange(n), lengths - 1
    total = digits.sum(dim=1) % 10
    if test:  # change the last digit: the sum becomes 0 mod 10
        digits[rows, last] = (digits[rows, last] - total) % 10
    else:  # where the sum is 0 mod 10, change the first digit
        digits[:, 0] = (digits[:, 0] + (total == 0).long()) % 10
    src = torch.where(real, digits + 3, PAD)
    mirrored = (last[:, None] - torch.arange(MAX_LEN)).clamp(min=0)
    reversed_ = torch.where(real, src.gather(1, mirrored), PAD)
    # the decoder reads <bos> + target and must predict target + <eos>
    tgt_in = torch.cat([torch.full((n, 1), BOS), reversed_], dim=1)
    tgt_out = torch.cat([reversed_, torch.full((n, 1), PAD)], dim=1)
    tgt_out[rows, lengths] = EOS
    return src, lengths, tgt_in, tgt_out


class Seq2Seq(nn.Module):
    def __init__(self, E=32, H=64):
        super().__init__()
        self.src_emb = nn.Embedding(V, E, padding_idx=PAD)
        self.encoder = nn.GRU(E, H, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(2 * H, H)  # both final states -> decoder's h0
        self.memory = nn.Linear(2 * H, H)  # encoder outputs -> keys, values
        self.tgt_emb = nn.Embedding(V, E, padding_idx=PAD)
        self.decoder = nn.GRU(E, H, batch_first=True)
        self.head = nn.Linear(2 * H, V)  # [decoder state, context]

    def encode(self, src, lengths):
        x = pack_padded_sequence(  # each direction stops at the real end
            self.src_emb(src),
            lengths.cpu(),
            batch_first=True,
            enforce_sorted=False,
        )
        out, h = self.encoder(x)  # out: (N, S, 2H), h: (2, N, H)
        out, _ = pad_packed_sequence(
            out, batch_first=True, total_length=src.shape[1]
        )
        h = torch.tanh(self.bridge(torch.cat([h[0], h[1]], dim=-1)))[None]
        return h, self.memory(out), src != PAD  # h0, keys/values, key mask

    def decode(self, tgt_in, h, memory, src_real):
        q, h = self.decoder(self.tgt_emb(tgt_in), h)  # queries (N, T, H)
        context = F.scaled_dot_product_attention(  # True = may attend
            q, memory, memory, attn_mask=src_real[:, None, :]
        )
        return self.head(torch.cat([q, context], dim=-1)), h

    def forward(self, src, lengths, tgt_in):  # teacher forcing
        return self.decode(tgt_in, *self.encode(src, lengths))[0]


@torch.inference_mode()
def alignment(model, src, lengths, pred):
    """Attention weights (N, T, S) of greedy decoding, from scratch."""
    h, memory, src_real = model.encode(src, lengths)
    bos = torch.full((len(src), 1), BOS, device=src.device)
    q, _ = model.decoder(model.tgt_emb(torch.cat([bos, pred[:, :-1]], 1)), h)
    scores = q @ memory.transpose(1, 2) / q.shape[-1] ** 0.5
    return scores.masked_fill(~src_real[:, None, :], float("-inf")).softmax(-1)


@torch.inference_mode()
def greedy(model, src, lengths):
    h, memory, src_real = model.encode(src, lengths)
    y = torch.full((len(src), 1), BOS, device=src.device)
    steps = []
    for _ in range(MAX_LEN + 1):  # feed back the model's own best guess
        logits, h = model.decode(y, h, memory, src_real)
        y = logits.argmax(dim=-1)
        steps.append(y)
    return torch.cat(steps, dim=1)


def train(model, steps=450, lr=0.01):
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, lr, steps)
    g, losses = torch.Generator().manual_seed(0), []
    for step in range(steps):
        src, lengths, tgt_in, tgt_out = make_batch(128, g)
        logits = model(src.to(device), lengths, tgt_in.to(device))
        loss = F.cross_entropy(  # padding positions do not count
            logits.transpose(1, 2), tgt_out.to(device), ignore_index=PAD
        )
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
        if step in (0, steps - 1):
            print(f"step {step + 1}: loss {loss.item():.3f}")
            losses.append(loss.item())
    return losses


def evaluate(model, n=4000):
    """Token and exact-match accuracy of greedy decoding, per length."""
    model.eval()
    src, lengths, tgt_in, tgt_out = make_batch(
        n, torch.Generator().manual_seed(1), test=True
    )
    src, tgt_in = src.to(device), tgt_in.to(device)
    pred = greedy(model, src, lengths).cpu()
    with torch.inference_mode():  # the same strings under teacher forcing
        forced = model(src, lengths, tgt_in).argmax(dim=-1).cpu()
    real = tgt_out != PAD  # the digits and the <eos>
    n_real = real.sum().item()
    forced_acc = ((forced == tgt_out) & real).sum().item() / n_real
    correct = (pred == tgt_out) & real
    greedy_acc = correct.sum().item() / n_real
    print(f"token accuracy: teacher-forced {forced_acc:.3f}", end="")
    print(f", greedy {greedy_acc:.3f}")
    exact = (correct | ~real).all(dim=1)  # all digits and <eos> right
    table = {}
    for L in range(3, MAX_LEN + 1):
        m = lengths == L
        token = (correct[m].sum() / real[m].sum()).item()
        table[L] = (token, exact[m].float().mean().item())
        print(f"length {L:2d}: token {token:.3f}  exact {table[L][1]:.3f}")
    w = alignment(model, src, lengths, pred.to(device)).cpu()
    steps = torch.arange(MAX_LEN + 1)
    mirrored = lengths[:, None] - 1 - steps  # step t looks at L - 1 - t
    digit_steps = steps < lengths[:, None]
    hits = (w.argmax(dim=-1) == mirrored)[digit_steps].float().mean().item()
    print(f"steps whose largest weight is on the mirrored position: {hits:.3f}")
    return table, w, hits, (forced_acc, greedy_acc)


torch.manual_seed(0)
model = Seq2Seq().to(device)
print("parameters:", sum(p.numel() for p in model.parameters()))
losses = train(model)
table, weights, hits, accuracies = evaluate(model)

src, lengths, _, _ = make_batch(4000, torch.Generator().manual_seed(1), True)
k = (lengths == MAX_LEN).nonzero()[0, 0].item()  # one test string of 10
src, L = src[k : k + 1], MAX_LEN
pred = greedy(model, src.to(device), lengths[k : k + 1]).cpu()
w = weights[k]
names = ["<pad>", "<bos>", "<eos>"] + [str(i) for i in range(10)]
fig, ax = plt.subplots(figsize=(5, 4.2))
ax.imshow(w[: L + 1, :L].numpy(), cmap="Blues", vmin=0, vmax=1)
ax.set_xticks(range(L), [names[k] for k in src[0, :L]])
ax.set_yticks(range(L + 1), [names[k] for k in pred[0, : L + 1].cpu()])
ax.set(
    title="Attention weights, reversing a string",
    xlabel="input digit (encoder position)",
    ylabel="output token (decoder step)",
)
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

assert (
    sum(p.numel() for p in model.parameters())
    == 66381 + (128 * 64 + 64) + 64 * V
)
assert math.isclose(losses[0], math.log(V), abs_tol=0.1)
assert losses[1] < 0.02
assert all(table[L][1] > 0.98 for L in table)  # every length, exact match
assert table[10][1] > 0.98  # the model without attention: below 0.35
assert 0.93 < hits <= 1.0  # printed: 0.961
assert accuracies[0] > 0.995 and accuracies[1] > 0.99
# the example: every digit step's largest weight is on the mirrored position
assert (w[:L].argmax(dim=-1) == torch.arange(L - 1, -1, -1)).all()
assert (pred[0, :L] == src[0, :L].flip(0)).all() and pred[0, L] == EOS
# the weights computed from scratch give the context of scaled_dot_product_attention
with torch.no_grad():
    s_ = src.to(device)
    n_ = lengths[k : k + 1]
    h_, memory_, real_ = model.encode(s_, n_)
    bos_ = torch.full((1, 1), BOS, device=device)
    q_, _ = model.decoder(
        model.tgt_emb(torch.cat([bos_, pred[:, :-1].to(device)], 1)), h_
    )
    ctx_ = F.scaled_dot_product_attention(
        q_, memory_, memory_, attn_mask=real_[:, None, :]
    )
    w_ = alignment(model, s_, n_, pred.to(device))
    assert torch.allclose(w_ @ memory_, ctx_, atol=1e-5)
    assert torch.allclose(w_.cpu()[0], w, atol=1e-5)
    assert (w_[0][:, n_.item() :] == 0).all()
# --8<-- [end:check]
