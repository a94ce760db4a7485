# --8<-- [start:code]
import torch

w = torch.zeros(1, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1, momentum=0.9)
steps = {}
for k in range(1, 51):
    before = w.item()
    optimizer.zero_grad()
    w.sum().backward()  # loss = w: the gradient is 1 at every step
    optimizer.step()
    steps[k] = before - w.item()
for k in [1, 2, 5, 10, 20, 50]:
    print(f"step {k:2d}: moved {steps[k]:.4f}")
print(f"limit lr / (1 - momentum) = {0.1 / (1 - 0.9):.4f}")
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

for k, s in steps.items():
    assert math.isclose(s, 0.1 * (1 - 0.9**k) / (1 - 0.9), rel_tol=1e-4)
assert 0.99 < steps[50] < 1.0  # within 1% of ten times lr
# --8<-- [end:check]
