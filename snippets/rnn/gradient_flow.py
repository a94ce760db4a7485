# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
T, H = 100, 32
x = torch.randn(T, 1, 8)
# orthogonal: all singular values are 1
Q = torch.linalg.qr(torch.randn(H, H)).Q

fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
norms = {}
for scale in [0.5, 1.0, 1.5, 3.0]:
    rnn = nn.RNN(8, H)
    with torch.no_grad():
        # every singular value of W_hh is now `scale`
        rnn.weight_hh_l0.copy_(scale * Q)
    x_in = x.clone().requires_grad_()
    output, _ = rnn(x_in)
    output[-1].sum().backward()  # a loss that depends on the last step only
    # g[k]: gradient norm k steps before the end
    g = torch.linalg.vector_norm(x_in.grad[:, 0], dim=1).flip(0)
    norms[scale] = g
    ax.semilogy(g, label=f"$W_{{hh}}$ = {scale} $\\times$ orthogonal")
    print(f"scale {scale}: |dL/dx| 1 step back {g[1]:.1e},", end="")
    print(f" 50 back {g[50]:.1e}, 99 back {g[99]:.1e}")

ax.set_ylim(1e-20, 1e15)
ax.set_xlabel("steps back from the loss")
ax.set_ylabel(r"$\|\partial L / \partial x_t\|$")
ax.set_title("Gradients through time vanish or explode (tanh RNN)")
ax.legend(fontsize=8)
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert norms[0.5][50] < 1e-12  # shrinks geometrically
assert norms[0.5][99] == 0  # underflows float32
# tanh' <= 1 makes even scale 1 fade
assert norms[1.0][99] < 1e-5 * norms[1.0][1]
assert 1e-2 < norms[1.5][99] < 1e2  # roughly stable near the edge
assert norms[3.0][99] > 1e6 * norms[3.0][1]  # explodes
assert 1e10 < norms[3.0][99] < 1e12  # page: about 1e11
# --8<-- [end:check]
