# --8<-- [start:code]
import torch
from torch import nn


def out_size(n, k, p, s):
    """Output length for input n, kernel k, padding p (each side), stride s."""
    return (n + 2 * p - k) // s + 1


X = torch.zeros(1, 1, 8, 8)  # (batch, channels, h, w)
configs = [  # (kernel, padding, stride), each as (rows, columns)
    ((3, 3), (0, 0), (1, 1)),
    ((3, 3), (1, 1), (1, 1)),
    ((5, 3), (2, 1), (1, 1)),
    ((3, 3), (1, 1), (2, 2)),
    ((3, 5), (0, 1), (3, 4)),
]
for k, p, s in configs:
    conv = nn.Conv2d(1, 1, kernel_size=k, padding=p, stride=s)
    shape = tuple(conv(X).shape[2:])
    formula = (out_size(8, k[0], p[0], s[0]), out_size(8, k[1], p[1], s[1]))
    print(
        f"kernel {k} padding {p} stride {s}: output {shape}, formula {formula}"
    )

same = nn.Conv2d(1, 1, kernel_size=(3, 5), padding="same")
print("padding='same', kernel (3, 5): output", tuple(same(X).shape[2:]))
# --8<-- [end:code]

# --8<-- [start:check]
import warnings  # noqa: E402

expected = [(6, 6), (8, 8), (8, 8), (4, 4), (2, 2)]
for (k, p, s), want in zip(configs, expected, strict=True):
    conv = nn.Conv2d(1, 1, kernel_size=k, padding=p, stride=s)
    assert tuple(conv(X).shape[2:]) == want
    assert (
        out_size(8, k[0], p[0], s[0]),
        out_size(8, k[1], p[1], s[1]),
    ) == want
# the formula against nn.Conv2d over a whole grid of settings
for n in (5, 7, 8, 11):
    for k in (1, 2, 3, 4, 5):
        for p in range(3):
            for s in (1, 2, 3):
                if n + 2 * p < k:
                    continue
                conv = nn.Conv2d(1, 1, kernel_size=k, padding=p, stride=s)
                assert conv(torch.zeros(1, 1, n, n)).shape[-1] == out_size(
                    n, k, p, s
                ), (n, k, p, s)
assert tuple(same(X).shape[2:]) == (8, 8)
# 'same' also works for even kernels (padding one more on one side) ...
# torch notes that this needs a padded copy of the input
with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)
    assert nn.Conv2d(1, 1, kernel_size=4, padding="same")(X).shape[2:] == (8, 8)
# ... but only with stride 1
try:
    nn.Conv2d(1, 1, kernel_size=3, padding="same", stride=2)
except ValueError:
    pass
else:
    raise AssertionError("padding='same' with stride 2 should be refused")
# --8<-- [end:check]
