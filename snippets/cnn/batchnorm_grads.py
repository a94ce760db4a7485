# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from torch import nn


def deep_cnn(depth, act, bn):
    """`depth` 3x3 conv layers, 8 channels, 8x8 inputs, optional BatchNorm."""
    layers = [nn.Conv2d(1, 8, 3, padding=1)]
    for _ in range(depth - 1):
        layers += [nn.BatchNorm2d(8)] if bn else []
        layers += [act(), nn.Conv2d(8, 8, 3, padding=1)]
    return nn.Sequential(*layers, nn.Flatten(), nn.Linear(8 * 8 * 8, 10))


torch.manual_seed(0)
x, y = torch.randn(32, 1, 8, 8), torch.randint(0, 10, (32,))
norms = {}
for act in (nn.Sigmoid, nn.ReLU):
    for bn in (False, True):
        torch.manual_seed(0)
        net = deep_cnn(20, act, bn)
        # gradients at initialisation
        nn.functional.cross_entropy(net(x), y).backward()
        label = act.__name__ + (" + BatchNorm" if bn else "")
        convs = [m for m in net if isinstance(m, nn.Conv2d)]
        norms[label] = [
            torch.linalg.vector_norm(m.weight.grad).item() for m in convs
        ]
        first, last = norms[label][0], norms[label][-1]
        print(
            f"{label:18s} gradient norm: conv 1 {first:.1e}, conv 20 {last:.1e}"
        )

fig, ax = plt.subplots(figsize=(6, 3.5))
for label, values in norms.items():
    ax.semilogy(range(1, 21), values, marker=".", label=label)
ax.set_xticks([1, 5, 10, 15, 20])
ax.set_xlabel("conv layer (1 = nearest the input)")
ax.set_ylabel("weight gradient norm")
ax.set_title("Gradients in a 20-layer CNN at initialisation")
ax.legend(fontsize=8)
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
sig, sig_bn = norms["Sigmoid"], norms["Sigmoid + BatchNorm"]
relu, relu_bn = norms["ReLU"], norms["ReLU + BatchNorm"]
# without BN the sigmoid network's gradient vanishes (~1e-17)
assert 1e-19 < sig[0] / sig[-1] < 1e-15
# with BN the first layer's gradient is back to ~1e-3 ...
assert 1e-3 <= sig_bn[0] < 1e-2
assert sig_bn[0] / sig_bn[-1] < 0.1  # ... but it still shrinks
# some fifteen orders of magnitude closer
assert (sig_bn[0] / sig_bn[-1]) / (sig[0] / sig[-1]) > 1e14
# ReLU with PyTorch's default init also vanishes here
assert relu[0] / relu[-1] < 1e-6
# with BN the gradient grows towards the input
assert 3 < relu_bn[0] / relu_bn[-1] < 8
# nothing underflowed to zero (a log plot needs that)
assert all(v > 0 for v in sig)
# He (Kaiming) initialisation alone keeps the plain ReLU network's gradients in range.
torch.manual_seed(0)
net = deep_cnn(20, nn.ReLU, False)
for m in net:
    if isinstance(m, nn.Conv2d):
        nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
        nn.init.zeros_(m.bias)
nn.functional.cross_entropy(net(x), y).backward()
he = [
    torch.linalg.vector_norm(m.weight.grad).item()
    for m in net
    if isinstance(m, nn.Conv2d)
]
assert 1e-2 < he[0] / he[-1] < 1e2, he
# --8<-- [end:check]
