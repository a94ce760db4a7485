# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
x, y = torch.randn(2, 1, 1, 4, 4)  # two random 1-channel 4x4 images
a, b = 2.0, -3.0
avg, mx = nn.AvgPool2d(2), nn.MaxPool2d(2)

# Average pooling is linear: pool(a x + b y) = a pool(x) + b pool(y)
print(
    "avg linear:",
    torch.allclose(avg(a * x + b * y), a * avg(x) + b * avg(y), atol=1e-5),
)
print(
    "max linear:",
    torch.allclose(mx(a * x + b * y), a * mx(x) + b * mx(y), atol=1e-5),
)

# The smallest counterexample for max: one window of two pixels
u, v = torch.tensor([[[[1.0, 0.0]]]]), torch.tensor([[[[0.0, 1.0]]]])
pool = nn.MaxPool2d((1, 2))
print(
    "max(u + v):",
    pool(u + v).item(),
    "  max(u) + max(v):",
    (pool(u) + pool(v)).item(),
)

# Conv + average pooling without activations: the whole network is still linear
torch.manual_seed(0)
net = nn.Sequential(
    nn.Conv2d(1, 4, 3, padding=1, bias=False),
    nn.AvgPool2d(2),
    nn.Conv2d(4, 4, 3, padding=1, bias=False),
    nn.AvgPool2d(2),
    nn.Flatten(),
    nn.Linear(4, 3, bias=False),
)
print(
    "conv/avg-pool net linear:",
    torch.allclose(net(a * x + b * y), a * net(x) + b * net(y), atol=1e-5),
)

# Max pooling and ReLU commute: both keep the order of values
relu = nn.ReLU()
print(
    "maxpool(relu(x)) == relu(maxpool(x)):",
    torch.equal(mx(relu(x)), relu(mx(x))),
)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(avg(a * x + b * y), a * avg(x) + b * avg(y), atol=1e-5)
assert not torch.allclose(mx(a * x + b * y), a * mx(x) + b * mx(y), atol=1e-5)
assert pool(u + v).item() == 1.0 and (pool(u) + pool(v)).item() == 2.0
assert torch.allclose(net(a * x + b * y), a * net(x) + b * net(y), atol=1e-5)
assert torch.equal(mx(relu(x)), relu(mx(x)))
# max pooling is positively homogeneous (max(c x) = c max(x) for c >= 0) but not for c < 0
assert torch.allclose(mx(3 * x), 3 * mx(x)) and not torch.allclose(
    mx(-x), -mx(x)
)
# --8<-- [end:check]
