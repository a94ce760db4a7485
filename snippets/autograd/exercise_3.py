# --8<-- [start:code]
import torch
from torch.autograd import Function, gradcheck


class RoundSTE(Function):
    @staticmethod
    def forward(ctx, x):
        return torch.round(x)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output  # pretend round() were the identity


x = torch.tensor([0.2, 0.7, 1.4, 2.6], requires_grad=True)
torch.round(x).sum().backward()
print("torch.round: x.grad =", x.grad)
x.grad = None
RoundSTE.apply(x).sum().backward()
print("RoundSTE:    x.grad =", x.grad)

x64 = torch.tensor([0.2, 0.7, 1.4], dtype=torch.float64, requires_grad=True)
print(
    "gradcheck passes:",
    gradcheck(RoundSTE.apply, (x64,), raise_exception=False),
)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.equal(x.grad, torch.ones(4))
assert torch.equal(RoundSTE.apply(x), torch.round(x))
assert not gradcheck(RoundSTE.apply, (x64,), raise_exception=False)
xr = x.detach().clone().requires_grad_()
torch.round(xr).sum().backward()
assert torch.equal(xr.grad, torch.zeros(4))
# --8<-- [end:check]
