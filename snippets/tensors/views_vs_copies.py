# --8<-- [start:code]
import torch

t = torch.zeros(3, 4)
row = t[0]  # basic indexing and slicing give a VIEW of the same memory
row.fill_(1)
print(t)

picked = t[[1, 2]]  # indexing with a list or mask gives a COPY
picked.fill_(7)
print(t)

t[[1, 2]] = 5.0  # but assignment through such an index writes into t
print(t)
# --8<-- [end:code]

# --8<-- [start:check]
assert t[0].tolist() == [1.0] * 4 and t[1:].eq(5.0).all()
# --8<-- [end:check]
