# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from torch.linalg import vector_norm

# Rows (1, 1) and (1, 1 + eps): the smaller eps, the closer they are to parallel
for eps in [1.0, 1e-2, 1e-4, 1e-6]:
    A = torch.tensor([[1.0, 1.0], [1.0, 1.0 + eps]], dtype=torch.float64)
    U, S, Vh = torch.linalg.svd(A)
    b = U[:, 0]  # a right-hand side along the strongest direction...
    db = 1e-10 * U[:, 1]  # ...nudged along the weakest one
    x = torch.linalg.solve(A, b)
    dx = torch.linalg.solve(A, b + db) - x
    gain = (vector_norm(dx) / vector_norm(x)) / (
        vector_norm(db) / vector_norm(b)
    )
    cond = torch.linalg.cond(A)
    ratio = S[0] / S[1]
    print(f"eps={eps:.0e}  cond={cond:.2e}  s_max/s_min={ratio:.2e}", end="")
    print(f"  gain={gain:.2e}")

fig, axes = plt.subplots(
    1, 2, figsize=(7.5, 3.4), layout="constrained", sharey=True
)
xs = torch.linspace(-1, 3, 2)
for ax, eps in zip(axes, [1.0, 0.1], strict=True):
    A = torch.tensor([[1.0, 1.0], [1.0, 1.0 + eps]])
    b = torch.tensor([2.0, 2.0 + eps])  # solution (1, 1)
    b_new = b + torch.tensor([0.0, 0.1])  # change b2 by 0.1
    ax.plot(xs, b[0] - xs, color="tab:blue", label="$x + y = b_1$")
    ax.plot(
        xs, (b[1] - xs) / (1 + eps), color="tab:orange", label="row 2, before"
    )
    y_new = (b_new[1] - xs) / (1 + eps)
    ax.plot(xs, y_new, color="tab:orange", ls="--", label="row 2, new $b_2$")
    x_old, x_new = torch.linalg.solve(A, b), torch.linalg.solve(A, b_new)
    ax.plot(*x_old.tolist(), "o", color="black", label="solution before")
    ax.plot(*x_new.tolist(), "s", color="black", label="solution after")
    ax.set_title(f"cond(A) = {torch.linalg.cond(A):.0f}")
    ax.set_xlabel("x")
    ax.set_xlim(-1, 3)
    ax.set_ylim(-1, 3)
axes[0].set_ylabel("y")
axes[0].legend(fontsize=7, loc="upper right")
fig.suptitle("Nearly parallel rows: a small change in b moves the solution far")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

for eps in [1.0, 1e-2, 1e-4, 1e-6]:
    A = torch.tensor([[1.0, 1.0], [1.0, 1.0 + eps]], dtype=torch.float64)
    U, S, Vh = torch.linalg.svd(A)
    b, db = U[:, 0], 1e-10 * U[:, 1]
    x = torch.linalg.solve(A, b)
    dx = torch.linalg.solve(A, b + db) - x
    gain = (vector_norm(dx) / vector_norm(x)) / (
        vector_norm(db) / vector_norm(b)
    )
    cond = torch.linalg.cond(A).item()
    assert math.isclose(cond, (S[0] / S[1]).item(), rel_tol=1e-6)
    # this worst case reaches the bound
    assert math.isclose(gain.item(), cond, rel_tol=1e-3)
    if eps <= 1e-2:
        # cond grows like 4 / eps
        assert math.isclose(cond * eps, 4, rel_tol=0.01)
# In the figure the solution moves by 0.1 * sqrt(2) / eps
for eps in [1.0, 0.1]:
    A = torch.tensor([[1.0, 1.0], [1.0, 1.0 + eps]], dtype=torch.float64)
    b = torch.tensor([2.0, 2.0 + eps], dtype=torch.float64)
    x0 = torch.linalg.solve(A, b)
    x1 = torch.linalg.solve(
        A, b + torch.tensor([0.0, 0.1], dtype=torch.float64)
    )
    assert torch.allclose(x0, torch.ones(2, dtype=torch.float64))
    assert math.isclose(
        vector_norm(x1 - x0).item(), 0.1 * math.sqrt(2) / eps, rel_tol=1e-9
    )
# --8<-- [end:check]
