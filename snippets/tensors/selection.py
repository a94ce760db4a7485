# --8<-- [start:code]
import torch

x = torch.tensor([[0.2, 0.7, 0.4], [0.9, 0.1, 0.6]])

print(torch.where(x > 0.5, 1.0, 0.0))  # threshold into 0/1
print(torch.where(x > 0.5, x, torch.zeros_like(x)))  # keep values above 0.5

rows = torch.tensor([1, 0])
print(torch.index_select(x, 0, rows))  # rows 1 then 0 (same as x[rows])

print(torch.masked_select(x, x > 0.5))  # always a flat, 1-D result
print(torch.nonzero(x > 0.5))  # coordinates of the True entries, one row each

# gather takes one element per position of index: out[i][j] = x[i][index[i][j]]
index = torch.tensor([[2, 0], [1, 1]])
print(torch.gather(x, 1, index))
# --8<-- [end:code]

# --8<-- [start:check]
g = torch.gather(x, 1, index)
for i in range(2):
    for j in range(2):
        assert g[i, j] == x[i, index[i, j]]
assert torch.nonzero(x > 0.5).tolist() == [[0, 1], [1, 0], [1, 2]]
# --8<-- [end:check]
