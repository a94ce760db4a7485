# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(1, 3, 4, 5)  # 3 channels, 4x5 pixels
conv = nn.Conv2d(3, 2, kernel_size=1)  # 1x1 kernel: 3 channels in, 2 out
Y = conv(X)

# The same thing as a matrix product over the channels, done at every pixel
W = conv.weight.reshape(2, 3)  # (c_out, c_in)
Y_mm = (W @ X.reshape(3, 4 * 5) + conv.bias.reshape(2, 1)).reshape(1, 2, 4, 5)
print("weight shape:", tuple(conv.weight.shape))
print("1x1 conv == matmul over channels:", torch.allclose(Y, Y_mm, atol=1e-6))

# ... and the same as a fully connected layer applied to each pixel's
# channel vector
fc = nn.Linear(3, 2)
with torch.no_grad():
    fc.weight.copy_(W)
    fc.bias.copy_(conv.bias)
Y_fc = fc(X.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)  # channels last, then back
print("1x1 conv == nn.Linear per pixel:", torch.allclose(Y, Y_fc, atol=1e-6))
# --8<-- [end:code]

# --8<-- [start:check]
assert conv.weight.shape == (2, 3, 1, 1)
assert torch.allclose(Y, Y_mm, atol=1e-6)
assert torch.allclose(Y, Y_fc, atol=1e-6)
assert Y.shape == (1, 2, 4, 5)  # spatial size unchanged, channels 3 -> 2
# pixels do not mix: changing one pixel changes only that pixel of the output
X2 = X.clone()
X2[0, :, 1, 2] += 1.0
changed = (conv(X2) - Y).abs().sum(dim=1)[0] > 0
assert changed.sum() == 1 and changed[1, 2]
# --8<-- [end:check]
