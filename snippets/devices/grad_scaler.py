# book: cuda
# --8<-- [start:code]
import torch
from torch import nn

device = torch.device("cuda")
torch.manual_seed(0)
X = torch.randn(256, 20, device=device)
y = (X[:, 0] > 0).long()
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 2)).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
scaler = torch.amp.GradScaler("cuda")  # starts at a scale of 2**16

for step in range(50):
    optimizer.zero_grad()
    with torch.autocast("cuda", dtype=torch.float16):
        loss = nn.functional.cross_entropy(model(X), y)
    scaler.scale(loss).backward()  # gradients of loss * scale
    if step == 10:  # pretend this step overflowed
        model[0].weight.grad[0, 0] = float("inf")
    scaler.unscale_(optimizer)  # divide the gradients by the scale
    nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    before = model[0].weight.detach().clone()
    scale = scaler.get_scale()
    scaler.step(optimizer)  # skipped if a gradient is inf or nan
    scaler.update()  # halve the scale after a skip
    if step in (0, 10, 49):
        skipped = torch.equal(before, model[0].weight)
        print(
            f"step {step:2d}  loss {loss.item():.4f}  scale {scale:g}"
            f" -> {scaler.get_scale():g}  skipped {skipped}"
        )
# --8<-- [end:code]

# --8<-- [start:check]
assert loss.item() < 0.2  # it trains
assert model[0].weight.dtype == torch.float32
# --8<-- [end:check]
