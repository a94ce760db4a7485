# --8<-- [start:code]
import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
print("A.sum():", A.sum())
print("column sums, dim=0:", A.sum(dim=0))  # shape (4,)
print("row sums, dim=1:   ", A.sum(dim=1))  # shape (5,)

# The same sums written as products with a vector of ones
print("ones(5) @ A:", torch.ones(5) @ A)
print("A @ ones(4):", A @ torch.ones(4))

# keepdim=True keeps the reduced axis with length 1, so the result
# broadcasts back
row_sums = A.sum(dim=1, keepdim=True)
print("keepdim shape:", tuple(row_sums.shape))
P = A / row_sums  # (5,4) / (5,1): each row divided by its own sum
print("rows of P sum to:", P.sum(dim=1))

# Pitfall: without keepdim a square matrix divides the wrong way, silently
S = torch.tensor([[1.0, 3.0], [1.0, 1.0]])
print("S / S.sum(dim=1):", S / S.sum(dim=1))
print("S / S.sum(dim=1, keepdim=True):", S / S.sum(dim=1, keepdim=True))
# --8<-- [end:code]

# --8<-- [start:check]
assert A.sum().item() == 190
assert torch.equal(A.sum(dim=0), torch.tensor([40.0, 45.0, 50.0, 55.0]))
assert torch.equal(A.sum(dim=1), torch.tensor([6.0, 22.0, 38.0, 54.0, 70.0]))
assert torch.allclose(torch.ones(5) @ A, A.sum(dim=0))
assert torch.allclose(A @ torch.ones(4), A.sum(dim=1))
assert row_sums.shape == (5, 1)
# NumPy-style spellings are accepted as aliases
assert torch.equal(A.sum(axis=1, keepdims=True), row_sums)
assert torch.allclose(P.sum(dim=1), torch.ones(5))
wrong = S / S.sum(dim=1)
right = S / S.sum(dim=1, keepdim=True)
# rows do not sum to 1
assert torch.allclose(wrong.sum(dim=1), torch.tensor([1.75, 0.75]))
assert torch.allclose(right.sum(dim=1), torch.ones(2))
# --8<-- [end:check]
