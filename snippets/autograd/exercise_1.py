# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
loss_fn = nn.MSELoss()  # a mean over the batch

loss_fn(model(x), y).backward()  # one batch of 8
full = [p.grad.clone() for p in model.parameters()]

model.zero_grad()
for xb, yb in zip(x.split(4), y.split(4), strict=True):  # two batches of 4
    # each is a mean over 4: halve it so the sum is a mean over 8
    (loss_fn(model(xb), yb) / 2).backward()
accumulated = [p.grad for p in model.parameters()]

print("full batch weight.grad: ", full[0])
print("accumulated weight.grad:", accumulated[0])
print(
    "all gradients equal:",
    all(
        torch.allclose(a, b, atol=1e-6)
        for a, b in zip(full, accumulated, strict=True)
    ),
)
# --8<-- [end:code]

# --8<-- [start:check]
assert all(
    torch.allclose(a, b, atol=1e-6)
    for a, b in zip(full, accumulated, strict=True)
)
# --8<-- [end:check]
