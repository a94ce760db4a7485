# --8<-- [start:code]
import numpy as np
import torch

a = torch.tensor([[1, 2, 3], [4, 5, 6]])  # infers int64 from Python ints
b = torch.tensor([1.0, 2.0])  # infers float32 from Python floats
c = torch.tensor(np.array([0.5, 1.5]))  # keeps NumPy's float64
d = torch.tensor([1, 2], dtype=torch.float32)  # or say what you want
print(a.dtype, b.dtype, c.dtype, d.dtype)

# torch.Tensor is the class; calling it is an old constructor with two habits:
e = torch.Tensor([1, 2])  # always float32, even from ints
f = torch.Tensor(2, 3)  # integers are read as a SHAPE: uninitialised memory
print(e, e.dtype)
print(f.shape, f.dtype)

try:
    torch.tensor(2, 3)  # torch.tensor takes data, not a shape
except TypeError as err:
    print("TypeError:", str(err).splitlines()[0])
# --8<-- [end:code]

# --8<-- [start:check]
assert (a.dtype, b.dtype, c.dtype, d.dtype) == (
    torch.int64,
    torch.float32,
    torch.float64,
    torch.float32,
)
assert e.dtype == torch.float32 and f.shape == (2, 3)
# --8<-- [end:check]
