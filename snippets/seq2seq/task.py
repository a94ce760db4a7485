# --8<-- [start:code]
import torch

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


names = ["<pad>", "<bos>", "<eos>"] + [str(k) for k in range(10)]
src, lengths, tgt_in, tgt_out = make_batch(3, torch.Generator().manual_seed(0))
print("lengths:", lengths.tolist())
print("src:\n", src)
print("tgt_in:\n", tgt_in)
print("tgt_out:\n", tgt_out)
print("first pair:", " ".join(names[i] for i in src[0]))
print("        ->", " ".join(names[i] for i in tgt_out[0]))
# --8<-- [end:code]

# --8<-- [start:check]
assert src.shape == (3, MAX_LEN) and tgt_in.shape == tgt_out.shape == (
    3,
    MAX_LEN + 1,
)
for i in range(3):
    L = lengths[i].item()
    assert tgt_out[i, :L].tolist() == src[i, :L].flip(0).tolist()
    assert tgt_out[i, L] == EOS and (tgt_out[i, L + 1 :] == PAD).all()
    assert (
        tgt_in[i, 0] == BOS
        and (tgt_in[i, 1:] == tgt_out[i, :-1])
        .masked_select(tgt_out[i, :-1] != EOS)
        .all()
    )
g = torch.Generator().manual_seed(1)
s, n, _, _ = make_batch(5000, g)
assert ((s - 3).clamp(min=0).sum(1) % 10 != 0).all()
s, n, _, _ = make_batch(5000, g, test=True)
assert ((s - 3).clamp(min=0).sum(1) % 10 == 0).all()
assert set(n.tolist()) == set(range(3, 11))
# --8<-- [end:check]
