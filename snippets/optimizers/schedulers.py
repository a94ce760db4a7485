# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from torch.optim import lr_scheduler as sched

steps = 100
schedules = {
    "StepLR(30, 0.1)": lambda o: sched.StepLR(o, step_size=30, gamma=0.1),
    "CosineAnnealingLR(100)": lambda o: sched.CosineAnnealingLR(o, T_max=100),
    "OneCycleLR(0.1, 100)": lambda o: sched.OneCycleLR(
        o, max_lr=0.1, total_steps=100
    ),
    "warmup 10 + cosine 90": lambda o: sched.SequentialLR(
        o,
        [
            sched.LinearLR(o, start_factor=0.01, total_iters=10),
            sched.CosineAnnealingLR(o, T_max=90),
        ],
        milestones=[10],
    ),
}
lrs, momenta = {}, {}
for name, make in schedules.items():
    w = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.1, momentum=0.9)
    scheduler = make(optimizer)
    lrs[name], momenta[name] = [], []
    for _ in range(steps):
        lrs[name].append(scheduler.get_last_lr()[0])  # the lr of this step
        momenta[name].append(optimizer.param_groups[0]["momentum"])
        w.grad = torch.ones(1)  # stands in for zero_grad/forward/backward
        optimizer.step()
        scheduler.step()  # after optimizer.step()

show = [0, 9, 10, 29, 30, 60, 99]
print(f"{'step':>22s}" + "".join(f"{k:>9d}" for k in show))
for name, lr in lrs.items():
    print(f"{name:>22s}" + "".join(f"{lr[k]:9.3g}" for k in show))

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 3.2), width_ratios=[2, 1])
for name, lr in lrs.items():
    ax1.plot(lr, label=name)
ax1.set(xlabel="step", ylabel="learning rate", title="Learning rate per step")
ax1.legend(fontsize=8)
ax2.plot(momenta["OneCycleLR(0.1, 100)"], color="C2")
ax2.set(xlabel="step", ylabel="momentum", title="OneCycleLR: momentum")
fig.suptitle("Schedules over 100 steps, base lr 0.1")
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

step_lr = lrs["StepLR(30, 0.1)"]
assert all(math.isclose(step_lr[k], 0.1 * 0.1 ** (k // 30)) for k in range(100))
cos = lrs["CosineAnnealingLR(100)"]
for k in range(100):
    assert math.isclose(
        cos[k],
        0.05 * (1 + math.cos(math.pi * k / 100)),
        rel_tol=1e-6,
        abs_tol=1e-9,
    )
one = lrs["OneCycleLR(0.1, 100)"]
assert math.isclose(one[0], 0.1 / 25, rel_tol=1e-6)  # max_lr / div_factor
assert max(one) == one[29] and math.isclose(one[29], 0.1)  # peak at 30%
assert math.isclose(one[99], 0.1 / 25 / 1e4, rel_tol=1e-6)  # final_div_factor
mom = momenta["OneCycleLR(0.1, 100)"]
assert math.isclose(mom[0], 0.95) and math.isclose(mom[29], 0.85)
assert math.isclose(mom[99], 0.95)
assert all(m == 0.9 for m in momenta["StepLR(30, 0.1)"])
wc = lrs["warmup 10 + cosine 90"]
for k in range(10):
    assert math.isclose(wc[k], 0.1 * (0.01 + 0.99 * k / 10), rel_tol=1e-6)
for k in range(10, 100):
    assert math.isclose(
        wc[k],
        0.05 * (1 + math.cos(math.pi * (k - 10) / 90)),
        rel_tol=1e-6,
        abs_tol=1e-9,
    )
# --8<-- [end:check]
