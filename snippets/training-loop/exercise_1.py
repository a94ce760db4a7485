# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(64, 5), torch.randn(64, 1)
lam = 0.1


def run(make_optimizer, penalty_in_loss, steps=20):
    torch.manual_seed(1)
    model = nn.Linear(5, 1)
    optimizer = make_optimizer(model.parameters())
    for _ in range(steps):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(X), y)
        if penalty_in_loss:  # (lam / 2) * ||theta||^2, biases included
            loss = loss + lam / 2 * sum(
                p.pow(2).sum() for p in model.parameters()
            )
        loss.backward()
        optimizer.step()
    return torch.cat([p.detach().flatten() for p in model.parameters()])


sgd_l2 = run(lambda ps: torch.optim.SGD(ps, lr=0.1), True)
sgd_wd = run(lambda ps: torch.optim.SGD(ps, lr=0.1, weight_decay=lam), False)
adam_l2 = run(lambda ps: torch.optim.Adam(ps, lr=0.1), True)
adam_wd = run(lambda ps: torch.optim.Adam(ps, lr=0.1, weight_decay=lam), False)
adamw = run(lambda ps: torch.optim.AdamW(ps, lr=0.1, weight_decay=lam), False)


def gap(a, b):
    return torch.linalg.vector_norm(a - b).item()


print(f"SGD:  L2 in loss vs weight_decay   {gap(sgd_l2, sgd_wd):.2e}")
print(f"Adam: L2 in loss vs weight_decay   {gap(adam_l2, adam_wd):.2e}")
print(f"Adam: L2 in loss vs AdamW          {gap(adam_l2, adamw):.2e}")
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(sgd_l2, sgd_wd, atol=1e-6)
assert torch.allclose(adam_l2, adam_wd, atol=1e-5)
assert gap(adam_l2, adamw) > 1e-2
# --8<-- [end:check]
