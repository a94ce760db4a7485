# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from torch import nn


def first_layer_grad_norm(act, depth, init, width=32):
    """Gradient norm at the first layer's weights of a deep MLP."""
    torch.manual_seed(0)
    layers = []
    for _ in range(depth):
        linear = nn.Linear(width, width)
        if init == "xavier":
            nn.init.xavier_normal_(linear.weight)
        elif init == "kaiming":
            nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")
        # init == "default": keep PyTorch's own initialisation
        layers += [linear, act()]
    net = nn.Sequential(*layers, nn.Linear(width, 1))
    x = torch.randn(64, width)
    net(x).pow(2).mean().backward()
    return torch.linalg.vector_norm(net[0].weight.grad).item()


setups = {
    "sigmoid, Xavier": (nn.Sigmoid, "xavier"),
    "tanh, Xavier": (nn.Tanh, "xavier"),
    "ReLU, Kaiming": (nn.ReLU, "kaiming"),
    "ReLU, default": (nn.ReLU, "default"),
}
depths = [1, 2, 5, 10, 20]
norms = {
    name: [first_layer_grad_norm(act, d, init) for d in depths]
    for name, (act, init) in setups.items()
}

print("depth " + "".join(f"{name:>16}" for name in setups))
for i, d in enumerate(depths):
    print(f"{d:5d} " + "".join(f"{norms[name][i]:16.1e}" for name in setups))

fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
for name in setups:
    ax.semilogy(depths, norms[name], "o-", label=name)
ax.set(
    xlabel="number of hidden layers",
    ylabel="first-layer gradient norm",
    xticks=depths,
)
ax.set_title("Gradient reaching the first layer vs depth")
ax.legend(title="activation, init", fontsize=8)
ax.grid(alpha=0.3)
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
sig = dict(zip(depths, norms["sigmoid, Xavier"], strict=True))
tanh_ = dict(zip(depths, norms["tanh, Xavier"], strict=True))
relu_k = dict(zip(depths, norms["ReLU, Kaiming"], strict=True))
relu_d = dict(zip(depths, norms["ReLU, default"], strict=True))
# five sigmoid layers: over 100 times smaller already
assert sig[5] < sig[1] / 100
assert sig[20] < 1e-10  # twenty: practically zero
# Kaiming-initialised ReLU: no collapse
assert all(relu_k[d] > relu_k[1] / 10 for d in depths)
# tanh with Xavier init holds up too
assert all(tanh_[d] > tanh_[1] / 50 for d in depths)
assert 10 < tanh_[1] / tanh_[20] < 40  # about a twentieth after 20 layers
# the same ReLU net with default init vanishes
assert relu_d[20] < 1e-6 < relu_k[20]
# PyTorch's default Linear init: U(-1/sqrt(fan_in), 1/sqrt(fan_in)), variance 1/(3 fan_in),
# a sixth of Kaiming's 2/fan_in.
w_default = nn.Linear(1000, 1000).weight.detach()
assert abs(w_default.var().item() * 3000 - 1) < 0.02
assert w_default.abs().max().item() <= 1000**-0.5
# --8<-- [end:check]
