# --8<-- [start:code]
import math

import matplotlib.pyplot as plt
import torch

A = torch.tensor([[1.5, 1.0], [0.3, 1.2]])
U, S, Vh = torch.linalg.svd(A)
# Signs are arbitrary: flipping u_i and v_i together leaves U diag(S) Vh
# unchanged.
# Make each v_i point to the right, just for a tidier picture.
signs = torch.sign(Vh[:, 0])
U, Vh = U * signs, Vh * signs[:, None]
print("singular values:", S)

t = torch.linspace(0, 2 * math.pi, 200)
circle = torch.stack([t.cos(), t.sin()])  # 2 x 200 points on the unit circle
ellipse = A @ circle  # their images

# A v_i = sigma_i u_i: each right singular vector lands on an axis of
# the ellipse
for i in range(2):
    print(f"A v{i + 1} = {(A @ Vh[i]).numpy().round(3)}", end=",  ")
    print(f"sigma{i + 1} u{i + 1} = {(S[i] * U[:, i]).numpy().round(3)}")

fig, axes = plt.subplots(1, 2, figsize=(7, 3.6), layout="constrained")
axes[0].plot(circle[0], circle[1], color="gray")
axes[1].plot(ellipse[0], ellipse[1], color="gray")
for i, color in enumerate(["tab:red", "tab:blue"]):
    v, su = Vh[i], S[i] * U[:, i]
    arrow = {"arrowstyle": "->", "color": color, "lw": 2}
    axes[0].annotate("", xy=v.tolist(), xytext=(0, 0), arrowprops=arrow)
    axes[0].text(
        *(1.3 * v).tolist(),
        f"$v_{i + 1}$",
        color=color,
        fontsize=12,
        ha="center",
    )
    axes[1].annotate("", xy=su.tolist(), xytext=(0, 0), arrowprops=arrow)
    label = rf"$\sigma_{i + 1} u_{i + 1}$"
    where = (su + 0.35 * U[:, i]).tolist()
    axes[1].text(*where, label, color=color, fontsize=12, ha="center")
axes[0].set_title(r"unit circle and rows of $V^T$")
axes[1].set_title(r"its image under $A$: an ellipse")
for ax in axes:
    ax.set_aspect("equal")
    ax.set_xlim(-2.2, 2.2)
    ax.set_ylim(-2.2, 2.2)
    ax.axhline(0, color="lightgray", lw=0.8)
    ax.axvline(0, color="lightgray", lw=0.8)
fig.suptitle(r"SVD geometry: $A v_i = \sigma_i u_i$")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
# still an SVD after the sign flips
assert torch.allclose(U @ torch.diag(S) @ Vh, A, atol=1e-6)
assert (Vh[:, 0] > 0).all()
for i in range(2):
    assert torch.allclose(A @ Vh[i], S[i] * U[:, i], atol=1e-6)
radii = torch.linalg.vector_norm(ellipse, dim=0)
# The longest and shortest radii of the ellipse are the singular values
assert abs(radii.max() - S[0]) < 1e-3 and abs(radii.min() - S[1]) < 1e-3
# Area of the ellipse = pi * sigma1 * sigma2 = pi * |det A|
assert math.isclose(
    S.prod().item(), abs(torch.linalg.det(A).item()), rel_tol=1e-5
)
# --8<-- [end:check]
