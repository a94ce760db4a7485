# --8<-- [start:code]
import torch

x = torch.arange(10)
print(torch.chunk(x, 3))  # 3 pieces of size ceil(10/3) = 4; the last is smaller
print(torch.chunk(torch.arange(6), 4))  # asked for 4, got 3 pieces of size 2!
print(torch.split(x, 4))  # pieces of size 4
print(torch.split(x, [2, 3, 5]))  # or exactly these sizes

m = torch.arange(6).reshape(2, 3)
print(m.unbind(dim=1))  # remove an axis: one tensor per column
# --8<-- [end:code]

# --8<-- [start:check]
assert [len(c) for c in torch.chunk(x, 3)] == [4, 4, 2]
assert len(torch.chunk(torch.arange(6), 4)) == 3
assert [len(s) for s in torch.split(x, [2, 3, 5])] == [2, 3, 5]
# --8<-- [end:check]
