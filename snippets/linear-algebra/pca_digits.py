# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits

digits = load_digits()  # 1797 images of 8x8 pixels, flattened to 64 features
X = torch.tensor(digits.data, dtype=torch.float64)
labels = digits.target

Xc = X - X.mean(dim=0)  # PCA needs centred columns
U, S, Vh = torch.linalg.svd(Xc, full_matrices=False)
components = Vh  # rows: principal directions, strongest first
# coordinates on the first two, same as U[:, :2] * S[:2]
scores = Xc @ components[:2].T

variance = S**2 / (len(X) - 1)  # variance along each component
ratio = variance / variance.sum()
cumulative = ratio.cumsum(0)
k90 = int((cumulative < 0.90).sum()) + 1
print("explained variance ratio, first 5:", ratio[:5].numpy().round(4))
print(f"first two components explain {cumulative[1]:.1%}")
print(f"components needed for 90% of the variance: {k90} of 64")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3.6), layout="constrained")
points = ax1.scatter(
    *scores.T, c=labels, s=6, cmap="tab10", vmin=-0.5, vmax=9.5
)
fig.colorbar(points, ax=ax1, ticks=range(10), label="digit")
ax1.set_xlabel("PC 1")
ax1.set_ylabel("PC 2")
ax1.set_title("Digits on the first two components")
ax2.plot(range(1, 65), cumulative, marker=".")
ax2.axhline(0.9, color="gray", ls="--")
ax2.axvline(k90, color="gray", ls="--")
ax2.set_xlabel("number of components")
ax2.set_ylabel("fraction of total variance")
ax2.text(k90 + 2, 0.82, f"{k90} components: 90%")
ax2.set_title("Cumulative explained variance")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
from sklearn.decomposition import PCA  # noqa: E402

pca = PCA().fit(digits.data)
ref = torch.tensor(pca.components_)
# each component is defined up to sign
signs = torch.sign((ref * components).sum(dim=1))
assert torch.allclose(components[:40] * signs[:40, None], ref[:40], atol=1e-6)
assert torch.allclose(
    ratio, torch.tensor(pca.explained_variance_ratio_), atol=1e-10
)
assert torch.allclose(
    variance, torch.tensor(pca.explained_variance_), rtol=1e-8
)
assert torch.allclose(scores, U[:, :2] * S[:2])
assert abs(ratio.sum().item() - 1) < 1e-12
assert (ratio[:-1] >= ratio[1:] - 1e-15).all()
# Same variances from the eigenvalues of the covariance matrix (eigh: ascending)
cov = Xc.T @ Xc / (len(X) - 1)
assert torch.allclose(
    torch.linalg.eigvalsh(cov).flip(0).clamp(min=0), variance, atol=1e-8
)
assert 0.25 < cumulative[1].item() < 0.35
assert k90 == 21
assert (
    abs(ratio[0].item() - 0.1489) < 1e-4
    and abs(ratio[1].item() - 0.1362) < 1e-4
)
# 0, 4 and 6 are the best separated digits in the 2-D picture: they are the three classes
# whose points most often lie closest to their own class centre
y = torch.tensor(labels)
centres = torch.stack([scores[y == c].mean(dim=0) for c in range(10)])
nearest = torch.cdist(scores, centres).argmin(dim=1)
own = torch.tensor(
    [(nearest[y == c] == c).double().mean().item() for c in range(10)]
)
assert set(own.argsort(descending=True)[:3].tolist()) == {0, 4, 6}
# --8<-- [end:check]
