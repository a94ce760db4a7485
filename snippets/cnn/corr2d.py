# --8<-- [start:code]
import torch
import torch.nn.functional as F


def corr2d(X, K):
    """2-D cross-correlation of X (h, w) with kernel K (kh, kw), no padding."""
    kh, kw = K.shape
    Y = torch.zeros(X.shape[0] - kh + 1, X.shape[1] - kw + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i : i + kh, j : j + kw] * K).sum()
    return Y


def conv2d_math(X, K):
    """Convolution as mathematics defines it: the kernel runs backwards."""
    kh, kw = K.shape
    Y = torch.zeros(X.shape[0] - kh + 1, X.shape[1] - kw + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            for a in range(kh):
                for b in range(kw):
                    Y[i, j] += X[i + kh - 1 - a, j + kw - 1 - b] * K[a, b]
    return Y


X = torch.arange(9.0).reshape(3, 3)
K = torch.tensor([[0.0, 1.0], [2.0, 3.0]])
Y = corr2d(X, K)
print("corr2d(X, K):", Y, sep="\n")

# PyTorch's "convolution" is this cross-correlation (with batch and
# channel dimensions)
Y_torch = F.conv2d(X.reshape(1, 1, 3, 3), K.reshape(1, 1, 2, 2)).squeeze()
print("F.conv2d(X, K):", Y_torch, sep="\n")

# True convolution = cross-correlation with the kernel flipped both ways
print("conv2d_math(X, K):", conv2d_math(X, K), sep="\n")
print("corr2d(X, flip(K)):", corr2d(X, torch.flip(K, dims=(0, 1))), sep="\n")
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.equal(Y, torch.tensor([[19.0, 25.0], [37.0, 43.0]]))
assert torch.allclose(Y_torch, Y)
Y_conv = conv2d_math(X, K)
assert torch.allclose(Y_conv, corr2d(X, torch.flip(K, dims=(0, 1))))
assert torch.equal(Y_conv, torch.tensor([[5.0, 11.0], [23.0, 29.0]]))
assert not torch.allclose(Y_conv, Y)  # the two operations really differ
# An independent reference for true convolution: the convolution theorem (FFT).
full = torch.fft.irfft2(
    torch.fft.rfft2(X, s=(4, 4)) * torch.fft.rfft2(K, s=(4, 4)), s=(4, 4)
)
# 'valid' part of the full convolution
assert torch.allclose(full[1:3, 1:3], Y_conv, atol=1e-4)
# and for a random case
torch.manual_seed(1)
A, B = torch.randn(6, 7), torch.randn(3, 2)
assert torch.allclose(
    conv2d_math(A, B),
    F.conv2d(A[None, None], torch.flip(B, dims=(0, 1))[None, None])[0, 0],
    atol=1e-5,
)
# flipping twice gives back the kernel: a learned kernel can absorb the flip
assert torch.equal(torch.flip(torch.flip(K, dims=(0, 1)), dims=(0, 1)), K)
# --8<-- [end:check]
