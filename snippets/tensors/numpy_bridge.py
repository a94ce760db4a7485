# --8<-- [start:code]
import numpy as np
import torch

t = torch.tensor([1, 2, 3])
n = t.numpy()  # no copy: both names see the same memory
n[0] = 100
print("tensor after changing the array:", t)

a = np.array([1.0, 2.0, 3.0])
shared = torch.from_numpy(a)  # no copy either; keeps float64
copied = torch.tensor(a)  # always copies
a[1] = -1.0
print("from_numpy:", shared)
print("tensor():  ", copied)

independent = t.numpy().copy()  # an explicit copy when you need one
independent[0] = 0
print("after changing the copy:", t)

s = torch.tensor(3.25)
print(s.item(), type(s.item()))  # a one-element tensor to a Python number
print(torch.tensor([[1, 2], [3, 4]]).tolist())  # any tensor to nested lists
# --8<-- [end:code]

# --8<-- [start:check]
assert (
    t[0].item() == 100 and shared[1].item() == -1.0 and copied[1].item() == 2.0
)
assert shared.dtype == torch.float64 and isinstance(s.item(), float)
# --8<-- [end:check]
