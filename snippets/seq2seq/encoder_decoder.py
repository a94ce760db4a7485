# --8<-- [start:code]
import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

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
        self.tgt_emb = nn.Embedding(V, E, padding_idx=PAD)
        self.decoder = nn.GRU(E, H, batch_first=True)
        self.head = nn.Linear(H, V)

    def encode(self, src, lengths):
        x = pack_padded_sequence(  # each direction stops at the real end
            self.src_emb(src),
            lengths.cpu(),
            batch_first=True,
            enforce_sorted=False,
        )
        _, h = self.encoder(x)  # h: (2 directions, N, H)
        return torch.tanh(self.bridge(torch.cat([h[0], h[1]], dim=-1)))[None]

    def decode(self, tgt_in, h):  # any number of steps at once
        out, h = self.decoder(self.tgt_emb(tgt_in), h)
        return self.head(out), h

    def forward(self, src, lengths, tgt_in):  # teacher forcing
        return self.decode(tgt_in, self.encode(src, lengths))[0]


@torch.inference_mode()
def greedy(model, src, lengths):
    h = model.encode(src, lengths)
    y = torch.full((len(src), 1), BOS, device=src.device)
    steps = []
    for _ in range(MAX_LEN + 1):  # feed back the model's own best guess
        logits, h = model.decode(y, h)
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
    return table, forced_acc, greedy_acc


torch.manual_seed(0)
model = Seq2Seq().to(device)
print("parameters:", sum(p.numel() for p in model.parameters()))
losses = train(model)
table, forced_acc, greedy_acc = evaluate(model)
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

assert sum(p.numel() for p in model.parameters()) == 66381
assert math.isclose(
    losses[0], math.log(V), abs_tol=0.1
)  # uniform guess at the start
assert 0.1 < losses[1] < 0.35
assert 0.92 < forced_acc < 0.97 and 0.85 < greedy_acc < 0.92
assert forced_acc - greedy_acc > 0.04  # exposure bias
assert table[3][1] == table[4][1] == 1.0  # without error
assert 0.1 < table[10][1] < 0.35 and 0.65 < table[10][0] < 0.82
assert all(
    table[L][1] > table[L + 1][1] for L in range(4, MAX_LEN)
)  # from 5 digits on, falls with every extra digit
# greedy decoding = the teacher-forced model reading its own outputs
src, lengths, _, _ = make_batch(
    500, torch.Generator().manual_seed(1), test=True
)
with torch.no_grad():
    pred = greedy(model, src.to(device), lengths)
    bos = torch.full((500, 1), BOS, device=device)
    again = model(
        src.to(device), lengths, torch.cat([bos, pred[:, :-1]], 1)
    ).argmax(-1)
assert (again == pred).all()
# --8<-- [end:check]
