# --8<-- [start:code]
import torch

print(torch.arange(5))  # 0 .. 4: the end is excluded
print(torch.arange(0, 10, 2))  # start, end, step
print(torch.arange(0, 1, 0.25))  # float steps work too
print(torch.linspace(1, 10, 6))  # 6 evenly spaced points, both ends included
print(torch.logspace(0, 3, 4))  # 10**0 .. 10**3
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.arange(5).tolist() == [0, 1, 2, 3, 4]
assert torch.allclose(
    torch.linspace(1, 10, 6), torch.tensor([1.0, 2.8, 4.6, 6.4, 8.2, 10.0])
)
assert torch.arange(0, 1, 0.25).tolist() == [0.0, 0.25, 0.5, 0.75]
# --8<-- [end:check]
