# --8<-- [start:code]
import torch

grad = torch.tensor(1e-8)  # a gradient float16 cannot hold on its own


def relative_error(scale):
    stored = (grad * scale).half().float() / scale  # scale, store, unscale
    return ((stored - grad).abs() / grad).item()


k = 0
while relative_error(2.0**k) >= 0.01:  # smallest power of two with < 1 %
    k += 1
scale = 2.0**k
largest = torch.finfo(torch.float16).max / scale  # larger ones overflow
print(f"scale 2**{k} = {scale:g}: relative error {relative_error(scale):.2%}")
print(f"gradients up to {largest:g} still fit after scaling")
# --8<-- [end:code]

# --8<-- [start:check]
assert relative_error(1.0) == 1.0  # unscaled, it is lost entirely
assert k == 8 and relative_error(scale) < 0.01 <= relative_error(scale / 2)
assert largest == 65504 / 256
# --8<-- [end:check]
