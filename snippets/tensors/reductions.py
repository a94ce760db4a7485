# --8<-- [start:code]
import torch

A = torch.arange(12, dtype=torch.float32).reshape(3, 4)
print(A)
print("sum of all:", A.sum())
print("dim=0 (down the rows, one result per column):", A.sum(dim=0))
print("dim=1 (along each row, one result per row):  ", A.sum(dim=1))
print("keepdim=True keeps a size-1 axis:", A.sum(dim=1, keepdim=True).shape)
print("both axes at once:", A.sum(dim=(0, 1)))

values, indices = A.max(dim=1)  # the maxima and where they are
print(values, indices)
print(A.mean(dim=0), A.std(dim=0), A.argmin(), sep="\n")

row_share = A / A.sum(dim=1, keepdim=True)  # (3, 4) / (3, 1)

print("each row now sums to 1:", row_share.sum(dim=1))
# --8<-- [end:code]

# --8<-- [start:check]
assert A.sum(dim=0).tolist() == [12.0, 15.0, 18.0, 21.0]
assert A.sum(dim=1).tolist() == [6.0, 22.0, 38.0]
assert A.sum(dim=1, keepdim=True).shape == (3, 1)
assert indices.tolist() == [3, 3, 3]
assert torch.allclose(row_share.sum(dim=1), torch.ones(3))
# --8<-- [end:check]
