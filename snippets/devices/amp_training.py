# --8<-- [start:code]
import torch
from torch import nn

device = torch.device("cpu")
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()

torch.manual_seed(0)
X = torch.randn(256, 20, device=device)
y = (X[:, 0] > 0).long()  # a simple rule to learn
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 2)).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)

for step in range(50):
    optimizer.zero_grad()
    # autocast covers the forward pass and the loss, nothing more
    with torch.autocast(device_type=device.type, dtype=torch.bfloat16):
        logits = model(X)  # the matrix products run in bfloat16
        loss = nn.functional.cross_entropy(logits, y)  # kept in float32
    loss.backward()  # outside the with block
    optimizer.step()
    if step in (0, 49):
        print(f"step {step:2d}  loss {loss.item():.4f}")

print("logits:", logits.dtype, " loss:", loss.dtype)
weight = model[0].weight
print("parameter:", weight.dtype, " gradient:", weight.grad.dtype)
# --8<-- [end:code]

# --8<-- [start:check]
assert logits.dtype == torch.bfloat16 and loss.dtype == torch.float32
assert weight.dtype == torch.float32 and weight.grad.dtype == torch.float32
assert loss.item() < 0.2  # it trains
# --8<-- [end:check]
