# --8<-- [start:code]
import torch

a = torch.arange(3).reshape(3, 1)  # shape (3, 1)
b = torch.arange(4).reshape(1, 4)  # shape (1, 4)
print(a + b)  # both are stretched to (3, 4)

M = torch.ones(2, 3)
row = torch.tensor([10.0, 20.0, 30.0])  # shape (3,) is treated as (1, 3)
print(M + row)

# The shape a result would have, without computing it:
print(torch.broadcast_shapes((8, 1, 5), (7, 1)))

try:
    # (2, 3) and (2,): the trailing sizes 3 and 2 clash
    M + torch.tensor([1.0, 2.0])
except RuntimeError as err:
    print("RuntimeError:", err)
# --8<-- [end:code]

# --8<-- [start:check]
assert (a + b).shape == (3, 4) and (a + b)[2, 3].item() == 5
assert torch.broadcast_shapes((8, 1, 5), (7, 1)) == (8, 7, 5)
# --8<-- [end:check]
