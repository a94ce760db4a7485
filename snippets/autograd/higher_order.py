# --8<-- [start:code]
import math

import matplotlib.pyplot as plt
import torch

x = torch.linspace(-2 * math.pi, 2 * math.pi, 401, requires_grad=True)
f = x * torch.sin(x)

derivatives = [f]
for _ in range(3):
    # f acts elementwise, so the gradient of its sum holds each point's
    # derivative. create_graph=True records this backward pass too, so its
    # result can be differentiated again.
    (d,) = torch.autograd.grad(derivatives[-1].sum(), x, create_graph=True)
    derivatives.append(d)

xd = x.detach()
formulas = [
    xd * torch.sin(xd),  # f
    torch.sin(xd) + xd * torch.cos(xd),  # f'
    2 * torch.cos(xd) - xd * torch.sin(xd),  # f''
    -3 * torch.sin(xd) - xd * torch.cos(xd),  # f'''
]
for k, (d, exact) in enumerate(zip(derivatives, formulas, strict=True)):
    gap = (d.detach() - exact).abs().max()
    print(f"order {k}: max |autograd - formula| = {gap:.1e}")

# without create_graph
(g,) = torch.autograd.grad(f.sum(), x, retain_graph=True)
print("without create_graph, f' requires grad:", g.requires_grad)

fig, ax = plt.subplots(figsize=(6.5, 3.6))
labels = [r"$f(x) = x\,\sin x$", r"$f'(x)$", r"$f''(x)$", r"$f'''(x)$"]
for d, exact, label in zip(derivatives, formulas, labels, strict=True):
    (line,) = ax.plot(xd, d.detach(), label=label)
    ax.plot(xd[::20], exact[::20], "o", ms=3, color=line.get_color())
ax.axhline(0, color="gray", lw=0.6)
ax.set_xlabel("x")
ax.set_title("x sin x and three derivatives: autograd (lines), formulas (dots)")
ax.legend(ncol=4, fontsize=8, loc="upper center")
ax.set_ylim(-8, 10)
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
for d, exact in zip(derivatives, formulas, strict=True):
    assert torch.allclose(d.detach(), exact, atol=1e-5)
assert all(d.requires_grad for d in derivatives)
assert not g.requires_grad
# create_graph=True implies retain_graph=True: the same graph can be differentiated again
leaf = xd.clone().requires_grad_()
h = (leaf**3).sum()
torch.autograd.grad(h, leaf, create_graph=True)
torch.autograd.grad(h, leaf)  # would raise without the retained graph
err = (
    (torch.stack([d.detach() for d in derivatives]) - torch.stack(formulas))
    .abs()
    .max()
)
assert err < 1e-5
# --8<-- [end:check]
