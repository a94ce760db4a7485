# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
weight0, bias0 = model.weight.detach().clone(), model.bias.detach().clone()
optimizer = torch.optim.AdamW(
    [
        {"params": [p for p in model.parameters() if p.ndim > 1]},
        {
            "params": [p for p in model.parameters() if p.ndim <= 1],
            "weight_decay": 0.0,
        },
    ],
    lr=0.01,
    weight_decay=0.1,
)
for _ in range(10):
    for p in model.parameters():
        p.grad = torch.zeros_like(p)  # the loss gradient is zero
    optimizer.step()
ratio = (model.weight / weight0).detach()
print(
    "weight / initial weight:", [round(r, 6) for r in ratio.flatten().tolist()]
)
print("(1 - lr * wd)^10       :", round((1 - 0.01 * 0.1) ** 10, 6))
print("bias unchanged:", torch.equal(model.bias.detach(), bias0))
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.equal(model.bias.detach(), bias0)
assert torch.allclose(ratio, torch.full_like(ratio, 0.999**10), rtol=1e-6)
# --8<-- [end:check]
