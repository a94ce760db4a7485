# --8<-- [start:code]
import torch

torch.manual_seed(24)
t = torch.randint(1, 10, (4, 5))
print(t)

# Lists of indices pick elements pairwise: (0, 1) and (2, 3).
print(t[[0, 2], [1, 3]])
# Rows as a column, columns as a row: broadcasting pairs them into a block.
print(t[[[0], [2]], [1, 3]])

# A boolean mask keeps the rows where it is True.
mask = t[:, 2] > 4
print(mask, t[mask], sep="\n")

# Several dimensions: pick along one axis, keep the others.
u = torch.arange(24).reshape(2, 3, 4)
print(u[0].shape, u[:, 0].shape, u[:, :, 0].shape, u[..., 0].shape)
# --8<-- [end:code]

# --8<-- [start:check]
assert t[[0, 2], [1, 3]].tolist() == [t[0, 1].item(), t[2, 3].item()]
assert t[[[0], [2]], [1, 3]].shape == (2, 2)
assert (
    torch.equal(t[mask], t[t[:, 2] > 4])
    and (t[mask][:, 2] > 4).all()
    and len(t[mask]) == 2
)
assert u[:, :, 0].shape == (2, 3) and torch.equal(u[..., 0], u[:, :, 0])
# --8<-- [end:check]
