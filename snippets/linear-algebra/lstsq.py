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


def normal_equations(X, y):
    return torch.linalg.solve(X.T @ X, X.T @ y)


def least_squares(X, y):  # QR of X itself; "gels" suits a full-rank X
    return torch.linalg.lstsq(X, y, driver="gels").solution


c_best = least_squares(X, y)  # the reference: float64 least squares
for dtype, method in [
    (torch.float64, normal_equations),
    (torch.float32, normal_equations),
    (torch.float32, least_squares),
]:
    c = method(X.to(dtype), y.to(dtype)).double()
    coef_err = vector_norm(c - c_best) / vector_norm(c_best)
    fit_gap = (
        (X @ c - X @ c_best).abs().max()
    )  # how much the fitted curve moves
    label = f"{str(dtype)[6:]} {method.__name__:>16}"
    print(f"{label}: coef error {coef_err:.1e}, fit moves {fit_gap:.1e}")
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402


def errors(dtype, method):
    c = method(X.to(dtype), y.to(dtype)).double()
    coef = (vector_norm(c - c_best) / vector_norm(c_best)).item()
    return coef, (X @ c - X @ c_best).abs().max().item()


cx = torch.linalg.cond(X).item()
assert 1e4 < cx < 1e5
# Forming X^T X squares the condition number
assert math.isclose(torch.linalg.cond(X.T @ X).item(), cx**2, rel_tol=1e-3)
normal64 = errors(torch.float64, normal_equations)
normal32 = errors(torch.float32, normal_equations)
lstsq32 = errors(torch.float32, least_squares)
# float64 normal equations: about cond(X^T X) * eps = 4e8 * 1e-16, i.e. ~1e-8
assert 1e-10 < normal64[0] < 1e-6
# float32: the normal equations get the coefficients wrong by tens of percent or
# more (the exact figure depends on the CPU's kernels); lstsq keeps about three digits
assert normal32[0] > 0.05
assert lstsq32[0] < 1e-3
assert normal32[0] > 100 * lstsq32[0]
# ...yet the fitted curve of the normal equations moved by less than the noise level (1e-3)
assert normal32[1] < 1e-3
assert math.isclose(cx, 2.1e4, rel_tol=0.05)
# --8<-- [end:check]
