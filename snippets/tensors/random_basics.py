# --8<-- [start:code]
import torch

torch.manual_seed(42)
print(torch.rand(2, 3))  # uniform on [0, 1)
print(torch.randn(2, 3))  # standard normal: mean 0, std 1
print(torch.randint(0, 10, (2, 3)))  # integers in [0, 10)
print(torch.randperm(6))  # a random permutation of 0..5

torch.manual_seed(42)
again = torch.rand(2, 3)
print("same numbers after re-seeding:", again)

generator = torch.Generator().manual_seed(7)  # a private random stream
print(torch.rand(3, generator=generator))
# --8<-- [end:code]

# --8<-- [start:check]
torch.manual_seed(42)
first = torch.rand(2, 3)
assert torch.equal(first, again)
assert sorted(torch.randperm(6).tolist()) == list(range(6))
# --8<-- [end:check]
