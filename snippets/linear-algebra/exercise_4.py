# --8<-- [start:code]
import math

import torch

theta = math.pi / 6
c, s = math.cos(theta), math.sin(theta)
R = torch.tensor([[c, -s], [s, c]], dtype=torch.float64)  # rotation by theta
vals = torch.linalg.eigvals(R)
print("eigenvalues:", vals)
print(f"cos(theta) = {c:.4f}, sin(theta) = {s:.4f}")
print("|eigenvalues|:", vals.abs())
print("singular values:", torch.linalg.svdvals(R))
# --8<-- [end:code]

# --8<-- [start:check]
expected = torch.tensor(
    [
        complex(math.cos(theta), math.sin(theta)),
        complex(math.cos(theta), -math.sin(theta)),
    ]
)
got = vals[vals.imag.argsort(descending=True)]
assert torch.allclose(got, expected.to(got.dtype))
assert torch.allclose(vals.abs(), torch.ones(2, dtype=torch.float64))
assert torch.allclose(
    torch.linalg.svdvals(R), torch.ones(2, dtype=torch.float64)
)
# R is orthogonal: R^T R = I, so every singular value is 1
assert torch.allclose(R.T @ R, torch.eye(2, dtype=torch.float64))
# --8<-- [end:check]
