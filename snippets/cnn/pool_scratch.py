# --8<-- [start:code]
import torch
import torch.nn.functional as F
from torch import nn


def pool2d(X, size, stride=None, padding=0, mode="max"):
    """Max or average pooling of a 2-D tensor X over size x size windows."""
    # PyTorch's default: windows side by side, no overlap
    stride = stride or size
    # what the padding contributes
    fill = float("-inf") if mode == "max" else 0.0
    X = F.pad(X, (padding, padding, padding, padding), value=fill)
    h = (X.shape[0] - size) // stride + 1
    w = (X.shape[1] - size) // stride + 1
    Y = torch.zeros(h, w)
    for i in range(h):
        for j in range(w):
            window = X[
                i * stride : i * stride + size, j * stride : j * stride + size
            ]
            Y[i, j] = window.max() if mode == "max" else window.mean()
    return Y


X = torch.arange(16.0).reshape(4, 4)
print("X:", X, sep="\n")
print("max, 2x2, stride 2:", pool2d(X, 2), sep="\n")
print("max, 2x2, stride 1:", pool2d(X, 2, stride=1), sep="\n")
print(
    "avg, 3x3, stride 2, padding 1:",
    pool2d(X, 3, stride=2, padding=1, mode="avg"),
    sep="\n",
)

X4 = X.reshape(1, 1, 4, 4)  # the nn layers want (batch, channels, h, w)
checks = [
    (pool2d(X, 2), nn.MaxPool2d(2)(X4)),
    (pool2d(X, 2, stride=1), nn.MaxPool2d(2, stride=1)(X4)),
    (
        pool2d(X, 3, stride=2, padding=1, mode="avg"),
        nn.AvgPool2d(3, stride=2, padding=1)(X4),
    ),
]
print(
    "matches nn.MaxPool2d / nn.AvgPool2d:",
    all(torch.allclose(a, b.squeeze()) for a, b in checks),
)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.equal(pool2d(X, 2), torch.tensor([[5.0, 7.0], [13.0, 15.0]]))
assert pool2d(X, 2).shape == (2, 2)  # 2n x 2n -> n x n with stride 2
# but (2n-1) x (2n-1) with stride 1
assert pool2d(X, 2, stride=1).shape == (3, 3)
# corner window of the padded average: (0 + 1 + 4 + 5) / 9, padding counted as zeros
assert torch.isclose(
    pool2d(X, 3, stride=2, padding=1, mode="avg")[0, 0], torch.tensor(10.0 / 9)
)
# count_include_pad=False divides by the real pixels only: (0 + 1 + 4 + 5) / 4
assert torch.isclose(
    nn.AvgPool2d(3, 2, 1, count_include_pad=False)(X4)[0, 0, 0, 0],
    torch.tensor(2.5),
)
# a wider comparison on random inputs
torch.manual_seed(0)
for n in (4, 5, 7):
    R = torch.randn(n, n)
    for size in (2, 3):
        for stride in (1, 2, 3):
            for padding in range(size // 2 + 1):
                a = pool2d(R, size, stride, padding, "max")
                b = nn.MaxPool2d(size, stride, padding)(R[None, None])[0, 0]
                assert torch.allclose(a, b), (n, size, stride, padding)
                a = pool2d(R, size, stride, padding, "avg")
                b = nn.AvgPool2d(size, stride, padding)(R[None, None])[0, 0]
                assert torch.allclose(a, b, atol=1e-6), (
                    n,
                    size,
                    stride,
                    padding,
                )
assert all(torch.allclose(a, b.squeeze()) for a, b in checks)
# --8<-- [end:check]
