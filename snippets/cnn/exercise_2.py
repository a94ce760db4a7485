# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
for depth in (1, 2, 3):
    net = nn.Sequential(*[nn.Conv2d(1, 1, kernel_size=3) for _ in range(depth)])
    X = torch.randn(1, 1, 11, 11, requires_grad=True)
    Y = net(X)
    # one output pixel in the middle
    Y[0, 0, Y.shape[2] // 2, Y.shape[3] // 2].backward()
    # the inputs it depends on
    rows, cols = X.grad[0, 0].nonzero().unbind(dim=1)
    size = (rows.max() - rows.min() + 1, cols.max() - cols.min() + 1)
    h, w = (int(v) for v in size)
    print(f"{depth} layer(s) of 3x3: receptive field {h}x{w}")
# --8<-- [end:code]

# --8<-- [start:check]
# the receptive field of the last net (3 layers) is 7x7, i.e. 1 + 3 * (3 - 1)
assert (size[0].item(), size[1].item()) == (7, 7)
assert torch.count_nonzero(X.grad) == 49
# --8<-- [end:check]
