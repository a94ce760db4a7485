# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from torch import nn


def my_init(m):
    if isinstance(m, nn.Linear):
        nn.init.uniform_(m.weight, -10, 10)
        with torch.no_grad():  # an in-place edit that autograd must not record
            m.weight[m.weight.abs() < 5] = 0


torch.manual_seed(0)
net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
net.apply(my_init)
w = net[0].weight.detach().clone()  # a snapshot for the plot
print("first weights:", w[0, :5])
print(f"fraction of zeros: {(w == 0).float().mean():.3f}")

with torch.no_grad():  # editing a parameter by hand works the same way
    net[0].weight += 1
    net[0].weight[0, 0] = 42
print("after the edits:", net[0].weight[0, :5].detach())

fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
ax.hist(w.flatten().numpy(), bins=80, range=(-10, 10))
ax.set_yscale("log")
ax.set_xlabel("weight value")
ax.set_ylabel("count (log scale)")
ax.set_title("net[0].weight after my_init: zero where |w| < 5")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
zero_fraction = (w == 0).float().mean().item()
# P(|U(-10, 10)| < 5) = 1/2; 5120 weights
assert abs(zero_fraction - 0.5) < 0.03
nonzero = w[w != 0]
assert nonzero.abs().min() >= 5 and nonzero.abs().max() <= 10
assert net[0].weight[0, 0].item() == 42
assert torch.equal(net[0].weight[0, 1:].detach(), w[0, 1:] + 1)
# still a leaf Parameter
assert net[0].weight.requires_grad and net[0].weight.grad_fn is None
assert torch.all(net[2].weight[net[2].weight != 0].abs() >= 5)
try:
    net[0].weight += 1  # the same edit outside torch.no_grad()
except RuntimeError as err:
    assert "leaf Variable that requires grad" in str(err)
else:
    raise AssertionError("in-place edit of a leaf parameter was allowed")
# --8<-- [end:check]
