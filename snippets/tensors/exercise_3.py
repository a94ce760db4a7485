# --8<-- [start:code]
import torch

m = torch.arange(12).reshape(3, 4)
mt = m.T  # shape (4, 3), strides (1, 4): not contiguous
print(mt.is_contiguous())
flat = mt.reshape(-1)  # works: copies because it must
also_flat = mt.contiguous().view(-1)  # the explicit version of the same
print(flat, torch.equal(flat, also_flat))
# --8<-- [end:code]

# --8<-- [start:check]
assert not mt.is_contiguous() and torch.equal(flat, also_flat)
assert flat.tolist()[:4] == [0, 4, 8, 1]
# --8<-- [end:check]
