# --8<-- [start:code]
import warnings

import torch
from torch.optim.lr_scheduler import OneCycleLR, StepLR


def lrs_used(scheduler_first, steps=6):
    w = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.1)
    scheduler = StepLR(optimizer, step_size=2, gamma=0.5)
    used = []
    for _ in range(steps):
        w.grad = torch.ones(1)
        if scheduler_first:
            scheduler.step()
        used.append(optimizer.param_groups[0]["lr"])  # what step() uses
        optimizer.step()
        if not scheduler_first:
            scheduler.step()
    return used


print("optimizer.step() first:", lrs_used(False))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("scheduler.step() first:", lrs_used(True))
print("warning:", str(caught[0].message).split(". ")[0])

# per batch: OneCycleLR counts batches, so total = epochs * batches
epochs, batches = 3, 4
w = torch.zeros(1, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1, momentum=0.9)
scheduler = OneCycleLR(optimizer, max_lr=0.1, total_steps=epochs * batches)
for epoch in range(epochs):
    used = []
    for _ in range(batches):
        used.append(scheduler.get_last_lr()[0])  # one lr per param group
        w.grad = torch.ones(1)
        optimizer.step()
        scheduler.step()
    print(f"epoch {epoch}: lr per batch", [round(lr, 4) for lr in used])
try:
    optimizer.step()
    scheduler.step()  # one step past total_steps
except ValueError as err:
    error = err
    print("ValueError:", err)
# --8<-- [end:code]

# --8<-- [start:check]
with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    right, wrong = lrs_used(False), lrs_used(True)
assert right == [0.1, 0.1, 0.05, 0.05, 0.025, 0.025]
assert wrong == right[1:] + [0.0125]  # the first value is skipped
assert len(caught) == 1 and issubclass(caught[0].category, UserWarning)
assert "before `optimizer.step()`" in str(caught[0].message)
assert "total steps is 12" in str(error)
assert scheduler.last_epoch == epochs * batches + 1
# --8<-- [end:check]
