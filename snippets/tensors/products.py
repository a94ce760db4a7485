# --8<-- [start:code]
import torch

a = torch.tensor([[1, 2, 3], [4, 5, 6]])  # 2 x 3
b = torch.tensor([[1, 2], [3, 4], [5, 6]])  # 3 x 2

print(a * a)  # elementwise (Hadamard) product: shapes must match
print(a @ b)  # matrix product: (2 x 3) @ (3 x 2) -> 2 x 2
print(torch.matmul(a, b), torch.mm(a, b), sep="\n")

v = torch.tensor([1, 0, -1])
print(a @ v, torch.mv(a, v))  # matrix @ vector -> vector
print(torch.dot(v, v))  # vector . vector -> scalar

try:
    a @ a  # (2 x 3) @ (2 x 3): inner sizes 3 and 2 differ
except RuntimeError as err:
    print("RuntimeError:", err)
# --8<-- [end:code]

# --8<-- [start:check]
assert (a @ b).tolist() == [[22, 28], [49, 64]]
assert torch.equal(a @ v, torch.mv(a, v)) and torch.dot(v, v).item() == 2
# --8<-- [end:check]
