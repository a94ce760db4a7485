# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from torch import nn


def layer(channels, norm):
    conv = nn.Conv2d(channels, channels, 3, padding=1, bias=not norm)
    return nn.Sequential(conv, nn.BatchNorm2d(channels)) if norm else conv


def layer_grads(residual, norm, depth=20, channels=16):
    torch.manual_seed(0)  # the same weights and input for every variant
    layers = nn.ModuleList(layer(channels, norm) for _ in range(depth))
    x = torch.randn(64, channels, 8, 8)
    for f in layers:
        fx = torch.relu(f(x))
        x = fx + x if residual else fx  # y = F(x) + x   or   y = F(x)
    x.pow(2).mean().backward()
    grads = [
        torch.linalg.vector_norm(p.grad).item()
        for p in layers.parameters()
        if p.dim() == 4  # conv weights only
    ]
    return grads, x.std().item()


print("stack          first-layer grad  last-layer grad  first/last  out std")
results = {}
fig, ax = plt.subplots(figsize=(6, 3.5))
for norm in (False, True):
    for residual in (False, True):
        grads, out_std = layer_grads(residual, norm)
        g_first, g_last = grads[0], grads[-1]
        name = ("residual" if residual else "plain") + (" + BN" if norm else "")
        results[name] = (g_first, g_last, out_std, grads)
        ax.plot(range(1, len(grads) + 1), grads, marker=".", label=name)
        print(
            f"{name:14s} {g_first:16.2e} {g_last:16.2e}"
            f" {g_first / g_last:11.2e} {out_std:8.2f}"
        )
ax.set(
    xlabel="layer",
    ylabel="gradient norm of conv weight",
    yscale="log",
    title="Gradient norms at initialisation, 20 layers",
)
ax.legend(fontsize=8)
fig.tight_layout()
plt.show()
# --8<-- [end:code]


# --8<-- [start:check]
def ratio(name):
    return results[name][0] / results[name][1]


def spread(name):
    return max(results[name][3]) / min(results[name][3])


plain = results["plain"][3]
assert results["plain"][0] < 1e-10 and ratio("plain") < 1e-8
assert all(b > a for a, b in zip(plain[:-1], plain[1:], strict=True))
assert results["plain"][2] < 0.1  # the signal fades in the plain stack
assert 0.05 < ratio("residual") < 0.3  # about a tenth
assert spread("residual") < 20  # almost flat on a log scale
assert results["residual"][2] > 10  # and the signal grows
assert 4 < ratio("plain + BN") < 9  # grows towards the input
assert spread("residual + BN") < 2
assert 2 < results["residual + BN"][2] < 4
# --8<-- [end:check]
