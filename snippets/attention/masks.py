# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

torch.manual_seed(0)
L, d = 5, 8
lengths = torch.tensor([5, 3])  # the second sequence has 2 padding positions
x = torch.randn(2, L, d)

# Causal: position i may look at positions 0..i (lower triangle)
causal = torch.ones(L, L, dtype=torch.bool).tril()
# Padding: no query may look at a padding key
key_is_real = torch.arange(L) < lengths.unsqueeze(1)  # (2, L)
mask = causal & key_is_real[:, None, :]  # (2, L, L) by broadcasting
print("mask of sequence 2 (True = may attend):\n", mask[1].int())

scores = x @ x.transpose(-2, -1) / d**0.5  # self-attention: q = k = v = x
weights = scores.masked_fill(~mask, float("-inf")).softmax(dim=-1)
out = weights @ x
print("weights of sequence 2:\n", weights[1].numpy().round(2))

# The library takes the same boolean mask: True means "take part"
library = F.scaled_dot_product_attention(x, x, x, attn_mask=mask)
print("same as the library:", torch.allclose(out, library, atol=1e-6))
causal_only = F.scaled_dot_product_attention(x, x, x, is_causal=True)
print(
    "is_causal=True gives the causal mask:",
    torch.allclose(causal_only[0], out[0], atol=1e-6),
)

# A query that may look at nothing: softmax over only -inf is NaN
empty = torch.full((1, L), float("-inf")).softmax(dim=-1)
print("a fully masked row:", empty[0].tolist())

fig, axes = plt.subplots(1, 2, figsize=(7, 3.2))
for ax, w, title in zip(
    axes, weights, ["length 5, causal", "length 3 + 2 padding"]
):
    ax.imshow(w.numpy(), cmap="Oranges", vmin=0, vmax=1)
    ax.set(
        title=f"Attention weights, {title}",
        xlabel="key position",
        ylabel="query position",
    )
    ax.title.set_fontsize(9)
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.equal(weights[0].triu(1), torch.zeros(L, L))  # no peeking ahead
assert torch.equal(weights[1][:, 3:], torch.zeros(L, 2))  # padding ignored
torch.testing.assert_close(out, library)
assert torch.isnan(empty).all()
# --8<-- [end:check]
