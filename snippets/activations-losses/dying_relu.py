# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(1000, 2)
layer = nn.Linear(2, 8)
with torch.no_grad():
    # as if one large update pushed units 0-3 far negative
    layer.bias[:4] -= 5.0

# units whose input is negative for every sample
silent = (layer(x) < 0).all(dim=0)
print("negative on all 1000 inputs:", silent.tolist())

grad_norms = {}
for act in [nn.ReLU(), nn.LeakyReLU(negative_slope=0.01)]:
    layer.zero_grad()
    act(layer(x)).sum().backward()
    grad_norms[str(act)] = torch.linalg.vector_norm(layer.weight.grad, dim=1)
    print(f"{act}: weight-gradient norm per unit")
    print("   ", [f"{g:.2g}" for g in grad_norms[str(act)].tolist()])

# A freshly initialised wide layer: about half of its ReLU outputs are
# exactly zero.
h = torch.relu(nn.Linear(100, 1000)(torch.randn(500, 100)))
print(f"fraction of exact zeros after ReLU: {(h == 0).float().mean():.3f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert silent[:4].all() and not silent[4:].any()
relu, leaky = grad_norms["ReLU()"], grad_norms["LeakyReLU(negative_slope=0.01)"]
# dead ReLU units: exactly zero gradient
assert (relu[:4] == 0).all() and (relu[4:] > 0).all()
assert (leaky[:4] > 0).all()  # LeakyReLU: never exactly zero...
# ...but far smaller than a live unit's
assert (leaky[:4] < 0.01 * leaky[4:].min()).all()
assert ((0.3 < leaky[:4]) & (leaky[:4] < 0.5)).all() and (relu[4:] > 100).all()
assert 0.45 < (h == 0).float().mean().item() < 0.55
# --8<-- [end:check]
