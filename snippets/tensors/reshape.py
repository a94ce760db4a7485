# --8<-- [start:code]
import torch

x = torch.arange(12)
print(x.reshape(3, 4))
print(x.reshape(2, -1).shape)  # -1: "whatever size makes the count work"
print(x.view(-1, 6).shape)  # view does the same when memory allows
print(x.reshape(2, 2, 3).flatten().shape)

y = torch.zeros(2, 1, 3, 1)
print(y.squeeze().shape)  # drop every size-1 axis
print(y.squeeze(1).shape)  # or just one
print(
    torch.zeros(2, 3).unsqueeze(0).shape, torch.zeros(2, 3).unsqueeze(-1).shape
)
v = torch.zeros(3)
print(v[None, :].shape, v[:, None].shape)  # None in an index adds an axis

z = torch.zeros(2, 3, 4)
print(z.transpose(0, 1).shape)  # swap two axes
print(z.permute(2, 0, 1).shape)  # reorder all axes at once
print(torch.zeros(2, 3).T.shape)

try:
    x.reshape(5, -1)  # 12 elements cannot fill rows of equal length 5
except RuntimeError as err:
    print("RuntimeError:", err)
# --8<-- [end:code]

# --8<-- [start:check]
assert v[:, None].shape == v.unsqueeze(1).shape == (3, 1)
assert x.reshape(2, -1).shape == (2, 6) and y.squeeze().shape == (2, 3)
assert z.permute(2, 0, 1).shape == (4, 2, 3)
# --8<-- [end:check]
