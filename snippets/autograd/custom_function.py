# --8<-- [start:code]
import torch
import torch.nn.functional as F
from torch.autograd import Function, gradcheck


class SoftPlus(Function):
    """softplus(x) = log(1 + exp(x)); its derivative is sigmoid(x)."""

    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)  # keep what backward will need
        # no overflow for large x
        return x.clamp(min=0) + torch.log1p(torch.exp(-x.abs()))

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        # upstream gradient times local derivative
        return grad_output * torch.sigmoid(x)


softplus = SoftPlus.apply  # call it through .apply, never forward() directly
x = torch.tensor([-30.0, -1.0, 0.0, 1.0, 30.0], requires_grad=True)
y = softplus(x)
y.sum().backward()
print("y:", y)
print("same as F.softplus:", torch.allclose(y, F.softplus(x)))
print("x.grad:", x.grad)
print("same as sigmoid(x):", torch.allclose(x.grad, torch.sigmoid(x.detach())))

torch.manual_seed(0)
x64 = torch.randn(8, dtype=torch.float64, requires_grad=True)
print("gradcheck in float64:", gradcheck(softplus, (x64,)))
# --8<-- [end:code]

# --8<-- [start:check]
assert y.grad_fn is not None and "SoftPlus" in type(y.grad_fn).__name__
assert torch.allclose(y, F.softplus(x)) and torch.isfinite(y).all()
assert torch.allclose(x.grad, torch.sigmoid(x.detach()))
assert gradcheck(softplus, (x64,))
# float32 finite differences are too noisy: gradcheck rejects even this correct backward
import warnings  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    x32 = torch.randn(8, requires_grad=True)
    assert not gradcheck(softplus, (x32,), raise_exception=False)
# --8<-- [end:check]
