# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(3)
x = torch.randn(16, 3) * 2 + 5  # features with mean about 5 and std about 2

y_train = bn(x)  # training mode: normalise with this batch's mean and variance
print("train: output mean", y_train.mean(dim=0).detach())
print("train: output std ", y_train.std(dim=0, correction=0).detach())
print("running_mean after one batch:", bn.running_mean)

bn.eval()  # eval mode: normalise with the running estimates instead
y_eval = bn(x)
by_hand = (x - bn.running_mean) / torch.sqrt(bn.running_var + bn.eps)
print("eval: output mean ", y_eval.mean(dim=0).detach())
print("eval uses the running statistics:", torch.allclose(y_eval, by_hand))
print("eval output still tracks gradients:", y_eval.requires_grad)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(y_train.mean(dim=0), torch.zeros(3), atol=1e-5)
assert torch.allclose(
    y_train.std(dim=0, correction=0), torch.ones(3), atol=1e-3
)
# running stats: momentum 0.1 from (0, 1); the variance estimate is unbiased
assert torch.allclose(bn.running_mean, 0.1 * x.mean(dim=0), atol=1e-5)
assert torch.allclose(bn.running_var, 0.9 + 0.1 * x.var(dim=0), atol=1e-5)
assert torch.allclose(y_eval, by_hand, atol=1e-5)
# far from normalised: the running mean is still ~0.5
assert (y_eval.mean(dim=0) > 2).all()
assert y_eval.requires_grad
assert ((x.mean(dim=0) > 4) & (x.mean(dim=0) < 6)).all()
assert ((bn.running_mean > 0.4) & (bn.running_mean < 0.6)).all()
assert ((y_eval.mean(dim=0) > 3) & (y_eval.mean(dim=0) < 5)).all()
# --8<-- [end:check]
