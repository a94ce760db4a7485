# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
d = 32
model = nn.Transformer(
    d,
    nhead=4,
    num_encoder_layers=1,
    num_decoder_layers=1,
    dim_feedforward=64,
    dropout=0.0,
    batch_first=True,
).eval()
causal = nn.Transformer.generate_square_subsequent_mask(5)  # -inf above
src_pad = torch.tensor([[False] * 4 + [True] * 2])  # True = ignore
print("causal mask:\n", causal)


def run(src, tgt):
    return model(
        src,
        tgt,
        tgt_mask=causal,
        src_key_padding_mask=src_pad,
        memory_key_padding_mask=src_pad,
    )


src, tgt = torch.randn(1, 6, d), torch.randn(1, 5, d)
out = run(src, tgt)
tgt2 = tgt.clone()
tgt2[:, -1] = torch.randn(d)  # a different last target token
gap = (run(src, tgt2) - out).abs().amax(dim=-1)[0]
print("change per target position:", [f"{g:.1e}" for g in gap.tolist()])
src2 = src.clone()
src2[:, 4:] = torch.randn(2, d)  # different vectors at the padding
pad_gap = (run(src2, tgt) - out).abs().max().item()
print("change from the padded source positions:", pad_gap)
# --8<-- [end:code]

# --8<-- [start:check]
assert causal.shape == (5, 5) and torch.isinf(causal.triu(1)[0, 1:]).all()
assert gap[:-1].max() < 1e-5  # earlier positions do not see the last token
assert gap[-1] > 1e-2
assert pad_gap < 1e-5
# --8<-- [end:check]
