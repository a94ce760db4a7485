# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
# batch of 8 images, 3 channels, mean 2, std 4
x = torch.randn(8, 3, 5, 5) * 4 + 2
# learnable gamma (bn.weight) = 1 and beta (bn.bias) = 0 at start
bn = nn.BatchNorm2d(3)
y = bn(x)  # a new module is in training mode: it uses this batch's statistics

# By hand: one mean and one (biased) variance per channel,
# over batch, height and width
mean = x.mean(dim=(0, 2, 3), keepdim=True)
var = x.var(dim=(0, 2, 3), keepdim=True, correction=0)
gamma, beta = bn.weight.view(1, 3, 1, 1), bn.bias.view(1, 3, 1, 1)
manual = gamma * (x - mean) / torch.sqrt(var + bn.eps) + beta
print(
    "training mode matches the formula:", torch.allclose(y, manual, atol=1e-5)
)
mean_after = y.detach().mean(dim=(0, 2, 3))
print(f"largest |per-channel mean| after BN: {mean_after.abs().max():.0e}")
print("per-channel std after BN:", y.detach().std(dim=(0, 2, 3), correction=0))

# The running statistics moved 10% (momentum=0.1) from (0, 1) towards this batch
print("running_mean:", bn.running_mean)
print("running_var:", bn.running_var)

bn.eval()  # evaluation mode: use the running statistics, not the batch
rm, rv = bn.running_mean.view(1, 3, 1, 1), bn.running_var.view(1, 3, 1, 1)
manual_eval = gamma * (x - rm) / torch.sqrt(rv + bn.eps) + beta
print(
    "eval mode matches the formula:",
    torch.allclose(bn(x), manual_eval, atol=1e-5),
)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(y, manual, atol=1e-5)
assert y.mean(dim=(0, 2, 3)).abs().max() < 1e-5
assert torch.allclose(
    y.std(dim=(0, 2, 3), correction=0), torch.ones(3), atol=1e-4
)
# running_mean = 0.9 * 0 + 0.1 * batch mean; running_var uses the unbiased batch variance
m = x.mean(dim=(0, 2, 3))
v_unbiased = x.var(dim=(0, 2, 3), correction=1)
assert torch.allclose(bn.running_mean, 0.1 * m, atol=1e-5)
assert torch.allclose(bn.running_var, 0.9 + 0.1 * v_unbiased, atol=1e-4)
assert bn.num_batches_tracked.item() == 1
assert ((bn.running_mean - 0.2).abs() < 0.05).all()  # the page: "about 0.2"
assert ((bn.running_var - 2.5).abs() < 0.3).all()  # the page: "about 2.5"
assert torch.allclose(bn(x), manual_eval, atol=1e-5)
# eval output differs from training output
assert not torch.allclose(bn(x), manual, atol=1e-2)
# In training mode a sample's output depends on the other samples in the batch.
bn.train()
with torch.no_grad():
    assert not torch.allclose(bn(x[:4])[0], bn(x)[0], atol=1e-3)
# --8<-- [end:check]
