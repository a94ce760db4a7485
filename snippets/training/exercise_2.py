# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(32, 5), torch.randn(32, 1)
model = nn.Linear(5, 1)
loss_fn = nn.MSELoss()

# One batch of 32.
model.zero_grad()
loss_fn(model(X), y).backward()
full = [p.grad.clone() for p in model.parameters()]

# Four micro-batches of 8, gradients accumulated on purpose
# (no zero_grad in between).
model.zero_grad()
for xb, yb in zip(X.split(8), y.split(8), strict=True):
    # /4: each loss is a mean over only 8 samples
    (loss_fn(model(xb), yb) / 4).backward()
accumulated = [p.grad.clone() for p in model.parameters()]

for a, f in zip(accumulated, full, strict=True):
    print("max difference:", (a - f).abs().max().item())
# --8<-- [end:code]

# --8<-- [start:check]
for a, f in zip(accumulated, full, strict=True):
    assert torch.allclose(a, f, atol=1e-6)
# --8<-- [end:check]
