# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_sample_image

photo = load_sample_image("china.jpg")  # 427 x 640 x 3, uint8
rgb = torch.tensor(photo, dtype=torch.float64) / 255
# luminance
gray = rgb @ torch.tensor([0.299, 0.587, 0.114], dtype=torch.float64)
A = gray[::2, ::2]  # downsample to 214 x 320 to keep it quick
m, n = A.shape
U, S, Vh = torch.linalg.svd(A, full_matrices=False)


def rank_k(k):
    """Best rank-k approximation: keep the k largest singular triplets."""
    return (U[:, :k] * S[:k]) @ Vh[:k]


# ||A||_F^2 is the sum of all sigma_i^2; rank k keeps the first k of them
energy = (S**2).cumsum(0) / (S**2).sum()
# ||A - A_k||_F / ||A||_F, no A_k needed
rel_error = (1 - energy).clamp(min=0).sqrt()
ranks = torch.arange(1, len(S) + 1)
for k in [1, 5, 20, 50, 100]:
    err = torch.linalg.matrix_norm(A - rank_k(k)) / torch.linalg.matrix_norm(A)
    storage = k * (m + n + 1) / (m * n)
    kept = energy[k - 1]
    print(f"rank {k:3d}: error {err:.3f}, energy {kept:.4f}", end="")
    print(f", storage {storage:.1%}")

fig, axes = plt.subplots(2, 3, figsize=(7.5, 3.9), layout="constrained")
for ax, k in zip(axes.flat, [1, 5, 20, 50, 100, None], strict=True):
    image = A if k is None else rank_k(k).clamp(0, 1)
    ax.imshow(image.numpy(), cmap="gray", vmin=0, vmax=1)
    ax.set_title("original" if k is None else f"rank {k}", fontsize=10)
    ax.axis("off")
fig.suptitle("Truncated SVD of a 214 x 320 photo")

fig2, (ax1, ax2) = plt.subplots(1, 2, figsize=(7.5, 3), layout="constrained")
ax1.plot(ranks.numpy(), energy.numpy())
ax1.set_xlabel("rank k")
ax1.set_ylabel(r"fraction of $\|A\|_F^2$")
ax1.set_title("Energy kept")
ax2.semilogy(ranks[:-1].numpy(), rel_error[:-1].numpy())  # the last error is 0
ax2.set_xlabel("rank k")
ax2.set_ylabel(r"$\|A - A_k\|_F \,/\, \|A\|_F$")
ax2.set_title("Relative error")
fig2.suptitle("How fast the singular values decay")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

from torch.linalg import matrix_norm  # noqa: E402

assert (m, n) == (214, 320)
assert S[-1] > 1e-6 * S[0]  # the photo itself has full rank, 214
# Eckart-Young: the Frobenius error of the rank-k truncation is sqrt(sum of the discarded sigma^2),
# and its spectral error is the first discarded singular value
for k in [1, 20, 100]:
    diff = A - rank_k(k)
    assert math.isclose(
        matrix_norm(diff).item(),
        S[k:].square().sum().sqrt().item(),
        rel_tol=1e-9,
    )
    if k == 20:  # one spectral-norm check is enough (each costs an SVD)
        assert math.isclose(
            matrix_norm(diff, 2).item(), S[k].item(), rel_tol=1e-9
        )
    assert math.isclose(
        rel_error[k - 1].item(),
        (matrix_norm(diff) / matrix_norm(A)).item(),
        rel_tol=1e-6,
    )
# ...and no other rank-k matrix does better, e.g. projecting onto k random directions
torch.manual_seed(0)
Qr, _ = torch.linalg.qr(torch.randn(n, 20, dtype=torch.float64))
assert matrix_norm(A - A @ Qr @ Qr.T) > matrix_norm(A - rank_k(20))
assert torch.allclose(rank_k(len(S)), A)
assert (energy[1:] >= energy[:-1]).all() and abs(energy[-1].item() - 1) < 1e-12
assert abs(energy[0].item() - 0.914) < 1e-3  # rank 1 keeps 91% of the energy
# 3/4 is the average brightness alone
assert 0.7 < (A.mean() ** 2 * A.numel() / A.square().sum()).item() < 0.8
assert abs(50 * (m + n + 1) / (m * n) - 0.391) < 1e-3
assert rel_error[49] < 0.1  # rank 50 is within 10% in Frobenius norm
# --8<-- [end:check]
