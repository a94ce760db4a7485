# --8<-- [start:code]
import torch
from torch.linalg import vector_norm

torch.manual_seed(0)
t = torch.linspace(0, 1, 100, dtype=torch.float64)
# columns 1, t, ..., t^6: degree-6 polynomial
X = torch.vander(t, 7, increasing=True)
c_true = torch.randn(7, dtype=torch.float64)
y = X @ c_true + 1e-3 * torch.randn(100, dtype=torch.float64)
print(f"cond(X) = {torch.linalg.cond(X):.1e}")
print(f"cond(X^T X) = {torch.linalg.cond(X.T @ X):.1e}")

c_best = torch.linalg.lstsq(X, y).solution  # reference: float64 least squares
for dtype in [torch.float64, torch.float32]:
    Xd, yd = X.to(dtype), y.to(dtype)
    c_normal = torch.linalg.solve(Xd.T @ Xd, Xd.T @ yd)  # normal equations
    c_lstsq = torch.linalg.lstsq(Xd, yd).solution  # QR-based least squares
    for name, c in [("normal equations", c_normal), ("lstsq", c_lstsq)]:
        c = c.double()
        coef_err = vector_norm(c - c_best) / vector_norm(c_best)
        # how much the fitted curve moves
        fit_gap = (X @ c - X @ c_best).abs().max()
        label = f"{str(dtype)[6:]} {name:>16}"
        print(f"{label}: coef error {coef_err:.1e}, fit moves {fit_gap:.1e}")
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402


def errors(dtype):
    Xd, yd = X.to(dtype), y.to(dtype)
    out = {}
    for name, c in [
        ("normal", torch.linalg.solve(Xd.T @ Xd, Xd.T @ yd)),
        ("lstsq", torch.linalg.lstsq(Xd, yd).solution),
    ]:
        c = c.double()
        out[name] = (
            (vector_norm(c - c_best) / vector_norm(c_best)).item(),
            (X @ c - X @ c_best).abs().max().item(),
        )
    return out


cx = torch.linalg.cond(X).item()
assert 1e4 < cx < 1e5
# Forming X^T X squares the condition number
assert math.isclose(torch.linalg.cond(X.T @ X).item(), cx**2, rel_tol=1e-3)
e64, e32 = errors(torch.float64), errors(torch.float32)
# float64: both work, lstsq is still far more accurate
assert e64["normal"][0] < 1e-6 and e64["lstsq"][0] < 1e-12
assert e64["normal"][0] > 1e4 * e64["lstsq"][0]
# float32: the normal equations get the coefficients wrong by tens of percent,
# lstsq keeps about three digits
assert 0.2 < e32["normal"][0] < 0.3  # 26% on the page
assert e32["lstsq"][0] < 1e-3
assert e32["normal"][0] > 100 * e32["lstsq"][0]
# ...yet the fitted curve of the normal equations moved by less than the noise level (1e-3)
assert e32["normal"][1] < 1e-3
assert math.isclose(cx, 2.1e4, rel_tol=0.05)
# --8<-- [end:check]
