# --8<-- [start:code]
import torch
from torch import nn


def init_normal(m):
    if isinstance(m, nn.Linear):
        nn.init.normal_(m.weight, mean=0.0, std=0.01)
        nn.init.zeros_(m.bias)


def init_constant(m):
    if isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 1.0)
        nn.init.zeros_(m.bias)


def init_xavier(m):
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)


torch.manual_seed(0)
net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
largest = net[0].weight.abs().max()
print(f"default init: max |w| = {largest:.4f} <= 1/sqrt(20) = {20**-0.5:.4f}")
visited = []
net.apply(lambda m: visited.append(type(m).__name__))
print("apply visits:", visited)

net.apply(init_normal)
zero_bias = (net[0].bias == 0).all()
print(
    f"init_normal: weight std {net[0].weight.std():.4f}, zero bias: {zero_bias}"
)
net.apply(init_constant)
print("init_constant: first weights", net[0].weight[0, :4].tolist())
net[0].apply(init_xavier)  # only the first layer
bound = (6 / (20 + 256)) ** 0.5
largest = net[0].weight.abs().max()
print(f"xavier on net[0]: max |w| = {largest:.4f} <= {bound:.4f}")
print("net[2] untouched:", net[2].weight.unique().tolist())
# --8<-- [end:code]

# --8<-- [start:check]
torch.manual_seed(0)
fresh = nn.Linear(20, 256)
assert (
    fresh.weight.abs().max() <= 20**-0.5 and fresh.bias.abs().max() <= 20**-0.5
)
# children first, then the parent
assert visited == ["Linear", "ReLU", "Linear", "Sequential"]
net.apply(init_normal)
for layer in (net[0], net[2]):
    assert (
        abs(layer.weight.std().item() - 0.01) < 0.001
        and abs(layer.weight.mean().item()) < 0.001
    )
    assert torch.all(layer.bias == 0)
net.apply(init_constant)
net[0].apply(init_xavier)
w = net[0].weight
assert w.abs().max() <= bound and w.abs().max() > 0.9 * bound
# std of U(-a, a) is a / sqrt(3)
assert abs(w.std().item() - bound / 3**0.5) < 0.05 * bound
assert torch.all(net[2].weight == 1) and torch.all(net[2].bias == 0)
# type(m) == nn.Linear misses subclasses, e.g. the output projection inside MultiheadAttention
out_proj = nn.MultiheadAttention(8, 2).out_proj
assert type(out_proj) is not nn.Linear and isinstance(out_proj, nn.Linear)
assert abs(bound - 0.147) < 1e-3
# --8<-- [end:check]
