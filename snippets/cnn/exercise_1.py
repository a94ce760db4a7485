# --8<-- [start:code]
import torch
import torch.nn.functional as F


def conv2d_unfold(X, W, b):
    """X: (n, c_in, h, w), W: (c_out, c_in, kh, kw), b: (c_out,).

    No padding, stride 1.
    """
    n, _, h, w = X.shape
    c_out, _, kh, kw = W.shape
    # (n, c_in*kh*kw, number of windows)
    cols = F.unfold(X, kernel_size=(kh, kw))
    # one matmul for all windows
    Y = W.reshape(c_out, -1) @ cols + b.reshape(1, c_out, 1)
    return Y.reshape(n, c_out, h - kh + 1, w - kw + 1)


torch.manual_seed(0)
X = torch.randn(2, 3, 6, 7)
W = torch.randn(4, 3, 3, 2)
b = torch.randn(4)
Y = conv2d_unfold(X, W, b)
print("output shape:", tuple(Y.shape))
print("same as F.conv2d:", torch.allclose(Y, F.conv2d(X, W, b), atol=1e-5))
# --8<-- [end:code]

# --8<-- [start:check]
assert Y.shape == (2, 4, 4, 6)
assert torch.allclose(Y, F.conv2d(X, W, b), atol=1e-5)
assert F.unfold(X, kernel_size=(3, 2)).shape == (2, 3 * 3 * 2, 4 * 6)
# --8<-- [end:check]
