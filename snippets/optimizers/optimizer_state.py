# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
x, y = torch.randn(8, 4), torch.randn(8, 1)
sizes = {}
for make in [
    lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9),
    lambda ps: torch.optim.AdamW(ps, lr=1e-3),
]:
    model = nn.Linear(4, 1)
    optimizer = make(model.parameters())
    print(
        type(optimizer).__name__,
        "state before any step:",
        optimizer.state_dict()["state"],
    )
    for _ in range(3):
        optimizer.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        optimizer.step()
    sd = optimizer.state_dict()
    print(
        "  keys:", list(sd), "| group params:", sd["param_groups"][0]["params"]
    )
    for index, state in sd["state"].items():
        print(
            f"  param {index}:", {k: tuple(t.shape) for k, t in state.items()}
        )
    extra = sum(
        t.numel()
        for s in sd["state"].values()
        for t in s.values()
        if t.ndim > 0
    )
    n = sum(p.numel() for p in model.parameters())
    print(f"  {n} parameters, {extra} numbers of optimizer state")
    sizes[type(optimizer).__name__] = (n, extra)
# --8<-- [end:code]

# --8<-- [start:check]
# momentum: one buffer per parameter; Adam(W): two, plus a step counter
assert sizes == {"SGD": (5, 5), "AdamW": (5, 10)}
assert set(sd["state"][0]) == {"step", "exp_avg", "exp_avg_sq"}
assert sd["state"][0]["step"].item() == 3
assert sd["param_groups"][0]["params"] == [0, 1]
sgd = torch.optim.SGD(nn.Linear(4, 1).parameters(), lr=0.1, momentum=0.9)
assert sgd.state_dict()["state"] == {}
# the state dict loads into a new optimizer over a fresh copy of the model
fresh = nn.Linear(4, 1)
fresh.load_state_dict(model.state_dict())
new = torch.optim.AdamW(fresh.parameters(), lr=1e-3)
new.load_state_dict(sd)
assert torch.equal(
    new.state[fresh.weight]["exp_avg"], optimizer.state[model.weight]["exp_avg"]
)
# --8<-- [end:check]
