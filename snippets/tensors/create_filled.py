# --8<-- [start:code]
import torch

print(torch.zeros(2, 3))
print(torch.ones(2, 3, dtype=torch.int64))
print(torch.full((2, 3), 3.14))
print(torch.eye(3))

template = torch.tensor([[1, 2], [3, 4], [5, 6]])
print(torch.zeros_like(template))  # same shape and dtype (int64) as template
print(torch.full_like(template, 7))
print(torch.ones_like(template, dtype=torch.float32))

buffer = torch.empty(2, 3)  # allocated but not initialised: write first
print(buffer.shape)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.zeros_like(template).dtype == torch.int64
assert torch.full((2, 3), 3.14).dtype == torch.float32
assert torch.equal(torch.eye(3).diagonal(), torch.ones(3))
# --8<-- [end:check]
