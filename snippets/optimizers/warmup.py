# --8<-- [start:code]
import torch
from torch.optim import lr_scheduler as sched

w = torch.zeros(3, requires_grad=True)
optimizer = torch.optim.AdamW([w], lr=1e-3)
warmup_steps, total_steps = 5, 50
scheduler = sched.SequentialLR(
    optimizer,
    schedulers=[
        sched.LinearLR(optimizer, start_factor=0.2, total_iters=warmup_steps),
        sched.CosineAnnealingLR(optimizer, T_max=total_steps - warmup_steps),
    ],
    milestones=[warmup_steps],
)
used = []
for _ in range(total_steps):
    used.append(scheduler.get_last_lr()[0])
    w.grad = torch.ones(3)  # stands in for the backward pass
    optimizer.step()
    scheduler.step()
print("lr of steps 0-6:", [f"{lr:.2e}" for lr in used[:7]])
print("lr of the last step:", f"{used[-1]:.2e}")
try:
    sched.LinearLR(optimizer, start_factor=0.0)
except ValueError as err:
    print("start_factor=0:", err)
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

for k in range(5):  # linear ramp from 0.2 * lr to lr
    assert math.isclose(used[k], 1e-3 * (0.2 + 0.8 * k / 5), rel_tol=1e-6)
assert math.isclose(used[5], 1e-3, rel_tol=1e-6)  # cosine starts at lr
for k in range(5, 50):
    assert math.isclose(
        used[k],
        5e-4 * (1 + math.cos(math.pi * (k - 5) / 45)),
        rel_tol=1e-6,
        abs_tol=1e-12,
    )
# --8<-- [end:check]
