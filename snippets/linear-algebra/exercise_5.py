# --8<-- [start:code]
import torch
from sklearn.datasets import load_digits

X = torch.tensor(load_digits().data, dtype=torch.float64)
Xc = X - X.mean(dim=0)
U, S, Vh = torch.linalg.svd(Xc, full_matrices=False)
ratio_cum = (S**2).cumsum(0) / (S**2).sum()

total = torch.linalg.matrix_norm(Xc) ** 2
for k in [2, 10, 20, 40]:
    V_k = Vh[:k].T  # 64 x k
    # project on k components and map back to 64 pixels
    X_hat = Xc @ V_k @ V_k.T
    lost = torch.linalg.matrix_norm(Xc - X_hat) ** 2 / total
    rest = 1 - ratio_cum[k - 1]
    print(f"k={k:2d}: lost {lost:.4f}, 1 - cumulative ratio {rest:.4f}")

k95 = int((ratio_cum < 0.95).sum()) + 1
print("smallest k keeping 95% of the variance:", k95)
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

for k in [2, 10, 20, 40]:
    V_k = Vh[:k].T
    lost = (torch.linalg.matrix_norm(Xc - Xc @ V_k @ V_k.T) ** 2 / total).item()
    assert math.isclose(
        lost, 1 - ratio_cum[k - 1].item(), rel_tol=1e-8, abs_tol=1e-12
    )
assert ratio_cum[k95 - 1] >= 0.95 > ratio_cum[k95 - 2]
assert k95 == 29
# --8<-- [end:check]
