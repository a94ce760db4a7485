# --8<-- [start:code]
import torch
from torch import nn


class NestMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 32), nn.ReLU()
        )
        self.linear = nn.Linear(32, 16)

    def forward(self, x):
        return self.linear(self.net(x))


torch.manual_seed(0)
model = nn.Sequential(NestMLP(), nn.Linear(16, 20), nn.ReLU(), nn.Linear(20, 1))
X = torch.rand(2, 20)
print(model)
print("output shape:", model(X).shape)
print("model[0].net[2]:", model[0].net[2])
print("module names:", [name for name, _ in model.named_modules()])
# --8<-- [end:code]

# --8<-- [start:check]
assert model(X).shape == (2, 1)
assert isinstance(model[0].net[2], nn.Linear) and model[0].net[
    2
].weight.shape == (32, 64)
names = [name for name, _ in model.named_modules()]
assert (
    names[:3] == ["", "0", "0.net"]
    and "0.net.2" in names
    and "0.linear" in names
)
# --8<-- [end:check]
