# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
conv, bn = nn.Conv2d(3, 8, kernel_size=3, padding=1), nn.BatchNorm2d(8)
# a few training-mode passes give the running statistics some values
for _ in range(5):
    bn(conv(torch.randn(16, 3, 10, 10)))
with torch.no_grad():  # and make gamma and beta something other than 1 and 0
    bn.weight.uniform_(0.5, 1.5)
    bn.bias.uniform_(-0.5, 0.5)
conv.eval()
bn.eval()

# In eval mode BN is y = gamma * (z - mean) / sqrt(var + eps) + beta:
# a per-channel scale and shift
scale = bn.weight / torch.sqrt(bn.running_var + bn.eps)
fused = nn.Conv2d(3, 8, kernel_size=3, padding=1)
with torch.no_grad():
    fused.weight.copy_(conv.weight * scale.reshape(8, 1, 1, 1))
    fused.bias.copy_((conv.bias - bn.running_mean) * scale + bn.bias)

X = torch.randn(4, 3, 10, 10)
with torch.no_grad():
    print(
        "fused conv == conv + BN:",
        torch.allclose(fused(X), bn(conv(X)), atol=1e-5),
    )
# --8<-- [end:code]

# --8<-- [start:check]
with torch.no_grad():
    assert torch.allclose(fused(X), bn(conv(X)), atol=1e-5)
    # fusing is only valid in eval mode: with batch statistics the result differs
    bn.train()
    assert not torch.allclose(fused(X), bn(conv(X)), atol=1e-3)
# --8<-- [end:check]
