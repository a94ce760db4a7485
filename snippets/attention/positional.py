# --8<-- [start:code]
import math

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 5, 8)  # 5 tokens
perm = torch.tensor([3, 0, 4, 1, 2])  # shuffle their order
out = F.scaled_dot_product_attention(x, x, x)
out_shuffled = F.scaled_dot_product_attention(
    x[:, perm], x[:, perm], x[:, perm]
)
print(
    "shuffling the tokens only shuffles the outputs:",
    torch.allclose(out[:, perm], out_shuffled, atol=1e-6),
)


def sinusoidal(length, d):
    """PE[p, 2i] = sin(p / 10000^(2i/d)), PE[p, 2i+1] = cos(same)."""
    position = torch.arange(length).unsqueeze(1)  # (length, 1)
    freq = torch.exp(-math.log(10000.0) * torch.arange(0, d, 2) / d)  # (d/2,)
    pe = torch.zeros(length, d)
    pe[:, 0::2] = torch.sin(position * freq)
    pe[:, 1::2] = torch.cos(position * freq)
    return pe


pe = sinusoidal(64, 32)
print("encoding of position 0:", pe[0, :6].tolist())
x_with_positions = x + sinusoidal(5, 8)
out = F.scaled_dot_product_attention(*[x_with_positions] * 3)
xp = x[:, perm] + sinusoidal(5, 8)  # same tokens, other order, same positions
out_shuffled = F.scaled_dot_product_attention(xp, xp, xp)
print(
    "with positions added, order matters:",
    not torch.allclose(out[:, perm], out_shuffled, atol=1e-3),
)

fig, ax = plt.subplots(figsize=(6, 3))
image = ax.imshow(pe.T.numpy(), cmap="RdBu", aspect="auto")
ax.set(
    title="Sinusoidal positional encoding, d = 32",
    xlabel="position",
    ylabel="dimension",
)
fig.colorbar(image, ax=ax)
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert pe.shape == (64, 32) and pe.abs().max() <= 1
assert pe[0, 0::2].abs().max() == 0 and torch.equal(pe[0, 1::2], torch.ones(16))
assert not torch.allclose(out[:, perm], out_shuffled, atol=1e-3)
# --8<-- [end:check]
