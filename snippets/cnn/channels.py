# --8<-- [start:code]
import torch
from torch import nn


def corr2d(X, K):
    """2-D cross-correlation of X (h, w) with kernel K (kh, kw), no padding."""
    kh, kw = K.shape
    Y = torch.zeros(X.shape[0] - kh + 1, X.shape[1] - kw + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i : i + kh, j : j + kw] * K).sum()
    return Y


def corr2d_multi_in(X, K):
    """X: (c_in, h, w), K: (c_in, kh, kw). Correlate per channel, then add."""
    return sum(corr2d(x, k) for x, k in zip(X, K, strict=True))


def corr2d_multi_in_out(X, K):
    """K: (c_out, c_in, kh, kw). One multi-input result per output channel."""
    return torch.stack([corr2d_multi_in(X, k) for k in K])


torch.manual_seed(0)
X = torch.randn(2, 5, 5)  # 2 input channels, 5x5 pixels
# 3 output channels, each with a 3x3 kernel per input channel
K = torch.randn(3, 2, 3, 3)
Y = corr2d_multi_in_out(X, K)
print("output shape:", tuple(Y.shape))

conv = nn.Conv2d(in_channels=2, out_channels=3, kernel_size=3, bias=False)
with torch.no_grad():
    # nn.Conv2d stores its weight in the same (out, in, kh, kw) layout
    conv.weight.copy_(K)
print(
    "same as nn.Conv2d:",
    torch.allclose(Y, conv(X.unsqueeze(0)).squeeze(0), atol=1e-5),
)
# --8<-- [end:code]

# --8<-- [start:check]
assert Y.shape == (3, 3, 3)
assert torch.allclose(Y, conv(X.unsqueeze(0)).squeeze(0), atol=1e-5)
# output channel 1 is the sum over the input channels of their single-channel correlations
assert torch.allclose(
    Y[1], corr2d(X[0], K[1, 0]) + corr2d(X[1], K[1, 1]), atol=1e-6
)
# --8<-- [end:check]
