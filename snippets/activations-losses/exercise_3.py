# --8<-- [start:code]
import torch
from torch import nn


def huber(pred, target, delta=1.0):
    e = (pred - target).abs()
    quadratic = 0.5 * e**2
    linear = delta * (e - 0.5 * delta)
    return torch.where(e <= delta, quadratic, linear).mean()


torch.manual_seed(0)
pred = (3 * torch.randn(100)).requires_grad_()
target = torch.zeros(100)
for delta in (0.5, 1.0, 2.0):
    mine = huber(pred, target, delta)
    ref = nn.HuberLoss(delta=delta)(pred, target)
    (grad,) = torch.autograd.grad(mine, pred)
    # reduction="mean" divides by N = 100: undo it to compare with delta
    steepest = grad.abs().max() * 100
    print(f"delta={delta}: mine={mine:.4f}  HuberLoss={ref:.4f}", end="")
    print(f"  max |grad| * N = {steepest:.3f}")
# --8<-- [end:code]

# --8<-- [start:check]
for delta in (0.5, 1.0, 2.0):
    mine = huber(pred, target, delta)
    assert torch.isclose(mine, nn.HuberLoss(delta=delta)(pred, target))
    (grad,) = torch.autograd.grad(mine, pred)
    # the gradient is clipped at delta
    assert torch.isclose(grad.abs().max() * 100, torch.tensor(delta))
# --8<-- [end:check]
