# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(64, 32), nn.LayerNorm(32), nn.ReLU(), nn.Linear(32, 10)
)
backbone, head = model[:3], model[3]


def groups(module, lr, name):
    decay = [p for p in module.parameters() if p.ndim > 1]  # matrices
    no_decay = [p for p in module.parameters() if p.ndim <= 1]  # biases, norms
    return [
        {"params": decay, "lr": lr, "name": f"{name} weights"},
        {
            "params": no_decay,
            "lr": lr,
            "weight_decay": 0.0,
            "name": f"{name} biases+norm",
        },
    ]


optimizer = torch.optim.AdamW(
    groups(backbone, 1e-3, "backbone") + groups(head, 1e-2, "head"),
    weight_decay=0.05,
)
for group in optimizer.param_groups:
    shapes = [tuple(p.shape) for p in group["params"]]
    print(
        f"{group['name']:21s} lr={group['lr']:<6} "
        f"weight_decay={group['weight_decay']:<5} {shapes}"
    )

n_params = sum(len(g["params"]) for g in optimizer.param_groups)
print("tensors in groups:", n_params, "of", len(list(model.parameters())))
for group in optimizer.param_groups:  # e.g. a manual lr drop
    group["lr"] *= 0.1
print("lr after the drop:", [g["lr"] for g in optimizer.param_groups])
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

pg = optimizer.param_groups
assert len(pg) == 4 and n_params == 6
assert [len(g["params"]) for g in pg] == [1, 3, 1, 1]
assert [g["weight_decay"] for g in pg] == [0.05, 0.0, 0.05, 0.0]
assert math.isclose(pg[2]["lr"], 10 * pg[0]["lr"])
assert all(
    math.isclose(a, b)
    for a, b in zip(
        [g["lr"] for g in pg], [1e-4, 1e-4, 1e-3, 1e-3], strict=True
    )
)
# every parameter appears exactly once
ids = [id(p) for g in pg for p in g["params"]]
assert sorted(ids) == sorted(id(p) for p in model.parameters())
# a parameter in two groups is an error
try:
    torch.optim.AdamW([{"params": [w0 := model[0].weight]}, {"params": [w0]}])
    raise AssertionError("no error")
except ValueError as err:
    assert "more than one parameter group" in str(err)
# the changed lr is the one the next step uses
w = pg[2]["params"][0]
before = w.detach().clone()
w.grad = torch.ones_like(w)
for g in pg[:2] + pg[3:]:
    for p in g["params"]:
        p.grad = torch.zeros_like(p)
optimizer.step()
expected = before * (1 - 1e-3 * 0.05) - 1e-3  # first Adam step = lr
assert torch.allclose(w.detach(), expected, atol=1e-6)
# --8<-- [end:check]
