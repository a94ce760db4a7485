# --8<-- [start:code]
import torch
import torch.nn.functional as F
from torch import nn

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


class TransformerSeq2Seq(nn.Module):
    def __init__(self, d=64, heads=4, ff=128, layers=1):
        super().__init__()
        self.src_emb = nn.Embedding(V, d, padding_idx=PAD)
        self.tgt_emb = nn.Embedding(V, d, padding_idx=PAD)
        self.pos = nn.Embedding(MAX_LEN + 1, d)  # learned, shared by both sides
        encoder = nn.TransformerEncoder(  # no nested tensors for padding
            nn.TransformerEncoderLayer(
                d, heads, dim_feedforward=ff, dropout=0.0, batch_first=True
            ),
            layers,
            enable_nested_tensor=False,
        )
        self.transformer = nn.Transformer(
            d,
            heads,
            custom_encoder=encoder,
            num_decoder_layers=layers,
            dim_feedforward=ff,
            dropout=0.0,
            batch_first=True,
        )
        self.head = nn.Linear(d, V)

    def encode(self, src):
        x = self.src_emb(src) + self.pos.weight[: src.shape[1]]
        src_pad = src == PAD  # True = ignore: the nn.Transformer convention
        memory = self.transformer.encoder(x, src_key_padding_mask=src_pad)
        return memory, src_pad

    def decode(self, tgt_in, memory, src_pad):
        y = self.tgt_emb(tgt_in) + self.pos.weight[: tgt_in.shape[1]]
        causal = nn.Transformer.generate_square_subsequent_mask(
            tgt_in.shape[1], device=y.device
        )
        out = self.transformer.decoder(
            y,
            memory,
            tgt_mask=causal,
            tgt_is_causal=True,
            memory_key_padding_mask=src_pad,
        )
        return self.head(out)

    def forward(self, src, lengths, tgt_in):  # teacher forcing
        return self.decode(tgt_in, *self.encode(src))


@torch.inference_mode()
def greedy(model, src, lengths):
    memory, src_pad = model.encode(src)  # the encoder runs once
    y = torch.full((len(src), 1), BOS, device=src.device)
    for _ in range(MAX_LEN + 1):  # the decoder reruns on the whole prefix
        logits = model.decode(y, memory, src_pad)[:, -1:]
        y = torch.cat([y, logits.argmax(dim=-1)], dim=1)
    return y[:, 1:]


def train(model, steps=250, lr=0.003):
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
model = TransformerSeq2Seq().to(device)
print("parameters:", sum(p.numel() for p in model.parameters()))
losses = train(model)
table, forced_acc, greedy_acc = evaluate(model)
# --8<-- [end:code]

# --8<-- [start:check]
assert sum(p.numel() for p in model.parameters()) == 87053
assert 2.3 < losses[0] < 3.1 and losses[1] < 0.05
assert all(table[L][1] > 0.98 for L in table)
assert forced_acc > 0.995 and greedy_acc > 0.99
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
assert (again == pred).mean(dtype=torch.float) > 0.999
# --8<-- [end:check]
