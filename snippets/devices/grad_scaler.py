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
report = {}

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
    skipped = torch.equal(before, model[0].weight)
    report[step] = (loss.item(), scale, scaler.get_scale(), skipped)

for step in (0, 9, 10, 11, 49):
    loss_value, scale, new_scale, skipped = report[step]
    print(
        f"step {step:2d}  loss {loss_value:.4f}  scale {scale:g}"
        f" -> {new_scale:g}  skipped {skipped}"
    )
# --8<-- [end:code]

# --8<-- [start:check]
assert loss.item() < 0.2  # it trains
assert report[10][3] and report[10][2] == report[10][1] / 2  # skipped, halved
assert not report[49][3]  # later steps update the parameters again
assert model[0].weight.dtype == torch.float32
# --8<-- [end:check]
