# --8<-- [start:code]
import torch

x = torch.tensor([1.5, 2.7, -3.9])
print(x.dtype)  # float32 is the default floating type
print(x.to(torch.int32))  # conversion truncates toward zero
print(
    x.to(torch.float64).dtype, x.double().dtype, x.half().dtype, x.long().dtype
)

# Promotion goes by category: bool < integer < floating point < complex.
i = torch.tensor([1, 2, 3])  # int64
print((i + 0.5).dtype, (i * x).dtype, (i / 2).dtype, (i // 2).dtype)
# Scalars and 0-dim tensors do not widen a tensor of the same category
d0 = torch.tensor(2.0, dtype=torch.float64)  # 0-dim
d1 = torch.tensor([2.0], dtype=torch.float64)  # 1-dim
print((x * d0).dtype, (x * d1).dtype, torch.result_type(x, 2.0))

# Smaller types trade range and precision for memory and speed.
half = torch.tensor(2048.0, dtype=torch.float16)
print(half + 1)  # float16 keeps about 3 significant digits
print(torch.tensor(70000.0).half())  # beyond float16's largest value, 65504
print(torch.tensor([250], dtype=torch.uint8) + 10)  # integers wrap around
# --8<-- [end:code]

# --8<-- [start:check]
assert x.to(torch.int32).tolist() == [1, 2, -3]
assert (i / 2).dtype == torch.float32 and (i // 2).dtype == torch.int64
assert (i * x).dtype == torch.float32  # int64 x float32 -> float32
assert (x * d0).dtype == torch.float32 and (x * d1).dtype == torch.float64
assert torch.result_type(x, 2.0) == torch.float32
assert (
    torch.ones(2, dtype=torch.int8) * torch.tensor(1000)
).dtype == torch.int8
assert (torch.tensor(2048.0, dtype=torch.float16) + 1).item() == 2048.0
assert (
    torch.isinf(torch.tensor(70000.0).half())
    and torch.finfo(torch.float16).max == 65504
)
assert (torch.tensor([250], dtype=torch.uint8) + 10).item() == 4
# --8<-- [end:check]
