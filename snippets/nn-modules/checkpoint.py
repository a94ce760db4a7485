# --8<-- [start:code]
import tempfile
from pathlib import Path

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

with tempfile.TemporaryDirectory() as tmp:
    model, optimizer = make_model_and_optimizer()
    for step in range(10, 41, 10):  # 40 steps, a checkpoint every 10
        loss = train(model, optimizer, 10)
        checkpoint = {
            "step": step,
            "model": model.state_dict(),
            "optimizer": optimizer.state_dict(),
        }
        torch.save(checkpoint, Path(tmp) / f"step{step}.pt")
        print(f"step {step}: loss {loss:.4f}")

    # Start over as if the program had stopped after step 20
    resumed, resumed_optimizer = make_model_and_optimizer()
    checkpoint = torch.load(Path(tmp) / "step20.pt", weights_only=True)
    resumed.load_state_dict(checkpoint["model"])
    resumed_optimizer.load_state_dict(checkpoint["optimizer"])
    train(resumed, resumed_optimizer, 40 - checkpoint["step"])

same = all(
    torch.equal(a, b)
    for a, b in zip(model.parameters(), resumed.parameters(), strict=True)
)
print("resumed run matches the uninterrupted one:", same)
# --8<-- [end:code]

# --8<-- [start:check]
assert same
assert checkpoint["step"] == 20
assert loss < 0.05
assert abs(loss - 0.035) < 0.005
# --8<-- [end:check]
