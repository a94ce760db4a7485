# --8<-- [start:code]
import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode


def conv_flops(c_in, c_out, k, h_out, w_out, groups=1):
    return 2 * h_out * w_out * c_out * (c_in // groups) * k * k


def counted(module, x):
    with FlopCounterMode(display=False) as counter:
        with torch.inference_mode():
            module(x)
    return counter.get_total_flops()


c_in, c_out, h = 64, 128, 16
x = torch.zeros(1, c_in, h, h)
standard = nn.Conv2d(c_in, c_out, 3, padding=1)
separable = nn.Sequential(
    nn.Conv2d(c_in, c_in, 3, padding=1, groups=c_in),  # depthwise: per channel
    nn.Conv2d(c_in, c_out, 1),  # pointwise: mixes channels
)
hand_std = conv_flops(c_in, c_out, 3, h, h)
hand_sep = conv_flops(c_in, c_in, 3, h, h, groups=c_in) + conv_flops(
    c_in, c_out, 1, h, h
)
print(
    f"standard 3x3:  counted {counted(standard, x):>10,d}  "
    f"by hand {hand_std:>10,d}"
)
print(
    f"separable:     counted {counted(separable, x):>10,d}  "
    f"by hand {hand_sep:>10,d}"
)
print(f"saving: {hand_std / hand_sep:.1f}x")
# --8<-- [end:code]

# --8<-- [start:check]
assert counted(standard, x) == hand_std
assert counted(separable, x) == hand_sep
# 1 / (1/c_out + 1/k^2) = 1 / (1/128 + 1/9)
assert abs(hand_std / hand_sep - 1 / (1 / 128 + 1 / 9)) < 1e-9
# --8<-- [end:check]
