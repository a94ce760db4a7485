# --8<-- [start:code]
import torch

x = torch.tensor([1.0, 2.0, 4.0, 8.0])
y = torch.tensor([2.0, 2.0, 2.0, 2.0])
print(x + y, x - y, x * y, x / y, x**y, sep="\n")
print(x + 10)  # a number combines with every element

print(torch.add(x, y), x.mul(y), x.neg(), x.sqrt(), x.exp().round(), sep="\n")
print(x == y, x > 3, sep="\n")  # comparisons give bool tensors

z = torch.zeros(3)
z.add_(5)  # a trailing underscore means "in place": z itself changes
z.mul_(2)
print(z)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.equal(x**y, torch.tensor([1.0, 4.0, 16.0, 64.0]))
assert (x > 3).dtype == torch.bool and z.tolist() == [10.0, 10.0, 10.0]
# --8<-- [end:check]
