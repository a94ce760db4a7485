# --8<-- [start:code]
import torch

info = torch.finfo(torch.float16)
print("float16 largest:", info.max)
print("float16 smallest normal:", info.tiny)
subnormal = torch.tensor(2.0**-24, dtype=torch.float16)  # the smallest above 0
print(f"float16 smallest subnormal: {subnormal.item():.3e}")
print("1e-8 in float16:", torch.tensor(1e-8).half().item())  # rounds to 0

grads = torch.tensor([1e-3, 1e-5, 1e-7, 1e-9])  # typical small gradients
print("float16:         ", [f"{g:.3e}" for g in grads.half().tolist()])
scale = torch.amp.GradScaler("cpu").get_scale()  # its starting scale
print("GradScaler's starting scale:", scale)
rescued = (grads * scale).half().float() / scale  # scale, store, unscale
print("scaled, unscaled:", [f"{g:.3e}" for g in rescued.tolist()])
# --8<-- [end:code]

# --8<-- [start:check]
assert info.max == 65504 and abs(info.tiny - 6.1035e-05) < 1e-8
assert abs(subnormal.item() - 5.96e-8) < 1e-10 and subnormal.item() > 0
assert torch.tensor(1e-8).half().item() == 0
half = grads.half().float()
assert half[3] == 0 and half[2] != 0  # 1e-9 is lost, 1e-7 barely survives
assert abs(half[2] - 1e-7) / 1e-7 > 0.1  # ...with a large rounding error
assert scale == 2.0**16
assert torch.allclose(rescued, grads, rtol=1e-3)  # scaling keeps all four
# --8<-- [end:check]
