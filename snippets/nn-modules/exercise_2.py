# --8<-- [start:code]
import torch
from torch import nn


def init_kaiming(m):
    if isinstance(m, nn.Linear):
        # std = sqrt(2 / fan_in)
        nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
        nn.init.constant_(m.bias, 0.01)


torch.manual_seed(0)
net = nn.Sequential(nn.Linear(256, 512), nn.ReLU(), nn.Linear(512, 10))
net.apply(init_kaiming)
for i in (0, 2):
    fan_in = net[i].in_features
    target = (2 / fan_in) ** 0.5
    std = net[i].weight.std()
    print(f"net[{i}]: std {std:.4f}, sqrt(2/{fan_in}) = {target:.4f}")
print("biases:", net[2].bias.detach().unique())
# --8<-- [end:code]

# --8<-- [start:check]
for i in (0, 2):
    target = (2 / net[i].in_features) ** 0.5
    assert abs(net[i].weight.std().item() - target) < 0.03 * target
    assert torch.all(net[i].bias == 0.01)
# --8<-- [end:check]
