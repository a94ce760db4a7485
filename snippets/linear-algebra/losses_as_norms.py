# --8<-- [start:code]
import copy

import torch
import torch.nn.functional as F
from torch import nn
from torch.linalg import vector_norm

torch.manual_seed(0)
pred, target = torch.randn(8), torch.randn(8)
n = pred.numel()
e = pred - target
print(
    "mse_loss:",
    F.mse_loss(pred, target),
    " ||e||_2^2 / n:",
    vector_norm(e) ** 2 / n,
)
print(
    "l1_loss: ",
    F.l1_loss(pred, target),
    " ||e||_1 / n:  ",
    vector_norm(e, ord=1) / n,
)

# Weight decay in SGD is an L2 penalty (lambda/2) * ||w||^2 added to the loss
X, y = torch.randn(32, 5), torch.randn(32, 1)
model_a = nn.Linear(5, 1)
model_b = copy.deepcopy(model_a)
lam, lr = 0.1, 0.05
opt_a = torch.optim.SGD(model_a.parameters(), lr=lr, weight_decay=lam)
opt_b = torch.optim.SGD(model_b.parameters(), lr=lr)
for _ in range(20):
    loss_a = F.mse_loss(model_a(X), y)
    penalty = sum(p.square().sum() for p in model_b.parameters())
    loss_b = F.mse_loss(model_b(X), y) + lam / 2 * penalty
    for opt, loss in [(opt_a, loss_a), (opt_b, loss_b)]:
        opt.zero_grad()
        loss.backward()
        opt.step()
pairs = zip(model_a.parameters(), model_b.parameters(), strict=True)
gap = max((pa - pb).abs().max().item() for pa, pb in pairs)
print(f"largest difference between the two models after 20 steps: {gap:.1e}")
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(
    F.mse_loss(pred, target), vector_norm(pred - target) ** 2 / n
)
assert torch.allclose(
    F.l1_loss(pred, target), vector_norm(pred - target, ord=1) / n
)
assert gap < 1e-6


# The same holds for Adam's weight_decay (added to the gradient), but not for AdamW,
# whose decay is decoupled from the gradient scaling
def train(opt_cls, wd, explicit):
    torch.manual_seed(1)
    m = nn.Linear(5, 1)
    opt = opt_cls(m.parameters(), lr=0.05, weight_decay=wd)
    for _ in range(20):
        loss = F.mse_loss(m(X), y)
        if explicit:
            loss = loss + lam / 2 * sum(
                p.square().sum() for p in m.parameters()
            )
        opt.zero_grad()
        loss.backward()
        opt.step()
    return torch.cat([p.detach().flatten() for p in m.parameters()])


adam_wd = train(torch.optim.Adam, lam, explicit=False)
adam_pen = train(torch.optim.Adam, 0.0, explicit=True)
adamw = train(torch.optim.AdamW, lam, explicit=False)
assert torch.allclose(adam_wd, adam_pen, atol=1e-6)
assert not torch.allclose(adamw, adam_pen, atol=1e-3)
# --8<-- [end:check]
