# --8<-- [start:code]
import math

import torch
from torch.optim import lr_scheduler as sched

warmup, total = 5, 50


def factor(step):  # multiplies the base lr at this step
    if step < warmup:
        return 0.2 + 0.8 * step / warmup
    return 0.5 * (1 + math.cos(math.pi * (step - warmup) / (total - warmup)))


def lrs(make_scheduler):
    w = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.AdamW([w], lr=1e-3)
    scheduler = make_scheduler(optimizer)
    out = []
    for _ in range(total):
        out.append(scheduler.get_last_lr()[0])
        w.grad = torch.ones(1)
        optimizer.step()
        scheduler.step()
    return torch.tensor(out, dtype=torch.float64)


by_lambda = lrs(lambda o: sched.LambdaLR(o, lr_lambda=factor))
by_sequential = lrs(
    lambda o: sched.SequentialLR(
        o,
        [
            sched.LinearLR(o, start_factor=0.2, total_iters=warmup),
            sched.CosineAnnealingLR(o, T_max=total - warmup),
        ],
        milestones=[warmup],
    )
)
print("LambdaLR, steps 0-6:", [f"{lr:.2e}" for lr in by_lambda[:7].tolist()])
print("max |difference|   :", f"{(by_lambda - by_sequential).abs().max():.1e}")
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(by_lambda, by_sequential, rtol=1e-9, atol=1e-15)
assert math.isclose(by_lambda[0].item(), 2e-4) and math.isclose(
    by_lambda[5].item(), 1e-3
)
# --8<-- [end:check]
