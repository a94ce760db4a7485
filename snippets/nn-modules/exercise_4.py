# --8<-- [start:code]
import copy

import torch
from torch import nn
from torch.nn import functional as F


def make_model_and_optimizer():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 1))
    return model, torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)


def train(model, optimizer, steps):
    for _ in range(steps):
        loss = F.mse_loss(model(X), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return loss.item()


torch.manual_seed(1)
X = torch.randn(64, 3)
y = X.sum(dim=1, keepdim=True)

model, optimizer = make_model_and_optimizer()
train(model, optimizer, 20)
# deepcopy: state_dict() values are the live tensors, not a snapshot
checkpoint = copy.deepcopy(
    {"model": model.state_dict(), "optimizer": optimizer.state_dict()}
)
print("optimizer state holds:", list(checkpoint["optimizer"]["state"][0]))
train(model, optimizer, 20)  # the uninterrupted run: 40 steps in all

gaps = {}
for restore_optimizer in (True, False):
    resumed, resumed_optimizer = make_model_and_optimizer()
    resumed.load_state_dict(checkpoint["model"])
    if restore_optimizer:
        resumed_optimizer.load_state_dict(checkpoint["optimizer"])
    train(resumed, resumed_optimizer, 20)
    gap = max(
        (a - b).abs().max().item()
        for a, b in zip(model.parameters(), resumed.parameters(), strict=True)
    )
    gaps[restore_optimizer] = gap
    print(f"optimizer state restored: {restore_optimizer!s:5}", end="")
    print(f"  largest parameter difference {gap:.2e}")
# --8<-- [end:code]

# --8<-- [start:check]
assert gaps[True] == 0.0
assert gaps[False] > 1e-2
assert list(checkpoint["optimizer"]["state"][0]) == ["momentum_buffer"]
# --8<-- [end:check]
